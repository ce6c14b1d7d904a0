import { type Context, Hono } from 'hono';
import { verifyOmiseSignature } from '../../simulator/webhooks/signature/verify-omise-signature.js';
import { BackgroundQueue } from './background-queue.js';
import type { MerchantBug } from './bugs.js';
import { callOnce } from './call-once.js';
import { createOmiseClient, OmiseApiError, type OmiseClientOptions } from './omise-client.js';
import { Orders } from './orders.js';
import { createCheckoutCharge } from './pos-checkout.js';
import { onClock } from './pos-clock.js';
import { applyEvent, orderOfEvent, type WebhookEvent } from './pos-webhooks.js';
import { type ChargeView, markPaid, syncOrder } from './sync-order.js';

export interface PosMerchantOptions {
  readonly omise: OmiseClientOptions;
  readonly webhookSecret: string;
  /** Switches on one deliberate bug (see bugs.ts); the reference merchant has none. */
  readonly bug?: MerchantBug;
  /** Acknowledges webhooks at once and applies them in a background worker (a correct design too). */
  readonly async?: boolean;
  /** The merchant's idea of now for signature timestamps (default Date.now). */
  readonly now?: () => number;
}

/**
 * A small POS backend, written the way Omise's docs advise: create the charge, verify each webhook's
 * signature, fetch the charge again instead of trusting the webhook body, fulfil each order once, refund
 * only what Omise accepted, look a call up before repeating it, reconcile when its clock moves. Each
 * MerchantBug turns one of those habits off. Test hooks: POST /test/settled, POST /test/tick.
 */
export function createPosMerchant(options: PosMerchantOptions) {
  const { bug } = options;
  const omise = createOmiseClient(options.omise);
  const orders = new Orders();
  const queue = new BackgroundQueue();
  let clock = 0;
  const app = new Hono();

  app.onError((error, c) => {
    const status = error instanceof OmiseApiError ? 502 : 500;
    const code = error instanceof OmiseApiError ? error.code : 'internal';
    return c.json({ error: error.message, code }, status);
  });

  app.post('/checkout', async (c) => {
    const body = (await c.req.json()) as Record<string, unknown>;
    const charge = await createCheckoutCharge(omise, body, bug);
    orders.add(String(body.orderId), charge.id, Number(body.amount), clock);
    return c.json({ chargeId: charge.id });
  });

  app.get('/orders/:id', (c) => {
    const order = orders.get(c.req.param('id'));
    if (!order) return c.json({ error: 'no such order' }, 404);
    const { status, fulfilments, refundedAmount, failureCode } = order;
    return c.json({ status, fulfilments, refundedAmount, failureCode });
  });

  app.post('/orders/:id/refund', async (c) => {
    const order = orders.get(c.req.param('id'));
    if (!order) return c.json({ error: 'no such order' }, 404);
    const { amount } = (await c.req.json()) as { amount: number };
    if (bug === 'over-refunds') {
      order.refundedAmount += amount;
      order.status = order.refundedAmount >= order.amount ? 'refunded' : 'partially_refunded';
      await omise.createRefund(order.chargeId, amount).catch(() => undefined);
      return c.json({ ok: true });
    }
    const request = crypto.randomUUID();
    const lookUp = async () =>
      (await omise.refundsOf(order.chargeId)).find(
        (refund) => (refund.metadata as { request?: unknown } | null)?.request === request,
      );
    const refund = await callOnce(() => omise.createRefund(order.chargeId, amount, { request }), lookUp, bug);
    order.ownRefunds.add(refund.id);
    if (bug === 'books-only-own-refunds') order.refundedAmount += amount;
    const charge = await omise.retrieveCharge(order.chargeId);
    syncOrder(order, charge as unknown as ChargeView, 'refund.create', bug);
    return c.json({ ok: true });
  });

  // The customer's browser back from TrueMoney: proof of nothing, so the charge is asked.
  app.get('/orders/:id/complete', async (c) => {
    const order = orders.get(c.req.param('id'));
    if (!order) return c.text('no such order', 404);
    if (bug === 'trusts-browser-return') markPaid(order, bug, 'return');
    else syncOrder(order, (await omise.retrieveCharge(order.chargeId)) as never, 'return', bug);
    return c.text(`order ${order.orderId}: ${order.status}`);
  });

  app.post('/webhooks/omise', (c) => receiveWebhook(c));

  const receiveWebhook = async (c: Context) => {
    const raw = await c.req.text();
    const signed = verifyOmiseSignature(raw, c.req.raw.headers, options.webhookSecret, {
      now: options.now?.(),
    });
    if (!signed && bug !== 'skips-signature-check') return c.json({ error: 'bad signature' }, 401);
    const event = JSON.parse(raw) as WebhookEvent;
    const { chargeId, order } = orderOfEvent(orders, event, bug);
    if (!order) return c.json({ ignored: true });
    if (options.async) {
      queue.push(async () => void (await applyEvent(omise, order, chargeId, event, bug, clock)));
      return c.json({ queued: true });
    }
    try {
      return c.json({ applied: await applyEvent(omise, order, chargeId, event, bug, clock) });
    } catch (error) {
      if (bug === 'swallows-provider-errors') return c.json({ ignored: true });
      throw error;
    }
  };

  app.post('/test/settled', async (c) => {
    await queue.idle();
    return c.json({ settled: true });
  });

  app.post('/test/tick', async (c) => {
    clock = Date.parse(((await c.req.json()) as { now: string }).now);
    await onClock(omise, orders, clock, bug);
    return c.json({ now: new Date(clock).toISOString() });
  });

  return { app, orders };
}
