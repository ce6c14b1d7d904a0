import type { ScenarioModel } from '../model.js';
import { formatDuration } from '../report/format-duration.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import type { ScenarioCommand } from './scenario-command.js';

/** Time passes on the account clock: expiries, delayed and retried webhooks, closing refund windows. */
export class TimePassesCommand implements ScenarioCommand {
  constructor(readonly seconds: number) {}

  check(): boolean {
    return true;
  }

  async run(_model: ScenarioModel, world: ScenarioWorld): Promise<void> {
    await world.passTime(this.seconds);
    await world.afterStep(this.toString());
  }

  toString(): string {
    return `${formatDuration(this.seconds)} pass`;
  }

  toJSON() {
    return { kind: 'time_passes', seconds: this.seconds };
  }
}
