import type { ScenarioModel } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import type { ScenarioCommand } from './scenario-command.js';
import type { WebhookFault } from './webhook-fault-command.js';

const ONE_IN = { 0.5: '1 in 2', 0.34: '1 in 3' } as const;

/** From now on some webhooks (of any order) go wrong: the weather every real integration lives in. */
export class UnreliableWebhooksCommand implements ScenarioCommand {
  constructor(
    readonly spec: WebhookFault,
    readonly probability: keyof typeof ONE_IN,
  ) {}

  check(): boolean {
    return true;
  }

  async run(_model: ScenarioModel, world: ScenarioWorld): Promise<void> {
    await world.addDeliveryFault({ ...this.spec, probability: this.probability });
    await world.afterStep(this.toString());
  }

  toString(): string {
    const share = `${ONE_IN[this.probability]} webhooks`;
    switch (this.spec.fault) {
      case 'duplicate':
        return `from now on ${share} are delivered twice`;
      case 'reorder':
        return `from now on ${share} arrive after the one that follows them`;
      case 'delay':
        return `from now on ${share} arrive ${this.spec.seconds} s late`;
      case 'drop_first':
        return `from now on ${share} are lost on their first ${this.spec.attempts} attempt(s), then retried`;
      case 'stale_payload':
        return `from now on ${share} carry the charge as it was before`;
    }
  }

  toJSON() {
    return { kind: 'unreliable_webhooks', probability: this.probability, ...this.spec };
  }
}
