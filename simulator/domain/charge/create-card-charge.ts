import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { type DomainContext, wholeSecond } from '../context.js';
import { card as cardMethod } from '../methods/card.js';
import { failureMessages } from '../methods/failure-messages.js';
import type { CardRecord, ChargeRecord } from '../records.js';
import type { ChargeRequest } from './create-charge.js';
import { computeFees } from './fees.js';

/** Which card a charge takes, and whether it captures at once (`capture`, default true). */
export interface CardChargeTerms {
  readonly card: CardRecord;
  readonly customerId: string | null;
  readonly capture: boolean;
}

/**
 * A card charge as the card's test number decides (docs.omise.co/api-testing): authorized and captured
 * (successful), authorized only (`capture: false`: pending, reversible, capturable), failed with the number's
 * failure_code, or pending on 3-D Secure with an authorize_uri. omise-php 2025 charges-post.json:
 * `authorized_at = created_at`, `expires_at = created_at + 7 d`.
 */
export function createCardCharge(
  request: ChargeRequest,
  terms: CardChargeTerms,
  ctx: DomainContext,
): ChargeRecord {
  checkAmount(request.amount, request.currency.toUpperCase());
  const { card } = terms;
  if (card.threeDSecure && request.returnUri === null)
    throw omiseError('invalid_charge', messages.returnUriInvalid);
  const now = ctx.now;
  const failureCode = card.threeDSecure ? null : card.failureCode;
  const authorized = !card.threeDSecure && failureCode === null;
  const paid = authorized && terms.capture;
  const id = ctx.ids.next('chrg', now);
  return {
    id,
    amount: request.amount,
    currency: request.currency.toUpperCase(),
    sourceId: null,
    sourceType: cardMethod.type,
    card: {
      cardId: card.id,
      customerId: terms.customerId,
      capture: terms.capture,
      authorizedAt: authorized ? now : null,
      capturedAmount: null,
      pendingFailureCode: card.threeDSecure ? card.failureCode : null,
    },
    status: failureCode !== null ? 'failed' : paid ? 'successful' : 'pending',
    description: request.description,
    metadata: request.metadata,
    returnUri: request.returnUri,
    ip: request.ip,
    ...computeFees(request.amount, {
      ratePercent: cardMethod.fee.ratePercent,
      vatPercent: ctx.country.vatPercent,
    }),
    vatPercent: ctx.country.vatPercent,
    fundingCurrency: ctx.country.currency,
    createdAt: now,
    expiresAt: wholeSecond(now) + cardMethod.expiry.defaultSeconds * 1000,
    paidAt: paid ? now : null,
    expiredAt: null,
    reversedAt: null,
    failureCode,
    failureMessage: failureCode === null ? null : (failureMessages[failureCode] ?? failureCode),
    transactionId: paid ? ctx.ids.next('trxn', now) : null,
    refundedAmount: 0,
    voided: false,
    // Real 3-D Secure charges carry https://api.omise.co/payments/paym_test_.../authorize (charges-get.json).
    reference: card.threeDSecure ? ctx.ids.next('paym', now) : null,
    document: null,
    webhookEndpoints: request.webhookEndpoints,
    origin: request.origin,
  };
}

function checkAmount(amount: number, currency: string): void {
  const limit = cardMethod.limits[currency];
  if (!limit) throw omiseError('invalid_charge', messages.currencyNotSupported);
  if (amount < limit.min) throw omiseError('invalid_charge', messages.amountAtLeast(limit.min));
  if (amount > limit.max) throw omiseError('invalid_charge', messages.amountAtMost(limit.max));
}
