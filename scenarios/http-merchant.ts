import { randomBytes } from 'node:crypto';
import type { CheckoutOrder, MerchantOrder, MerchantUnderTest } from './merchant-under-test.js';

/**
 * A merchant already running at `url`, driven over HTTP: `POST /checkout` (a CheckoutOrder as JSON, answers
 * `{ chargeId }`), `GET /orders/:id` (a MerchantOrder), `POST /orders/:id/refund` (`{ amount }`), and its
 * webhook at `POST /webhooks/omise` (or `webhookUrl`). It must already use the simulator and the account
 * the scenario runs in. Order ids get a run tag, so a replay never collides with the merchant's older orders.
 */
export function httpMerchant(url: string, options: { webhookUrl?: string } = {}): MerchantUnderTest {
  const base = url.replace(/\/$/, '');
  const tag = randomBytes(3).toString('hex');
  const id = (orderId: string) => encodeURIComponent(`${orderId}-${tag}`);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    async start() {
      return { webhookUrl: options.webhookUrl ?? `${base}/webhooks/omise` };
    },
    async checkout(order: CheckoutOrder) {
      return (await call('POST', '/checkout', { ...order, orderId: `${order.orderId}-${tag}` })) as {
        chargeId: string;
      };
    },
    async order(orderId: string) {
      return (await call('GET', `/orders/${id(orderId)}`)) as unknown as MerchantOrder;
    },
    async refund(orderId: string, amount: number) {
      await call('POST', `/orders/${id(orderId)}/refund`, { amount });
    },
  };
}
