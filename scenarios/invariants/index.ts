import { chargeMatchesOrder } from './charge-matches-order.js';
import { failuresAreNeverFulfilled } from './failures-are-never-fulfilled.js';
import { foreignEventsChangeNoOrder } from './foreign-events-change-no-order.js';
import { fulfilledAtMostOnce } from './fulfilled-at-most-once.js';
import type { Invariant } from './invariant.js';
import { noOrderStuckPending } from './no-order-stuck-pending.js';
import { oneChargePerOrder } from './one-charge-per-order.js';
import { paidIffSuccessful } from './paid-iff-successful.js';
import { refundsAgree } from './refunds-agree.js';
import { refundsAsAsked } from './refunds-as-asked.js';
import { untrustedWebhooksChangeNothing } from './untrusted-webhooks-change-nothing.js';

/** The built-in invariants, checked after every step once webhooks settle. */
export const builtInInvariants: readonly Invariant[] = [
  untrustedWebhooksChangeNothing,
  foreignEventsChangeNoOrder,
  chargeMatchesOrder,
  oneChargePerOrder,
  refundsAsAsked,
  fulfilledAtMostOnce,
  failuresAreNeverFulfilled,
  refundsAgree,
  noOrderStuckPending,
  paidIffSuccessful,
];

export type { Invariant, OrderSnapshot, StepContext } from './invariant.js';
