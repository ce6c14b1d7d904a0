import { Hono } from 'hono';
import type { MerchantBug } from './bugs.js';
import { createPosMerchant } from './create-pos-merchant.js';

export interface PosServiceOptions {
  readonly bug?: MerchantBug;
  readonly async?: boolean;
  /** Set up from the start (legacy: a QA replay with --key); otherwise it waits for POST /test/setup. */
  readonly initial?: {
    readonly omiseUrl: string;
    readonly secretKey: string;
    readonly webhookSecret: string;
  };
}

interface Setup {
  readonly omiseUrl: string;
  readonly secretKey: string;
  readonly webhookSecret: string;
}

/**
 * The POS backend as a service speaking the whole merchant test protocol: `POST /test/setup` gives it a
 * scenario run's account (fresh books each time), everything else goes to the backend of the last setup.
 */
export function posMerchantService(options: PosServiceOptions): Hono {
  let current: Hono | undefined;
  const setUp = (setup: Setup) => {
    current = createPosMerchant({
      omise: { baseUrl: setup.omiseUrl.replace(/\/$/, ''), fetch, secretKey: setup.secretKey },
      webhookSecret: setup.webhookSecret,
      bug: options.bug,
      async: options.async,
    }).app;
  };
  if (options.initial) setUp(options.initial);
  const service = new Hono();
  service.post('/test/setup', async (c) => {
    setUp((await c.req.json()) as Setup);
    return c.json({ hooks: ['settled', 'tick', 'browser_return'] });
  });
  service.all('*', (c) => (current ? current.fetch(c.req.raw) : c.json({ error: 'not set up' }, 503)));
  return service;
}
