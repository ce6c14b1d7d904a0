import { randomBytes } from 'node:crypto';
import { merchantProtocol } from './merchant-protocol.js';
import type { MerchantUnderTest } from './merchant-under-test.js';

/**
 * A merchant already running at `url`, driven over HTTP with the merchant test protocol (merchant-protocol.ts)
 * and webhooks at `POST /webhooks/omise` (or `webhookUrl`). It must already use the simulator and the account
 * the scenario runs in. Order ids get a run tag, so a replay never collides with the merchant's older orders.
 */
export function httpMerchant(url: string, options: { webhookUrl?: string } = {}): MerchantUnderTest {
  const base = url.replace(/\/$/, '');
  const tag = randomBytes(3).toString('hex');
  return {
    ...merchantProtocol(
      (_method, path, init) => fetch(`${base}${path}`, init),
      (orderId) => `${orderId}-${tag}`,
    ),
    async start() {
      return { webhookUrl: options.webhookUrl ?? `${base}/webhooks/omise` };
    },
  };
}
