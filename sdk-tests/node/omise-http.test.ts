import { afterAll, describe, test } from 'vitest';
import { createSimulator, type RunningServer } from '../../simulator/index.js';
import { describeOmiseCardSdk } from './omise-card-suite.js';
import { describePromptPayFlow } from './omise-sdk-promptpay.js';
import { describeOmiseSdk } from './omise-sdk-suite.js';

// The omise npm SDK over real HTTP. It has no port option (`host: '127.0.0.1:4100'` fails with ENOTFOUND),
// so the simulator must listen on port 80 with `scheme: 'http'`. `npm run test:sdks` passes the one it
// started (OMISE_SIM_HTTP_HOST); alone, this file starts its own, and skips where port 80 can't be bound.
const account = process.env.OMISE_SIM_NODE_ACCOUNT ?? 'sdk_node_http';
const host = process.env.OMISE_SIM_HTTP_HOST ?? (await listenOnPort80());

if (host) {
  describeOmiseSdk(`omise npm SDK over HTTP (http://${host}, port 80)`, () => ({
    config: { host, scheme: 'http' },
    publicKey: `pkey_test_${account}`,
    secretKey: `skey_test_${account}`,
  }));
  describeOmiseCardSdk(`omise npm SDK card flows over HTTP (http://${host}, port 80)`, () => ({
    config: { host, vaultHost: host, scheme: 'http' },
    publicKey: `pkey_test_${account}_cards`,
    secretKey: `skey_test_${account}_cards`,
  }));
  describePromptPayFlow(`a PromptPay checkout over HTTP (http://${host}, port 80)`, () => ({
    config: { host, scheme: 'http' },
    publicKey: `pkey_test_${account}_promptpay`,
    secretKey: `skey_test_${account}_promptpay`,
  }));
} else {
  describe('omise npm SDK over HTTP', () => {
    test.skip('skipped: port 80 cannot be bound here (the SDK has no port option; run as root or grant CAP_NET_BIND_SERVICE)', () => {});
  });
}

async function listenOnPort80(): Promise<string | null> {
  const sim = createSimulator({ log: () => {} });
  let server: RunningServer;
  try {
    server = await sim.listen({ port: 80, host: '127.0.0.1' });
  } catch (error) {
    await sim.close();
    console.warn(
      `omise npm SDK over HTTP skipped: cannot listen on 127.0.0.1:80 (${(error as Error).message})`,
    );
    return null;
  }
  afterAll(() => sim.close());
  return new URL(server.url).hostname;
}
