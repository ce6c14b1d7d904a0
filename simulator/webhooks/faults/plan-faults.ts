import type { EventRecord } from '../../domain/records.js';
import type { FaultConfig, FaultName, FaultRule } from './fault-config.js';
import { faultDraw } from './fault-draw.js';

/** What the faults do to one delivery (one event to one endpoint). */
export interface FaultPlan {
  readonly copies: number;
  /** Held back for at most this long, until a later event of the charge overtakes it; null if not held. */
  readonly holdMs: number | null;
  readonly delayMs: number;
  readonly dropAttempts: number;
  readonly stale: boolean;
  readonly badSignatureAttempts: number;
  readonly oldTimestamp: { readonly seconds: number; readonly attempts: number } | null;
  readonly faults: readonly FaultName[];
}

export const NO_PLAN: FaultPlan = {
  copies: 0,
  holdMs: null,
  delayMs: 0,
  dropAttempts: 0,
  stale: false,
  badSignatureAttempts: 0,
  oldTimestamp: null,
  faults: [],
};

/** Per-rule counters, kept by the account between deliveries. */
export interface FaultCounters {
  readonly matched: number[];
  readonly applied: number[];
}

export interface FaultTarget {
  readonly event: EventRecord;
  readonly url: string;
  /** Whether the charge had an earlier state to send instead (stale_payload needs one). */
  readonly hasOlderState: boolean;
}

/** Decides, rule by rule, which faults hit this delivery. Updates the counters. */
export function planFaults(config: FaultConfig, counters: FaultCounters, target: FaultTarget): FaultPlan {
  let plan: FaultPlan = NO_PLAN;
  config.rules.forEach((rule, index) => {
    if (!matches(rule, target)) return;
    const match = counters.matched[index] ?? 0;
    counters.matched[index] = match + 1;
    const applied = counters.applied[index] ?? 0;
    if (rule.limit !== null && applied >= rule.limit) return;
    if (faultDraw(config.seed, index, match) >= rule.probability) return;
    counters.applied[index] = applied + 1;
    plan = apply(plan, rule);
  });
  return plan;
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
  if (rule.keys !== null && !rule.keys.includes(target.event.key)) return false;
  if (rule.charge !== null && rule.charge !== target.event.chargeId) return false;
  if (rule.url !== null && rule.url !== target.url) return false;
  return rule.fault !== 'stale_payload' || target.hasOlderState;
}

function apply(plan: FaultPlan, rule: FaultRule): FaultPlan {
  const faults = plan.faults.includes(rule.fault) ? plan.faults : [...plan.faults, rule.fault];
  const ms = rule.seconds * 1000;
  switch (rule.fault) {
    case 'duplicate':
      return { ...plan, faults, copies: plan.copies + rule.copies };
    case 'reorder':
      return { ...plan, faults, holdMs: Math.max(plan.holdMs ?? 0, ms) };
    case 'delay':
      return { ...plan, faults, delayMs: plan.delayMs + ms };
    case 'drop_first':
      return { ...plan, faults, dropAttempts: Math.max(plan.dropAttempts, rule.attempts) };
    case 'stale_payload':
      return { ...plan, faults, stale: true };
    case 'bad_signature':
      return { ...plan, faults, badSignatureAttempts: Math.max(plan.badSignatureAttempts, rule.attempts) };
    case 'old_timestamp':
      return { ...plan, faults, oldTimestamp: { seconds: rule.seconds, attempts: rule.attempts } };
  }
}
