// The peer under the same load as omise-sim: stripe-stateful-mock (an Express app) from the folder
// install-peer.ts filled, in a process of its own on 127.0.0.1. Prints `ready <url> <charge id>`.
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { peerAuth, peerChargeBody } from './bench-requests.js';
import { PEER_PACKAGE } from './install-peer.js';

interface ExpressApp {
  listen(port: number, host: string, ready: () => void): Server;
}

async function main(): Promise<void> {
  const folder = process.argv[2] ?? '';
  const require = createRequire(join(folder, 'node_modules', '/'));
  const peer = require(PEER_PACKAGE) as { createExpressApp(): ExpressApp };
  const server = await new Promise<Server>((resolve) => {
    const listening = peer.createExpressApp().listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const created = await fetch(`${url}/v1/charges`, {
    method: 'POST',
    headers: { ...peerAuth, 'content-type': 'application/x-www-form-urlencoded' },
    body: peerChargeBody,
  });
  const { id } = (await created.json()) as { id: string };
  console.log(`ready ${url} ${id}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
