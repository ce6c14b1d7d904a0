import fc from 'fast-check';
import type { ScenarioCommand } from './commands/scenario-command.js';
import { scenarioCommands } from './commands/scenario-commands.js';
import { builtInInvariants } from './invariants/index.js';
import type { Invariant } from './invariants/invariant.js';
import type { MerchantUnderTest } from './merchant-under-test.js';
import { reportFailure } from './report/report-failure.js';
import { runScenario } from './run-scenario.js';
import { connectSimulator, type SimulatorChoice } from './world/connect-simulator.js';
import type { SimulatorLink } from './world/scenario-session.js';

/** The seed documents' methods: what runMerchantScenarios checks out with unless told otherwise. */
export const DEFAULT_SCENARIO_METHODS: readonly string[] = [
  'wechat_pay_mpm',
  'wechat_pay_upm',
  'alipayplus_mpm',
  'truemoney',
  'barcode_wechat',
];

export interface ScenarioOptions {
  readonly merchant: MerchantUnderTest;
  /**
   * Payment methods to check out with. Default: the five methods of the seed documents. The default stays
   * fixed as methods are added, so a seed or a saved `path` keeps generating the same scenarios; name the
   * others (`promptpay`, `atome_qr`, `alipayplus_upm`, ...) to check out with them.
   */
  readonly methods?: readonly string[];
  /** Scenarios to generate (default 100). */
  readonly numRuns?: number;
  /** fast-check seed: the same seed generates the same scenarios. */
  readonly seed?: number;
  /**
   * With `seed`, goes straight to a counterexample printed by an earlier failure: fast-check's path, then
   * `@` and the commands' replay path (as printed; a path without `@` replays the search, not the shrink).
   */
  readonly path?: string;
  /** Steps per scenario at most (default 30). */
  readonly maxSteps?: number;
  /** The rules checked after every step (default: the built-in ones; add yours to `builtInInvariants`). */
  readonly invariants?: readonly Invariant[];
  /** Your own steps, generated among the built-in ones (fast-check commands acting on the ScenarioWorld). */
  readonly commands?: readonly fc.Arbitrary<ScenarioCommand>[];
  /** An existing simulator, in-process (default: a new one) or over HTTP; see SimulatorChoice. */
  readonly simulator?: SimulatorChoice;
  /** Saves a failing scenario here (a `.json` file, or a directory to put one in), to replay later. */
  readonly saveTo?: string;
  /** A name for the saved scenario (default: the broken invariant). */
  readonly name?: string;
  /** Without a merchant settled() hook: ms a broken rule may take to hold again (default 2000). */
  readonly graceMs?: number;
  /**
   * How long the merchant may take to answer one call (checkout, order, refund, a hook) before the scenario
   * fails as a hang (default 10000 ms, plus twice its apiTimeoutMs).
   */
  readonly answerTimeoutMs?: number;
  /** Called after every run, and while shrinking: for progress on long runs. */
  readonly onProgress?: (progress: ScenarioProgress) => void;
  /** The command line that ran these scenarios, to print `<it> --seed S --path P` as the rerun command. */
  readonly commandLine?: string;
}

export interface ScenarioProgress {
  readonly phase: 'searching' | 'shrinking';
  /** Scenarios run so far (while shrinking: shrink attempts). */
  readonly runs: number;
  readonly numRuns: number;
  readonly steps: number;
}

/** What a passing run did: how many scenarios, and how many steps in all. */
export interface ScenarioSummary {
  readonly runs: number;
  readonly steps: number;
}

export { runScenario };

/** How runScenario reaches the merchant and the simulator. */
export interface ScenarioTarget {
  readonly link: SimulatorLink;
  readonly merchant: MerchantUnderTest;
  readonly invariants: readonly Invariant[];
  /** Run in this account (reset first) instead of a fresh one. */
  readonly account?: string;
  readonly graceMs?: number;
  readonly answerTimeoutMs?: number;
}

/**
 * Generates sequences of everything the provider and the customer can do, runs them against the merchant,
 * checks the invariants after every step, and on failure throws a ScenarioFailure with the shrunk scenario.
 */
export async function runMerchantScenarios(options: ScenarioOptions): Promise<ScenarioSummary> {
  const link = await connectSimulator(options.simulator, options.merchant.remote === true);
  const target: ScenarioTarget = {
    link,
    merchant: options.merchant,
    invariants: options.invariants ?? builtInInvariants,
    graceMs: options.graceMs,
    answerTimeoutMs: options.answerTimeoutMs,
  };
  const methods = options.methods ?? DEFAULT_SCENARIO_METHODS;
  const generated = scenarioCommands(methods, options.merchant.refund !== undefined);
  // Medium-sized scenarios: long enough to hold the few steps that expose a bug in some order; shrinking
  // then cuts them down to those steps.
  const [path, replayPath] = options.path?.split('@') ?? [];
  const commands = fc.commands([...generated, ...(options.commands ?? [])], {
    maxCommands: options.maxSteps ?? 30,
    size: 'medium',
    ...(replayPath && { replayPath }),
  });
  const numRuns = options.numRuns ?? 100;
  const progress = { runs: 0, steps: 0, firstFailure: null as number | null };
  const run = async (cmds: Iterable<ScenarioCommand>, ran: ScenarioCommand[] = []) => {
    try {
      await runScenario(target, cmds, ran);
    } catch (error) {
      progress.firstFailure ??= ran.length;
      throw error;
    } finally {
      progress.steps += ran.length;
      progress.runs++;
      const phase = progress.firstFailure === null ? 'searching' : 'shrinking';
      options.onProgress?.({ phase, runs: progress.runs, numRuns, steps: progress.steps });
    }
  };
  try {
    const details = await fc.check(
      fc.asyncProperty(commands, async (cmds) => {
        await run(cmds as Iterable<ScenarioCommand>);
      }),
      { numRuns, seed: options.seed, path, endOnFailure: false },
    );
    if (!details.failed) return { runs: details.numRuns, steps: progress.steps };
    const shrunk = details.counterexample?.[0] as Iterable<ScenarioCommand> | undefined;
    if (!shrunk) throw details.errorInstance;
    const counterexamplePath = withReplayPath(details.counterexamplePath, shrunk);
    const found = { ...details, counterexamplePath, firstFailure: progress.firstFailure };
    return await reportFailure(options, run, shrunk, found);
  } finally {
    await link.close();
  }
}

/**
 * fast-check's path alone does not replay a shrunk sequence of commands: it also needs the replay path of
 * the commands that ran while shrinking. Both go in one printed path, `<path>@<replay path>`.
 */
function withReplayPath(path: string | null, shrunk: Iterable<ScenarioCommand>): string | null {
  const metadata = (shrunk as { metadataForReplay?: () => string }).metadataForReplay?.() ?? '';
  const replayPath = /replayPath="([^"]*)"/.exec(metadata)?.[1];
  return path && replayPath ? `${path}@${replayPath}` : path;
}
