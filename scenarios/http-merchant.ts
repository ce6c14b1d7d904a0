import { randomBytes } from 'node:crypto';
import { type MerchantHook, merchantHooks } from './merchant-hooks.js';
import { merchantProtocol } from './merchant-protocol.js';
import type { MerchantUnderTest, SimulatorAccess } from './merchant-under-test.js';

/** What a merchant answers to `POST /test/setup`: everything optional. */
interface SetupAnswer {
  readonly webhookUrl?: string;
  readonly hooks?: readonly MerchantHook[];
  readonly apiTimeoutMs?: number;
}

/**
 * A merchant service running at `url`, driven over HTTP with the merchant test protocol (merchant-protocol.ts,
 * merchant-hooks.ts). Each run first sends `POST /test/setup` with the run's fresh account (Omise URL, keys,
 * webhook secret); a merchant that refuses it (4xx) must already use the scenario's account. Webhooks go
 * to `POST /webhooks/omise` (or `webhookUrl`, or what setup answers). Order ids get a run tag, so a replay
 * never collides with the merchant's older orders.
 */
export function httpMerchant(url: string, options: { webhookUrl?: string } = {}): MerchantUnderTest {
  const base = url.replace(/\/$/, '');
  const tag = randomBytes(3).toString('hex');
  // Aborted when a run stops: a call the merchant never answered must not keep the process alive.
  let calls = new AbortController();
  const request = (_method: string, path: string, init: RequestInit) =>
    fetch(`${base}${path}`, { ...init, signal: calls.signal });
  // Mutable: what the merchant can do is known only once setup answers.
  const merchant: { -readonly [K in keyof MerchantUnderTest]: MerchantUnderTest[K] } = {
    ...merchantProtocol(request, (orderId) => `${orderId}-${tag}`),
    remote: true,
    url: base,
    async stop() {
      calls.abort(new Error('the run stopped'));
      calls = new AbortController();
    },
    async start(sim) {
      const answer = await setUp(base, sim);
      for (const hook of ['settled', 'tick', 'browserReturn', 'apiTimeoutMs'] as const) delete merchant[hook];
      if (answer) {
        Object.assign(merchant, merchantHooks(request, answer.hooks ?? []));
        if (answer.apiTimeoutMs !== undefined) merchant.apiTimeoutMs = answer.apiTimeoutMs;
      }
      return { webhookUrl: options.webhookUrl ?? answer?.webhookUrl ?? `${base}/webhooks/omise` };
    },
  };
  return merchant;
}

async function setUp(base: string, sim: SimulatorAccess): Promise<SetupAnswer | null> {
  const response = await fetch(`${base}/test/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      omiseUrl: sim.baseUrl,
      publicKey: sim.publicKey,
      secretKey: sim.secretKey,
      webhookSecret: sim.webhookSecret,
    }),
  });
  const text = await response.text();
  // Any refusal (404, 405, a 401 of an auth layer): a merchant that predates setup, on a fixed account.
  if (response.status >= 400 && response.status < 500) return null;
  if (!response.ok) throw new Error(`POST ${base}/test/setup: ${response.status} ${text.slice(0, 200)}`);
  return (text ? JSON.parse(text) : {}) as SetupAnswer;
}
