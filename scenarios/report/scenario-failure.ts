import { InvariantViolation } from '../world/invariant-violation.js';
import type { ScenarioFile } from './scenario-file.js';

/** Thrown by runMerchantScenarios: the shrunk scenario in plain words, and how to run it again. */
export class ScenarioFailure extends Error {
  constructor(
    message: string,
    readonly scenario: ScenarioFile,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'ScenarioFailure';
  }
}

/** What the run knows beyond the scenario: how it shrank, whether a re-run failed again, how to rerun. */
export interface FailureNotes {
  /** "shrunk from 17 to 3 in 40 shrinks", or "not shrunk: ...". */
  readonly shrinking: string;
  /** The counterexample failed again when re-run. */
  readonly reproduced: boolean;
  readonly rerun: string;
  readonly replay: string | null;
}

export function formatFailure(
  scenario: ScenarioFile,
  cause: unknown,
  savedTo: string | null,
  runs: number,
  notes?: FailureNotes,
): string {
  const context = cause instanceof InvariantViolation ? cause.context : undefined;
  const steps = notes ? notes.shrinking : 'as saved';
  const lines = [
    scenario.failure
      ? `Merchant scenario failed: ${scenario.failure.invariant}${scenario.failure.order ? ` (${scenario.failure.order})` : ''}: ${scenario.failure.problem}`
      : `Merchant scenario failed: ${(cause as Error)?.message ?? String(cause)}`,
    ...(context ? [`  broke ${context.when}`] : []),
    '',
    `Steps (${scenario.description.length}, ${steps}, found within ${runs} runs):`,
    ...scenario.description.map((step, i) => `  ${i + 1}. ${step}`),
  ];
  if (context) lines.push('', ...context.details);
  if (notes && !notes.reproduced) {
    lines.push(
      '',
      'FLAKY: re-run, this scenario did not fail again. The failure depends on timing (a race in the',
      'merchant, or a grace period too short for it): the steps above are the last failing run.',
    );
  }
  lines.push('', `Seed: ${scenario.seed}  path: ${JSON.stringify(scenario.path)}`);
  if (notes) lines.push(`  run it again: ${notes.rerun}`);
  else
    lines.push(
      `  run it again: runMerchantScenarios({ ..., seed: ${scenario.seed}, path: ${JSON.stringify(scenario.path)} })`,
    );
  if (savedTo) {
    lines.push(`Saved to ${savedTo}`);
    if (notes?.replay) lines.push(`  replay it: ${notes.replay}`);
  }
  return lines.join('\n');
}
