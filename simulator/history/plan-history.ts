import type { AmountLimit, PaymentMethod } from '../domain/methods/payment-method.js';
import { HistoryRandom } from './history-random.js';
import { drawOutcome, everyOutcome, type PlannedOutcome } from './outcomes.js';

export interface HistoryRequest {
  readonly days: number;
  readonly count: number;
  /** Each offered in the account's country, in its currency. */
  readonly methods: readonly PaymentMethod[];
  /** The account country's currency: what every charge is in. */
  readonly currency: string;
  readonly seed: number;
}

/** One step of the past, at its time on the account clock; `charge` numbers the planned charges. */
export type HistoryStep =
  | {
      readonly at: number;
      readonly kind: 'create';
      readonly charge: number;
      readonly method: PaymentMethod;
      readonly amount: number;
      readonly currency: string;
    }
  | { readonly at: number; readonly kind: 'pay'; readonly charge: number }
  | { readonly at: number; readonly kind: 'fail'; readonly charge: number; readonly failureCode: string }
  | { readonly at: number; readonly kind: 'refund'; readonly charge: number; readonly amount: number };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The steps of a history ending at `end` (whole seconds), in time order. Charges go to the methods in turn;
 * each method's first charges go through every outcome it has, the rest are drawn. Expiries are not steps:
 * the account clock passing `expires_at` makes them, as it would have.
 */
export function planHistory(request: HistoryRequest, end: number): HistoryStep[] {
  const random = new HistoryRandom(request.seed);
  const start = end - request.days * DAY;
  const steps: HistoryStep[] = [];
  for (let charge = 0; charge < request.count; charge++) {
    const method = request.methods[charge % request.methods.length] as PaymentMethod;
    const round = Math.floor(charge / request.methods.length);
    const outcome = everyOutcome(method)[round] ?? drawOutcome(method, random);
    steps.push(...chargeSteps(charge, method, request.currency, outcome, { start, end }, random));
  }
  return steps.sort((a, b) => a.at - b.at);
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function chargeSteps(
  charge: number,
  method: PaymentMethod,
  currency: string,
  outcome: PlannedOutcome,
  span: Span,
  random: HistoryRandom,
): HistoryStep[] {
  const amount = drawAmount(method.limits[currency] ?? { min: 100, max: 1_000_000 }, random);
  const expiry = method.expiry.defaultSeconds * SECOND;
  const at = createdAt(outcome, expiry, span, random);
  const create: HistoryStep = { at, kind: 'create', charge, method, amount, currency };
  if (outcome.status === 'expired' || outcome.status === 'pending') return [create];
  const done = at + Math.min(random.between(5, 900) * SECOND, expiry / 2, span.end - SECOND - at);
  if (outcome.status === 'failed')
    return [create, { at: done, kind: 'fail', charge, failureCode: outcome.failureCode }];
  const paid: HistoryStep = { at: done, kind: 'pay', charge };
  const refund = refundStep(charge, amount, outcome.refund, done, span.end, random);
  return refund ? [create, paid, refund] : [create, paid];
}

/**
 * Pending charges are recent (inside the method's expiry: TrueMoney App Redirection's is 3 minutes);
 * expired ones old enough to have expired; the rest anywhere in the span.
 */
function createdAt(outcome: PlannedOutcome, expiry: number, span: Span, random: HistoryRandom): number {
  const second = (from: number, to: number) => random.between(from / SECOND, to / SECOND) * SECOND;
  if (outcome.status === 'pending') {
    const recent = Math.min(50 * MINUTE, expiry - SECOND);
    return second(Math.max(span.start, span.end - recent), span.end - MINUTE);
  }
  // A method whose expiry is longer than the history cannot have an expired charge yet: it stays pending.
  if (outcome.status === 'expired')
    return second(span.start, Math.max(span.start, span.end - expiry - SECOND));
  return second(span.start, span.end - 2 * MINUTE);
}

function refundStep(
  charge: number,
  amount: number,
  kind: 'none' | 'full' | 'partial' | 'void',
  paidAt: number,
  end: number,
  random: HistoryRandom,
): HistoryStep | null {
  if (kind === 'none') return null;
  const later = kind === 'void' ? 30 * SECOND : random.between(1, 72) * HOUR;
  const at = Math.min(paidAt + later, end - SECOND);
  if (at <= paidAt) return null;
  const part = Math.max(100, Math.floor((amount * random.between(10, 90)) / 100 / 100) * 100);
  return { at, kind: 'refund', charge, amount: kind === 'partial' ? Math.min(part, amount - 100) : amount };
}

/** A round amount inside the method's limits for the currency. */
function drawAmount(limit: AmountLimit, random: HistoryRandom): number {
  const min = Math.ceil(limit.min / 100);
  const max = Math.max(min, Math.floor(Math.min(limit.max, 2_000_000) / 100));
  return random.between(min, max) * 100;
}
