import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { httpMerchant } from './http-merchant.js';

test('stopping a run cuts off a call the merchant never answered, so nothing keeps the process alive', async () => {
  // A merchant that reads every request and answers none.
  const server = createServer((request) => request.resume());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const merchant = httpMerchant(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const checkout = merchant.checkout({
      orderId: 'order-1',
      amount: 2000,
      currency: 'THB',
      method: 'wechat_pay_mpm',
    });
    const outcome = checkout.then(
      () => 'answered',
      () => 'cut off',
    );
    await merchant.stop?.();
    expect(await outcome).toBe('cut off');
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
