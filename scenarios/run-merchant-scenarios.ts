import { join } from 'node:path';
import fc from 'fast-check';
import { paymentMethods } from '../simulator/domain/methods/index.js';
import type { ScenarioCommand } from './commands/scenario-command.js';
import { scenarioCommands } from './commands/scenario-commands.js';
import { builtInInvariants } from './invariants/index.js';
import type { Invariant } from './invariants/invariant.js';
import type { MerchantUnderTest } from './merchant-under-test.js';
import { emptyModel, type ScenarioModel } from './model.js';
import { formatFailure, ScenarioFailure } from './report/scenario-failure.js';
import { type ScenarioFile, saveScenarioFile } from './report/scenario-file.js';
import { connectSimulator, type SimulatorChoice } from './world/connect-simulator.js';
import { InvariantViolation } from './world/invariant-violation.js';
import { openSession, type SimulatorLink } from './world/scenario-session.js';
import type { ScenarioWorld } from './world/scenario-world.js';

export interface ScenarioOptions {
  readonly merchant: MerchantUnderTest;
  /** Payment methods to check out with (default: every method the simulator has). */
  readonly methods?: readonly string[];
  /** Scenarios to generate (default 100). */
  readonly numRuns?: number;
  /** fast-check seed: the same seed generates the same scenarios. */
  readonly seed?: number;
  /** With `seed`, goes straight to a counterexample printed by an earlier failure. */
  readonly path?: string;
  /** Steps per scenario at most (default 30). */
  readonly maxSteps?: number;
  /** The rules checked after every step (default: the built-in ones; add yours to `builtInInvariants`). */
  readonly invariants?: readonly Invariant[];
  /** An existing simulator, in-process (default: a new one) or over HTTP; see SimulatorChoice. */
  readonly simulator?: SimulatorChoice;
  /** Saves a failing scenario here (a `.json` file, or a directory to put one in), to replay later. */
  readonly saveTo?: string;
  /** A name for the saved scenario (default: the broken invariant). */
  readonly name?: string;
}

/** What a passing run did: how many scenarios, and how many steps in all. */
export interface ScenarioSummary {
  readonly runs: number;
  readonly steps: number;
}

/**
 * Generates sequences of everything the provider and the customer can do, runs them against the merchant,
 * checks the invariants after every step, and on failure throws a ScenarioFailure with the shrunk scenario.
 */
export async function runMerchantScenarios(options: ScenarioOptions): Promise<ScenarioSummary> {
  const link = await connectSimulator(options.simulator);
  const invariants = options.invariants ?? builtInInvariants;
  const methods = options.methods ?? paymentMethods.map((method) => method.type);
  // Medium-sized scenarios: long enough to hold the few steps that expose a bug in some order; shrinking
  // then cuts them down to those steps.
  const commands = fc.commands(scenarioCommands(methods, options.merchant.refund !== undefined), {
    maxCommands: options.maxSteps ?? 30,
    size: 'medium',
  });
  let steps = 0;
  const run = async (cmds: Iterable<ScenarioCommand>, ran: ScenarioCommand[] = []) => {
    await runScenario(link, options.merchant, invariants, cmds, ran);
    steps += ran.length;
  };
  try {
    const details = await fc.check(
      fc.asyncProperty(commands, async (cmds) => {
        await run(cmds as Iterable<ScenarioCommand>);
      }),
      { numRuns: options.numRuns ?? 100, seed: options.seed, path: options.path, endOnFailure: false },
    );
    if (!details.failed) return { runs: details.numRuns, steps };
    const shrunk = details.counterexample?.[0] as Iterable<ScenarioCommand> | undefined;
    if (!shrunk) throw details.errorInstance;
    return await reportFailure(options, run, shrunk, details);
  } finally {
    await link.close();
  }
}

/** Runs one scenario from start to its final check; returns the steps that ran, in order. */
export async function runScenario(
  link: SimulatorLink,
  merchant: MerchantUnderTest,
  invariants: readonly Invariant[],
  commands: Iterable<ScenarioCommand>,
  ran: ScenarioCommand[] = [],
  account?: string,
): Promise<ScenarioCommand[]> {
  const session = await openSession(link, merchant, invariants, account);
  try {
    const recorded = [...commands].map((command) => recordRuns(command, ran));
    await fc.asyncModelRun(() => ({ model: emptyModel(), real: session.world }), recorded);
    await session.world.finish();
  } finally {
    await session.close();
  }
  return ran;
}

/**
 * Notes each step as it runs. The run goes through fast-check's own wrapper (`command`), which marks the
 * step as ran: its shrinker only tries removing steps that ran.
 */
function recordRuns(
  command: ScenarioCommand,
  ran: ScenarioCommand[],
): fc.AsyncCommand<ScenarioModel, ScenarioWorld> {
  const inner = (command as { cmd?: ScenarioCommand }).cmd ?? command;
  return {
    check: (model) => command.check(model),
    run: async (model, world) => {
      ran.push(inner);
      await command.run(model, world);
    },
    toString: () => inner.toString(),
  };
}

async function reportFailure(
  options: ScenarioOptions,
  run: (cmds: Iterable<ScenarioCommand>, ran: ScenarioCommand[]) => Promise<void>,
  shrunk: Iterable<ScenarioCommand>,
  details: { seed: number; counterexamplePath: string | null; numRuns: number; errorInstance: unknown },
): Promise<never> {
  // Run the shrunk scenario once more to record exactly which steps ran and what broke.
  const ran: ScenarioCommand[] = [];
  let cause: unknown = details.errorInstance;
  try {
    await run(shrunk, ran);
  } catch (error) {
    cause = error;
  }
  const violation = cause instanceof InvariantViolation ? cause : null;
  const scenario: ScenarioFile = {
    format: 'omise-sim-scenario',
    version: 1,
    name: options.name ?? violation?.invariant ?? 'scenario',
    seed: details.seed,
    path: details.counterexamplePath,
    steps: ran.map((command) => command.toJSON()),
    description: ran.map((command) => command.toString()),
    failure: violation
      ? { invariant: violation.invariant, order: violation.orderId, problem: violation.problem }
      : null,
  };
  const savedTo = options.saveTo ? saveScenario(options.saveTo, scenario) : null;
  throw new ScenarioFailure(formatFailure(scenario, cause, savedTo, details.numRuns), scenario, cause);
}

function saveScenario(saveTo: string, scenario: ScenarioFile): string {
  const file = saveTo.endsWith('.json') ? saveTo : join(saveTo, `${scenario.name}-${scenario.seed}.json`);
  saveScenarioFile(file, scenario);
  return file;
}
