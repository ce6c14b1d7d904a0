// Saves the scenario that catches each broken variant to fixtures/scenarios/<bug>.json.
// Run again after changing the harness or the merchant: npx tsx examples/pos-merchant/save-caught-scenarios.ts
import { runMerchantScenarios, ScenarioFailure } from '../../scenarios/index.js';
import { type MerchantBug, merchantBugs } from './bugs.js';
import { posMerchantUnderTest } from './pos-merchant-under-test.js';

for (const bug of Object.keys(merchantBugs) as MerchantBug[]) {
  const file = `fixtures/scenarios/${bug}.json`;
  try {
    await runMerchantScenarios({ merchant: posMerchantUnderTest(bug), seed: 1, saveTo: file, name: bug });
    console.error(`${bug}: not caught with seed 1`);
    process.exitCode = 1;
  } catch (error) {
    if (!(error instanceof ScenarioFailure)) throw error;
    console.log(`${file}: ${error.scenario.steps.length} step(s), ${error.scenario.failure?.invariant}`);
  }
}
