import { expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';

const headers = {
  authorization: `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`,
  'content-type': 'application/x-www-form-urlencoded',
};
const body = 'amount=150000&currency=THB&source[type]=wechat_pay_mpm';

test('refuses a Host longer than any DNS name with a 400, and makes no charge', async () => {
  const sim = createSimulator({ log: () => {} });
  try {
    const host = `${Array.from({ length: 60 }, () => 'a'.repeat(60)).join('.')}.com`;
    const refused = await sim.request(`http://${host}/charges`, { method: 'POST', headers, body });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      object: 'error',
      code: 'bad_request',
      message: 'Host is invalid',
    });
    const listed = await sim.request('/charges', { headers });
    expect(await listed.json()).toMatchObject({ total: 0 });
    // The longest valid name still works, QR included.
    const longest = `${Array.from({ length: 4 }, () => 'b'.repeat(62)).join('.')}.c`;
    const made = await sim.request(`http://${longest}/charges`, { method: 'POST', headers, body });
    expect(made.status).toBe(200);
    const uri = new URL(
      ((await made.json()) as { source: { scannable_code: { image: { download_uri: string } } } }).source
        .scannable_code.image.download_uri,
    );
    expect((await sim.request(`http://${longest}${uri.pathname}?format=png`)).status).toBe(200);
  } finally {
    await sim.close();
  }
});
