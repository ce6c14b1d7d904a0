import { isUtf8 } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StepJson } from '../commands/scenario-command.js';

/** A saved scenario (`fixtures/scenarios/*.json`): the steps to replay, and what broke when it was saved. */
export interface ScenarioFile {
  readonly format: 'omise-sim-scenario';
  readonly version: 1;
  readonly name: string;
  readonly seed: number | null;
  readonly path: string | null;
  readonly steps: readonly StepJson[];
  /** The steps in plain words, as the failure printed them. */
  readonly description: readonly string[];
  readonly failure: {
    readonly invariant: string;
    readonly order: string | null;
    readonly problem: string;
  } | null;
}

export function saveScenarioFile(file: string, scenario: ScenarioFile): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(scenario, null, 2)}\n`);
}

export function readScenarioFile(file: string): ScenarioFile {
  const bytes = readFileSync(file);
  // Read as UTF-8 regardless, a bad byte would become U+FFFD: a replayed step that is not the one saved.
  if (!isUtf8(bytes)) throw new Error(`${file} is not valid UTF-8`);
  const parsed = JSON.parse(bytes.toString('utf8')) as Partial<ScenarioFile>;
  if (parsed.format !== 'omise-sim-scenario' || !Array.isArray(parsed.steps)) {
    throw new Error(`${file} is not an omise-sim scenario file (format "omise-sim-scenario" with steps)`);
  }
  return parsed as ScenarioFile;
}
