import fc from 'fast-check';
import type { Outcome } from '../world/world-money.js';
import {
  type AmbiguousFailure,
  AmbiguousFaultCommand,
  type AmbiguousOperation,
} from './ambiguous-fault-command.js';
import { BrowserReturnCommand } from './browser-return-command.js';
import { ForeignChargeCommand } from './foreign-charge-command.js';
import type { ScenarioCommand } from './scenario-command.js';
import { type StaffRefundSize, StaffRefundsCommand } from './staff-refunds-command.js';
import { WebhookGivenUpCommand } from './webhook-given-up-command.js';

const outcome = fc.constantFrom<Outcome>('paid', 'failed', 'closed');

/**
 * Unclear API failures (with shrinkable durations) and the rest of the world: staff, other terminals, the
 * customer's browser, webhooks given up for good. Steps needing a merchant hook check for it themselves.
 */
export function worldCommands(pick: fc.Arbitrary<number>): fc.Arbitrary<ScenarioCommand>[] {
  // Charges and refunds move money; a repeated source costs nothing, so it comes up less often.
  const operation = fc.constantFrom<AmbiguousOperation>(
    'create_charge',
    'create_refund',
    'create_charge',
    'create_refund',
    'create_source',
  );
  const lost = fc
    .tuple(operation, fc.constantFrom<AmbiguousFailure>(500, 502, 503, 'reset'))
    .map(([op, failure]) => new AmbiguousFaultCommand(op, failure));
  const held = fc
    .tuple(operation, fc.integer({ min: 1, max: 7200 }))
    .map(([op, seconds]) => new AmbiguousFaultCommand(op, 'held', seconds));
  const late = fc
    .tuple(operation, fc.integer({ min: 1, max: 200 }))
    .map(([op, ms]) => new AmbiguousFaultCommand(op, 'late', ms));
  const staffSize = fc.constantFrom<StaffRefundSize>('all', 'half', 'one');
  // Colliding metadata is the interesting case of another terminal's charge.
  const collides = fc.constantFrom(true, true, false);
  const foreign = fc.tuple(pick, outcome, collides).map(([p, o, c]) => new ForeignChargeCommand(p, o, c));
  // Only orders paid by redirect have a browser to come back: the step is skipped until there is one.
  const browserReturn = fc
    .tuple(pick, outcome, fc.boolean())
    .map(([p, o, b]) => new BrowserReturnCommand(p, o, b));
  return [
    lost,
    lost,
    lost,
    lost,
    held,
    late,
    fc.tuple(pick, staffSize).map(([p, size]) => new StaffRefundsCommand(p, size)),
    fc.tuple(pick, staffSize).map(([p, size]) => new StaffRefundsCommand(p, size)),
    foreign,
    foreign,
    browserReturn,
    browserReturn,
    browserReturn,
    pick.map((p) => new WebhookGivenUpCommand(p)),
  ];
}
