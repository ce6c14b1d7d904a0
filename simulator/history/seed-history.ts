import type { Account } from '../account/account.js';
import type { ChargeRequest } from '../domain/charge/create-charge.js';
import { wholeSecond } from '../domain/context.js';
import type { SourceRequest } from '../domain/source/create-source.js';
import { exampleOrderDetails } from '../domain/source/example-order-details.js';
import { OmiseError } from '../errors/omise-error.js';
import {
  createChargeOperation,
  markFailedOperation,
  markPaidOperation,
} from '../operations/charge-operations.js';
import { createRefundOperation } from '../operations/refund-operations.js';
import { type HistoryRequest, type HistoryStep, planHistory } from './plan-history.js';

export interface SeededHistory {
  readonly from: number;
  readonly to: number;
  readonly chargeIds: readonly string[];
}

/**
 * Gives an account a past: the planned steps run through the same operations as API calls, each at its time
 * on the account clock, which is moved back and through the days (expiries fire as it passes them). The
 * events are of the past, so no webhook goes out for them. The clock ends where it was, frozen or running.
 */
export function seedHistory(account: Account, request: HistoryRequest, origin: string): SeededHistory {
  const { clock } = account;
  const running = !clock.frozen;
  const offset = clock.offsetMs;
  const end = wholeSecond(clock.now());
  const steps = planHistory(request, end);
  const chargeIds: string[] = [];
  clock.freeze();
  try {
    account.recordPast(() => {
      for (const step of steps) {
        clock.set(step.at);
        runStep(account, step, chargeIds, origin);
      }
      clock.set(end);
    });
  } catch (error) {
    // All or nothing: the account was empty, and is again (a step refused means a planning bug).
    account.scheduler.clear();
    account.store.clear();
    throw error;
  } finally {
    clock.set(end);
    if (running) {
      clock.resume();
      clock.set(clock.now() - clock.offsetMs + offset);
    }
  }
  return { from: end - request.days * 86_400_000, to: end, chargeIds };
}

function runStep(account: Account, step: HistoryStep, chargeIds: string[], origin: string): void {
  if (step.kind === 'create') {
    chargeIds[step.charge] = createChargeOperation(account, chargeRequest(step, origin), {
      inline: sourceRequest(step),
    }).id;
    return;
  }
  const id = chargeIds[step.charge] as string;
  if (step.kind === 'pay') markPaidOperation(account, id);
  else if (step.kind === 'fail') markFailedOperation(account, id, step.failureCode);
  else refundUnlessClosed(account, id, step.amount);
}

/** A refund the method's rules refuse at that moment (its window closed) is simply not part of the past. */
function refundUnlessClosed(account: Account, chargeId: string, amount: number): void {
  try {
    createRefundOperation(account, chargeId, { amount, metadata: {} });
  } catch (error) {
    if (!(error instanceof OmiseError)) throw error;
  }
}

type CreateStep = Extract<HistoryStep, { kind: 'create' }>;

function sourceRequest(step: CreateStep): SourceRequest {
  const params = step.method.sourceParams;
  return {
    type: step.method.type,
    amount: step.amount,
    currency: step.currency,
    barcode: params.includes('barcode') ? String(134_000_000_000_000_000n + BigInt(step.charge)) : null,
    phoneNumber: params.includes('phone_number') ? `08${String(10_000_000 + step.charge).slice(-8)}` : null,
    ...(params.includes('items') && exampleOrderDetails(step.amount)),
    expiresAt: null,
    ip: null,
  };
}

function chargeRequest(step: CreateStep, origin: string): ChargeRequest {
  const order = `ORD-${String(step.charge + 1).padStart(6, '0')}`;
  return {
    amount: step.amount,
    currency: step.currency,
    description: `Order ${order}`,
    metadata: { order_id: order },
    returnUri: step.method.chargeRequiresReturnUri ? `https://shop.example/orders/${order}/complete` : null,
    expiresAt: null,
    ip: null,
    webhookEndpoints: null,
    origin,
  };
}
