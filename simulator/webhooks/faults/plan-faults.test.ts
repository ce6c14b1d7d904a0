import { expect, test } from 'vitest';
import type { EventRecord } from '../../domain/records.js';
import { FAULT_DEFAULTS, type FaultConfig, type FaultRule } from './fault-config.js';
import { faultDraw } from './fault-draw.js';
import { type FaultCounters, NO_PLAN, planFaults } from './plan-faults.js';

const event = (key: string, chargeId = 'chrg_a') => ({ id: 'evnt', key, chargeId }) as EventRecord;
const rule = (fault: FaultRule['fault'], more: Partial<FaultRule> = {}): FaultRule => ({
  fault,
  keys: null,
  charge: null,
  url: null,
  probability: 1,
  limit: null,
  ...FAULT_DEFAULTS[fault],
  ...more,
});
const counters = (): FaultCounters => ({ matched: [], applied: [] });
const target = (key = 'charge.complete', hasOlderState = true) => ({
  event: event(key),
  url: 'http://shop.test',
  hasOlderState,
});

test('plans nothing without rules', () => {
  expect(planFaults({ seed: 0, rules: [] }, counters(), target())).toEqual(NO_PLAN);
});

test('combines the rules that match', () => {
  const config: FaultConfig = {
    seed: 0,
    rules: [
      rule('duplicate', { copies: 2 }),
      rule('drop_first', { attempts: 3 }),
      rule('old_timestamp'),
      rule('delay', { keys: ['charge.create'] }),
    ],
  };
  expect(planFaults(config, counters(), target())).toEqual({
    ...NO_PLAN,
    copies: 2,
    dropAttempts: 3,
    oldTimestamp: { seconds: 600, attempts: 1 },
    faults: ['duplicate', 'drop_first', 'old_timestamp'],
  });
});

test('matches on charge and url, and stale_payload only when there is an older state', () => {
  const config: FaultConfig = {
    seed: 0,
    rules: [
      rule('stale_payload'),
      rule('reorder', { charge: 'chrg_b' }),
      rule('delay', { url: 'http://x.test' }),
    ],
  };
  expect(planFaults(config, counters(), target('charge.complete', false))).toEqual(NO_PLAN);
  expect(planFaults(config, counters(), target()).faults).toEqual(['stale_payload']);
});

test('stops at the limit and counts matches and hits', () => {
  const config: FaultConfig = { seed: 0, rules: [rule('bad_signature', { limit: 1 })] };
  const count = counters();
  expect(planFaults(config, count, target()).badSignatureAttempts).toBe(1);
  expect(planFaults(config, count, target())).toEqual(NO_PLAN);
  expect(count).toEqual({ matched: [2], applied: [1] });
});

test('hits with the drawn probability, the same way for the same seed', () => {
  const config: FaultConfig = { seed: 11, rules: [rule('duplicate', { probability: 0.3 })] };
  const hits = (seed: number) => {
    const count = counters();
    return Array.from({ length: 200 }, () => planFaults({ ...config, seed }, count, target()).copies > 0);
  };
  expect(hits(11)).toEqual(hits(11));
  expect(hits(11).map((hit, match) => hit === faultDraw(11, 0, match) < 0.3)).not.toContain(false);
  const rate = hits(11).filter(Boolean).length / 200;
  expect(rate).toBeGreaterThan(0.2);
  expect(rate).toBeLessThan(0.4);
});
