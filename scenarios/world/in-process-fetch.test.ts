import { afterAll, expect, test } from 'vitest';
import { createSimulator } from '../../simulator/create-simulator.js';
import { inProcessFetch } from './in-process-fetch.js';

const sim = createSimulator({ seed: 7, limits: { maxBodyBytes: 2000 } });
afterAll(() => sim.close());
const headers = { authorization: `Basic ${Buffer.from('skey_test_inproc:').toString('base64')}` };
const charge = { amount: 150000, currency: 'THB', source: { type: 'wechat_pay_upm', barcode: '1' } };

async function answer(response: Response) {
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

test('answers a string body as a Fetch Request carrying it would be answered', async () => {
  const init = { method: 'POST', headers: { ...headers, 'content-type': 'application/json' } };
  const body = JSON.stringify({ ...charge, description: 'ภาษาไทย' });
  const fast = await answer(await inProcessFetch(sim)('http://sim/charges', { ...init, body }));
  const slow = await answer(await sim.fetch(new Request('http://sim/charges', { ...init, body })));
  expect(JSON.parse(fast.text).description).toBe('ภาษาไทย');
  expect({ ...fast, text: '' }).toEqual({ ...slow, text: '' });
  const journal = await sim.request('/_sim/requests', { headers });
  expect(await journal.text()).toContain('ภาษาไทย');
});

test('gives a body without a content type the default one a Request gives it', async () => {
  const body = 'amount=150000&currency=THB';
  const init = { method: 'POST', headers, body };
  const fast = await answer(await inProcessFetch(sim)('http://sim/charges', init));
  const slow = await answer(await sim.fetch(new Request('http://sim/charges', init)));
  expect(fast).toEqual(slow);
});

test('refuses a body over the limit with the same 413', async () => {
  const init = { method: 'POST', headers, body: 'x'.repeat(2001) };
  const fast = await answer(await inProcessFetch(sim)('http://sim/charges', init));
  expect(fast).toEqual(await answer(await sim.fetch(new Request('http://sim/charges', init))));
  expect(fast.status).toBe(413);
});

test('keeps the TypeError of a GET with a body', async () => {
  await expect(inProcessFetch(sim)('http://sim/charges', { headers, body: 'a=1' })).rejects.toThrow(
    TypeError,
  );
});

test('answers a GET as the Fetch handler does, with the text in hand instead of a web stream', async () => {
  const created = await (
    await inProcessFetch(sim)('http://sim/charges', {
      method: 'POST',
      headers,
      body: 'amount=150000&currency=THB&source[type]=wechat_pay_upm&source[barcode]=1',
    })
  ).json();
  const path = `http://sim/charges/${(created as { id: string }).id}`;
  const fast = await inProcessFetch(sim)(path, { headers });
  expect(fast.constructor.name).toBe('KnownTextResponse');
  expect(fast).toBeInstanceOf(Response);
  expect(await answer(fast)).toEqual(await answer(await sim.fetch(new Request(path, { headers }))));
  const missing = await inProcessFetch(sim)('http://sim/charges/chrg_test_none', { headers });
  expect(await answer(missing)).toEqual(
    await answer(await sim.fetch(new Request('http://sim/charges/chrg_test_none', { headers }))),
  );
});
