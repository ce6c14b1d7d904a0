import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { MerchantBug } from './bugs.js';
import { posMerchantService } from './pos-merchant-service.js';

export interface ServeOptions {
  /** The running omise-sim, e.g. http://127.0.0.1:4100 (with secretKey: set up for that account now). */
  readonly simUrl?: string;
  readonly secretKey?: string;
  readonly bug?: MerchantBug;
  readonly async?: boolean;
  readonly port?: number;
}

/**
 * Runs the POS backend over HTTP. Given a simulator and a key it uses that account (with its webhook
 * secret) from the start; either way `POST /test/setup` points it at another.
 */
export async function servePosMerchant(
  options: ServeOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const service = posMerchantService({
    bug: options.bug,
    async: options.async,
    initial:
      options.simUrl && options.secretKey ? await accountOf(options.simUrl, options.secretKey) : undefined,
  });
  return new Promise((resolve) => {
    const server = serve(
      { fetch: service.fetch, port: options.port ?? 4300, hostname: '127.0.0.1' },
      (info: AddressInfo) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () => new Promise((done) => server.close(() => done())),
        }),
    );
  });
}

async function accountOf(simUrl: string, secretKey: string) {
  const authorization = `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}`;
  const settings = await fetch(`${simUrl}/_sim/webhooks`, { headers: { authorization } });
  if (!settings.ok) throw new Error(`cannot read the webhook secret from ${simUrl}: ${settings.status}`);
  const { secret } = (await settings.json()) as { secret: string };
  return { omiseUrl: simUrl, secretKey, webhookSecret: secret };
}
