// Saves the scenario that catches each broken variant to fixtures/scenarios/<bug>.json, for the bugs that
// have none yet (existing files stay as they are: they are what older versions saved, and must still replay).
// Run again after adding a bug: npx tsx examples/pos-merchant/save-caught-scenarios.ts [--all]
import { existsSync } from 'node:fs';
import { runMerchantScenarios, ScenarioFailure } from '../../scenarios/index.js';
import { type MerchantBug, merchantBugs } from './bugs.js';
import { posMerchantUnderTest } from './pos-merchant-under-test.js';

const all = process.argv.includes('--all');
for (const bug of Object.keys(merchantBugs) as MerchantBug[]) {
  const file = `fixtures/scenarios/${bug}.json`;
  if (!all && existsSync(file)) continue;
  console.log(await saveFirstCatch(bug, file));
}

/** The first of a few seeds that catches the bug. */
async function saveFirstCatch(bug: MerchantBug, file: string): Promise<string> {
  for (const seed of [1, 2, 3, 4, 5]) {
    try {
      await runMerchantScenarios({ merchant: posMerchantUnderTest(bug), seed, saveTo: file, name: bug });
    } catch (error) {
      if (!(error instanceof ScenarioFailure)) throw error;
      return `${file}: ${error.scenario.steps.length} step(s), ${error.scenario.failure?.invariant} (seed ${seed})`;
    }
  }
  process.exitCode = 1;
  return `${bug}: not caught with seeds 1 to 5`;
}
