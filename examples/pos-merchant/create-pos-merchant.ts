import { Hono } from 'hono';
import { verifyOmiseSignature } from '../../simulator/webhooks/signature/verify-omise-signature.js';
import type { MerchantBug } from './bugs.js';
import { createOmiseClient, OmiseApiError, type OmiseClientOptions } from './omise-client.js';
import { Orders } from './orders.js';
import { type ChargeView, syncOrder } from './sync-order.js';

export interface PosMerchantOptions {
  readonly omise: OmiseClientOptions;
  readonly webhookSecret: string;
  /** Switches on one deliberate bug (see bugs.ts); the reference merchant has none. */
  readonly bug?: MerchantBug;
  /** The merchant's idea of now for signature timestamps (default Date.now). */
  readonly now?: () => number;
}

// Methods whose source is made first (client side in real life), as their docs show; the B-scan-C methods
// are created with the charge, from the scanned payment code.
const SOURCE_FIRST = new Set(['wechat_pay_mpm', 'alipayplus_mpm', 'truemoney']);

/**
 * A small POS backend, written the way Omise's docs advise: create the charge, verify each webhook's
 * signature, fetch the charge again instead of trusting the webhook body, fulfil each order once, refund
 * only what Omise accepted. Each MerchantBug turns one of those habits off.
 */
export function createPosMerchant(options: PosMerchantOptions) {
  const { bug } = options;
  const omise = createOmiseClient(options.omise);
  const orders = new Orders();
  const app = new Hono();

  app.onError((error, c) => {
    const status = error instanceof OmiseApiError ? 502 : 500;
    return c.json(
      { error: error.message, code: error instanceof OmiseApiError ? error.code : 'internal' },
      status,
    );
  });

  app.post('/checkout', async (c) => {
    const body = (await c.req.json()) as Record<string, unknown>;
    const orderId = String(body.orderId);
    const charge = await omise.createCharge({
      amount: body.amount,
      currency: body.currency,
      source: await chargeSource(body),
      metadata: { order_id: orderId },
      ...(body.method === 'truemoney' && { return_uri: `https://pos.example/orders/${orderId}/complete` }),
    });
    orders.add(orderId, charge.id, Number(body.amount));
    return c.json({ chargeId: charge.id });
  });

  const chargeSource = async (body: Record<string, unknown>) => {
    const source = { type: body.method, barcode: body.barcode, phone_number: body.phoneNumber };
    if (!SOURCE_FIRST.has(String(body.method))) return source;
    return (await omise.createSource({ ...source, amount: body.amount, currency: body.currency })).id;
  };

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
    await omise.createRefund(order.chargeId, amount);
    syncOrder(
      order,
      (await omise.retrieveCharge(order.chargeId)) as unknown as ChargeView,
      'refund.create',
      bug,
    );
    return c.json({ ok: true });
  });

  app.post('/webhooks/omise', async (c) => {
    const raw = await c.req.text();
    const signed = verifyOmiseSignature(raw, c.req.raw.headers, options.webhookSecret, {
      now: options.now?.(),
    });
    if (!signed && bug !== 'skips-signature-check') return c.json({ error: 'bad signature' }, 401);
    const event = JSON.parse(raw) as { key: string; data: Record<string, unknown> };
    const chargeId = String(event.key.startsWith('charge.') ? event.data.id : event.data.charge);
    const order = orders.byCharge(chargeId);
    if (!order) return c.json({ ignored: true });
    const outOfOrder = event.key === 'charge.complete' && !order.seenEvents.has('charge.create');
    order.seenEvents.add(event.key);
    // The broken variant acts on charge.complete only, and only after it has seen charge.create.
    if (bug === 'loses-out-of-order-events' && (event.key === 'charge.create' || outOfOrder)) {
      return c.json({ ignored: true });
    }
    const trustsBody =
      (bug === 'trusts-webhook-payload' || bug === 'skips-signature-check') &&
      event.key.startsWith('charge.');
    let charge: ChargeView;
    try {
      charge = trustsBody
        ? (event.data as unknown as ChargeView)
        : ((await omise.retrieveCharge(chargeId)) as unknown as ChargeView);
    } catch (error) {
      if (bug === 'swallows-provider-errors') return c.json({ ignored: true });
      throw error;
    }
    syncOrder(order, charge, event.key, bug);
    return c.json({ ok: true });
  });

  return { app, orders };
}
