import type { CheckoutOrder, MerchantOrder, MerchantUnderTest } from '../../scenarios/merchant-under-test.js';
import type { MerchantBug } from './bugs.js';
import { createPosMerchant } from './create-pos-merchant.js';

/** The reference POS backend (or one of its broken variants) as the scenarios drive it, in-process. */
export function posMerchantUnderTest(bug?: MerchantBug): MerchantUnderTest {
  let app: ReturnType<typeof createPosMerchant>['app'] | undefined;
  const call = async (method: string, path: string, body?: unknown) => {
    if (!app) throw new Error('the merchant was not started');
    const response = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status !== 200)
      throw new Error(`${method} ${path}: ${response.status} ${String(json.error)}`);
    return json;
  };
  return {
    async start(sim) {
      const merchant = createPosMerchant({
        omise: { baseUrl: sim.baseUrl, fetch: sim.fetch, secretKey: sim.secretKey },
        webhookSecret: sim.webhookSecret,
        bug,
      });
      app = merchant.app;
      return { webhook: async (request) => merchant.app.fetch(request) };
    },
    async checkout(order: CheckoutOrder) {
      return (await call('POST', '/checkout', order)) as { chargeId: string };
    },
    async order(orderId: string) {
      return (await call('GET', `/orders/${orderId}`)) as unknown as MerchantOrder;
    },
    async refund(orderId: string, amount: number) {
      await call('POST', `/orders/${orderId}/refund`, { amount });
    },
    async stop() {
      app = undefined;
    },
  };
}
