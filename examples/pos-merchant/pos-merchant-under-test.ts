import { merchantProtocol } from '../../scenarios/merchant-protocol.js';
import type { MerchantUnderTest } from '../../scenarios/merchant-under-test.js';
import type { MerchantBug } from './bugs.js';
import { createPosMerchant } from './create-pos-merchant.js';

/** The reference POS backend (or one of its broken variants) as the scenarios drive it, in-process. */
export function posMerchantUnderTest(bug?: MerchantBug): MerchantUnderTest {
  let app: ReturnType<typeof createPosMerchant>['app'] | undefined;
  return {
    ...merchantProtocol(async (_method, path, init) => {
      if (!app) throw new Error('the merchant was not started');
      return app.request(path, init);
    }),
    async start(sim) {
      const merchant = createPosMerchant({
        omise: { baseUrl: sim.baseUrl, fetch: sim.fetch, secretKey: sim.secretKey },
        webhookSecret: sim.webhookSecret,
        bug,
      });
      app = merchant.app;
      return { webhook: async (request) => merchant.app.fetch(request) };
    },
    async stop() {
      app = undefined;
    },
  };
}
