import { FAULT_FIELDS, type FaultConfig } from './fault-config.js';
import type { FaultCounters } from './plan-faults.js';

/** Rules with how many deliveries each matched and hit so far. */
export function renderFaultConfig(
  account: string,
  config: FaultConfig,
  counters: FaultCounters,
): Record<string, unknown> {
  return {
    object: 'sim_webhook_faults',
    account,
    seed: config.seed,
    rules: config.rules.map((rule, index) => ({
      fault: rule.fault,
      keys: rule.keys,
      charge: rule.charge,
      url: rule.url,
      probability: rule.probability,
      limit: rule.limit,
      ...Object.fromEntries(FAULT_FIELDS[rule.fault].map((field) => [field, rule[field]])),
      matched: counters.matched[index] ?? 0,
      applied: counters.applied[index] ?? 0,
    })),
  };
}
