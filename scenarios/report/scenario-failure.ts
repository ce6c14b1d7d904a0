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

export function formatFailure(
  scenario: ScenarioFile,
  cause: unknown,
  savedTo: string | null,
  runs: number,
): string {
  const lines = [
    scenario.failure
      ? `Merchant scenario failed: ${scenario.failure.invariant}${scenario.failure.order ? ` (${scenario.failure.order})` : ''}: ${scenario.failure.problem}`
      : `Merchant scenario failed: ${(cause as Error)?.message ?? String(cause)}`,
    '',
    `Steps (${scenario.description.length}, shrunk, found within ${runs} runs):`,
    ...scenario.description.map((step, i) => `  ${i + 1}. ${step}`),
    '',
    `Seed: ${scenario.seed}  path: ${JSON.stringify(scenario.path)}`,
    `  run it again: runMerchantScenarios({ ..., seed: ${scenario.seed}, path: ${JSON.stringify(scenario.path)} })`,
  ];
  if (savedTo) {
    lines.push(
      `Saved to ${savedTo}`,
      `  replay it against a running merchant: npx omise-sim replay ${savedTo} --merchant <url> --key skey_test_<account>`,
    );
  }
  return lines.join('\n');
}
