import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { MerchantBug } from './bugs.js';
import { createPosMerchant } from './create-pos-merchant.js';

export interface ServeOptions {
  /** The running omise-sim, e.g. http://127.0.0.1:4100. */
  readonly simUrl: string;
  readonly secretKey: string;
  readonly bug?: MerchantBug;
  readonly port?: number;
}

/** Runs the POS backend over HTTP against a running simulator, with the account's webhook secret. */
export async function servePosMerchant(
  options: ServeOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const authorization = `Basic ${Buffer.from(`${options.secretKey}:`).toString('base64')}`;
  const settings = await fetch(`${options.simUrl}/_sim/webhooks`, { headers: { authorization } });
  if (!settings.ok)
    throw new Error(`cannot read the webhook secret from ${options.simUrl}: ${settings.status}`);
  const { secret } = (await settings.json()) as { secret: string };
  const { app } = createPosMerchant({
    omise: { baseUrl: options.simUrl, fetch, secretKey: options.secretKey },
    webhookSecret: secret,
    bug: options.bug,
  });
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 4300, hostname: '127.0.0.1' },
      (info: AddressInfo) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () => new Promise((done) => server.close(() => done())),
        }),
    );
  });
}
