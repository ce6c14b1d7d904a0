import { commandFromJson } from './commands/command-from-json.js';
import type { ScenarioCommand } from './commands/scenario-command.js';
import { builtInInvariants } from './invariants/index.js';
import type { Invariant } from './invariants/invariant.js';
import type { MerchantUnderTest } from './merchant-under-test.js';
import { formatFailure, ScenarioFailure } from './report/scenario-failure.js';
import { readScenarioFile, type ScenarioFile } from './report/scenario-file.js';
import { runScenario } from './run-scenario.js';
import { connectSimulator, type SimulatorChoice } from './world/connect-simulator.js';
import { InvariantViolation } from './world/invariant-violation.js';

export interface ReplayOptions {
  /** A scenario file's path, or its parsed content. */
  readonly scenario: string | ScenarioFile;
  readonly merchant: MerchantUnderTest;
  readonly simulator?: SimulatorChoice;
  readonly invariants?: readonly Invariant[];
  /** Run in this account (reset first) instead of a fresh one: a running merchant is set up with its keys. */
  readonly account?: string;
  /** Without a merchant settled() hook: ms a broken rule may take to hold again (default 2000). */
  readonly graceMs?: number;
  /** How long the merchant may take to answer one call before the replay fails as a hang (default 10000). */
  readonly answerTimeoutMs?: number;
}

/** Runs a saved scenario step by step; throws a ScenarioFailure if an invariant breaks, as it did when saved. */
export async function replayScenario(options: ReplayOptions): Promise<void> {
  const scenario =
    typeof options.scenario === 'string' ? readScenarioFile(options.scenario) : options.scenario;
  const link = await connectSimulator(options.simulator, options.merchant.remote === true);
  const ran: ScenarioCommand[] = [];
  try {
    const steps = scenario.steps.map(commandFromJson);
    const target = {
      link,
      merchant: options.merchant,
      invariants: options.invariants ?? builtInInvariants,
      account: options.account,
      graceMs: options.graceMs,
      answerTimeoutMs: options.answerTimeoutMs,
    };
    await runScenario(target, steps, ran);
  } catch (error) {
    const violation = error instanceof InvariantViolation ? error : null;
    const replayed: ScenarioFile = {
      ...scenario,
      description: ran.map((command) => command.toString()),
      failure: violation
        ? { invariant: violation.invariant, order: violation.orderId, problem: violation.problem }
        : null,
    };
    throw new ScenarioFailure(formatFailure(replayed, error, null, 1), replayed, error);
  } finally {
    await link.close();
  }
}
