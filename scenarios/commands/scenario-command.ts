import type fc from 'fast-check';
import type { ScenarioModel } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';

/** A step as saved in a scenario file: its kind and its parameters. */
export interface StepJson {
  readonly kind: string;
  readonly [param: string]: unknown;
}

/** One thing the provider, the customer or the merchant can do; it reads only the model in `check`. */
export interface ScenarioCommand extends fc.AsyncCommand<ScenarioModel, ScenarioWorld> {
  toJSON(): StepJson;
}
