import { join } from 'node:path';
import type { ScenarioCommand } from '../commands/scenario-command.js';
import type { ScenarioOptions } from '../run-merchant-scenarios.js';
import { InvariantViolation } from '../world/invariant-violation.js';
import { type FailureNotes, formatFailure, ScenarioFailure } from './scenario-failure.js';
import { type ScenarioFile, saveScenarioFile } from './scenario-file.js';

interface FoundFailure {
  readonly seed: number;
  readonly counterexamplePath: string | null;
  readonly numRuns: number;
  readonly numShrinks: number;
  readonly errorInstance: unknown;
  /** Steps of the first failing run, before shrinking. */
  readonly firstFailure: number | null;
}

/**
 * Re-runs the shrunk scenario once more, to record exactly which steps ran and what broke, and to say
 * plainly when it does not fail again (flaky); then saves it and throws the ScenarioFailure.
 */
export async function reportFailure(
  options: ScenarioOptions,
  run: (cmds: Iterable<ScenarioCommand>, ran: ScenarioCommand[]) => Promise<void>,
  shrunk: Iterable<ScenarioCommand>,
  found: FoundFailure,
): Promise<never> {
  const ran: ScenarioCommand[] = [];
  let cause: unknown = found.errorInstance;
  let reproduced = false;
  try {
    await run(shrunk, ran);
  } catch (error) {
    cause = error;
    reproduced = true;
  }
  const violation = cause instanceof InvariantViolation ? cause : null;
  const scenario: ScenarioFile = {
    format: 'omise-sim-scenario',
    version: 1,
    name: options.name ?? violation?.invariant ?? 'scenario',
    seed: found.seed,
    path: found.counterexamplePath,
    steps: ran.map((command) => command.toJSON()),
    description: ran.map((command) => command.toString()),
    failure: violation
      ? { invariant: violation.invariant, order: violation.orderId, problem: violation.problem }
      : null,
  };
  const savedTo = options.saveTo ? saveScenario(options.saveTo, scenario) : null;
  const notes: FailureNotes = {
    shrinking: options.path ? 'replayed from its path' : shrinking(found),
    reproduced,
    rerun: rerunCommand(options, found),
    replay: savedTo ? replayCommand(options, savedTo) : null,
  };
  throw new ScenarioFailure(formatFailure(scenario, cause, savedTo, found.numRuns, notes), scenario, cause);
}

function shrinking(found: FoundFailure): string {
  if (found.numShrinks === 0) return 'not shrunk: no smaller scenario failed';
  const from = found.firstFailure === null ? '' : `, first failing run had ${found.firstFailure} steps`;
  return `shrunk in ${found.numShrinks} shrinks${from}`;
}

function rerunCommand(options: ScenarioOptions, found: FoundFailure): string {
  const path = JSON.stringify(found.counterexamplePath);
  const commandLine = options.commandLine ?? cliFor(options);
  if (commandLine) return `${commandLine} --seed ${found.seed} --path ${path}`;
  return `runMerchantScenarios({ ..., seed: ${found.seed}, path: ${path} })`;
}

/** A merchant running at a URL can be run again from the command line, with the options that shape runs. */
function cliFor(options: ScenarioOptions): string | null {
  if (!options.merchant.url) return null;
  const parts = ['npx omise-sim scenarios --merchant', options.merchant.url];
  if (options.simulator && 'url' in options.simulator) parts.push('--sim', options.simulator.url);
  if (options.methods) parts.push('--methods', options.methods.join(','));
  if (options.maxSteps) parts.push('--max-steps', String(options.maxSteps));
  return [...parts, ...timingFlags(options)].join(' ');
}

function replayCommand(options: ScenarioOptions, file: string): string {
  const { url } = options.merchant;
  if (!url) return `replayScenario({ scenario: '${file}', merchant })`;
  return [`npx omise-sim replay ${file} --merchant ${url}`, ...timingFlags(options)].join(' ');
}

/** The options that change when a check gives up, which a rerun or a replay needs to fail the same way. */
function timingFlags(options: ScenarioOptions): string[] {
  const flags: string[] = [];
  if (options.graceMs !== undefined) flags.push('--grace-ms', String(options.graceMs));
  if (options.answerTimeoutMs) flags.push('--answer-timeout-ms', String(options.answerTimeoutMs));
  return flags;
}

function saveScenario(saveTo: string, scenario: ScenarioFile): string {
  const file = saveTo.endsWith('.json') ? saveTo : join(saveTo, `${scenario.name}-${scenario.seed}.json`);
  saveScenarioFile(file, scenario);
  return file;
}
