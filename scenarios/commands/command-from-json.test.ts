import { expect, test } from 'vitest';
import { commandFromJson } from './command-from-json.js';
import type { StepJson } from './scenario-command.js';

test.each<StepJson>([
  { kind: 'ambiguous_fault', operation: 'create_refund', failure: 'held', amount: 90 },
  { kind: 'ambiguous_fault', operation: 'create_charge', failure: 502, amount: 1 },
  { kind: 'staff_refunds', pick: 2, size: 'half' },
  { kind: 'foreign_charge', pick: 0, outcome: 'paid', collides: true },
  { kind: 'browser_return', pick: 1, outcome: 'closed', beforeWebhook: false },
  { kind: 'webhook_given_up', pick: 3 },
])('rebuilds a saved %o step as it was saved', (step) => {
  expect(commandFromJson(step).toJSON()).toEqual(step);
});

test('reads the steps of older scenario files unchanged', () => {
  const step = { kind: 'provider_fault', fault: 500, target: 'next_call' };
  expect(commandFromJson(step).toJSON()).toEqual(step);
});
