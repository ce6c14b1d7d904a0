import { request } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSimulator, type RunningServer } from '../create-simulator.js';

const sim = createSimulator({ log: () => {} });
let server: RunningServer;
beforeAll(async () => {
  server = await sim.listen({ port: 0 });
});
afterAll(() => sim.close());

/** What omise-go and omise-python do: list parameters as a JSON body on a GET. */
function getWithJsonBody(path: string, body: unknown): Promise<Record<string, unknown>> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, {
      method: 'GET',
      headers: {
        authorization: `Basic ${Buffer.from('skey_test_getbody:').toString('base64')}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve(JSON.parse(text) as Record<string, unknown>));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

test('reads list parameters from the JSON body of a GET over HTTP', async () => {
  const list = await getWithJsonBody('/charges', { limit: 3, offset: 2, order: null, from: null, to: null });
  expect(list).toMatchObject({ object: 'list', limit: 3, offset: 2, order: 'chronological' });
});
