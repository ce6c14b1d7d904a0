import type { MerchantUnderTest } from '../merchant-under-test.js';
import type { ScenarioModel } from '../model.js';
import type { ScenarioWorld } from '../world/scenario-world.js';
import type { ScenarioCommand } from './scenario-command.js';

export type ProviderFault = 500 | 429 | 'slow';

/**
 * How late a slow answer comes. A merchant that declares its API timeout gets 50 ms, well inside it. Without
 * one the delay has nothing in the scenario to be measured against (the account clock is frozen, and no
 * other step runs meanwhile): the answer only has to come after the work already under way. A merchant
 * over HTTP is another process, whose webhook requests take a few ms each way: 5 ms. One in this process
 * shares the event loop with the simulator: a timer of 1 ms already comes after everything queued in it.
 */
function slowAnswerMs(model: ScenarioModel, merchant: MerchantUnderTest): number {
  if (model.abilities.apiTimeoutMs !== null) return 50;
  return merchant.remote === true ? 5 : 1;
}

/** Which of the merchant's calls the fault hits: the next one, or the next time it fetches a charge. */
export type ProviderFaultTarget = 'next_call' | 'charge_retrieval';

/** The Omise API answers a merchant call with a 500 or a 429 (changing nothing), or slowly. */
export class ProviderFaultCommand implements ScenarioCommand {
  constructor(
    readonly fault: ProviderFault,
    readonly target: ProviderFaultTarget = 'next_call',
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: ScenarioModel, world: ScenarioWorld): Promise<void> {
    const fault =
      this.fault === 'slow' ? { delay_ms: slowAnswerMs(model, world.merchant) } : { status: this.fault };
    const where = this.target === 'charge_retrieval' ? { method: 'GET', path: '/charges/' } : {};
    await world.control.must('POST', '/_sim/api_faults', { ...fault, ...where });
    await world.afterStep(this.toString());
  }

  toString(): string {
    const call =
      this.target === 'charge_retrieval'
        ? 'the next time the merchant fetches a charge'
        : "the merchant's next call";
    return this.fault === 'slow'
      ? `the API answers ${call} slowly`
      : `the API answers ${call} with ${this.fault}`;
  }

  toJSON() {
    return { kind: 'provider_fault', fault: this.fault, target: this.target };
  }
}
