import type { CheckoutOrder, MerchantOrder, MerchantUnderTest } from './merchant-under-test.js';

/** Sends one request to the merchant: path relative to its base (`/checkout`), JSON body if any. */
export type MerchantRequest = (method: string, path: string, init: RequestInit) => Promise<Response>;

/**
 * The merchant test protocol as the scenarios speak it: `POST /checkout` (a CheckoutOrder, answers
 * `{ chargeId }`), `GET /orders/:id` (a MerchantOrder), `POST /orders/:id/refund` (`{ amount }`). Any answer
 * but a 2xx is a refusal. `orderKey` maps the scenario's order ids to the merchant's.
 */
export function merchantProtocol(
  request: MerchantRequest,
  orderKey: (orderId: string) => string = (orderId) => orderId,
): Pick<MerchantUnderTest, 'checkout' | 'order' | 'refund'> {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await request(method, path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const orderPath = (orderId: string) => `/orders/${encodeURIComponent(orderKey(orderId))}`;
  return {
    async checkout(order: CheckoutOrder) {
      return (await call('POST', '/checkout', { ...order, orderId: orderKey(order.orderId) })) as {
        chargeId: string;
      };
    },
    async order(orderId: string) {
      return (await call('GET', orderPath(orderId))) as unknown as MerchantOrder;
    },
    async refund(orderId: string, amount: number) {
      await call('POST', `${orderPath(orderId)}/refund`, { amount });
    },
  };
}
