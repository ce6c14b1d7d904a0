import { inProcessRequest } from '../../scenarios/in-process-request.js';
import { merchantHooks } from '../../scenarios/merchant-hooks.js';
import { merchantProtocol } from '../../scenarios/merchant-protocol.js';
import type { MerchantUnderTest } from '../../scenarios/merchant-under-test.js';
import type { MerchantBug } from './bugs.js';
import { createPosMerchant } from './create-pos-merchant.js';

export interface PosVariant {
  /** Acknowledges webhooks at once and applies them in a background worker. */
  readonly async?: boolean;
  /** Offers the settled() hook (default true); without it the harness waits out its grace period. */
  readonly settledHook?: boolean;
  /** Gives up on Omise API calls after this many ms, and says so (the harness then tries late answers). */
  readonly apiTimeoutMs?: number;
}

/** The reference POS backend (or one of its broken variants) as the scenarios drive it, in-process. */
export function posMerchantUnderTest(bug?: MerchantBug, variant: PosVariant = {}): MerchantUnderTest {
  let app: ReturnType<typeof createPosMerchant>['app'] | undefined;
  const request = async (_method: string, path: string, init: RequestInit) => {
    if (!app) throw new Error('the merchant was not started');
    return inProcessRequest(app, path, init);
  };
  const hooks = variant.settledHook === false ? (['tick', 'browser_return'] as const) : undefined;
  return {
    ...merchantProtocol(request),
    ...merchantHooks(request, hooks),
    ...(variant.apiTimeoutMs !== undefined && { apiTimeoutMs: variant.apiTimeoutMs }),
    async start(sim) {
      const merchant = createPosMerchant({
        omise: {
          baseUrl: sim.baseUrl,
          fetch: sim.fetch,
          secretKey: sim.secretKey,
          timeoutMs: variant.apiTimeoutMs,
        },
        webhookSecret: sim.webhookSecret,
        bug,
        async: variant.async,
      });
      app = merchant.app;
      return { webhook: async (request) => merchant.app.fetch(request) };
    },
    async stop() {
      app = undefined;
    },
  };
}
