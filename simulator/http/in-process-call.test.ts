import { afterAll, expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { inProcessCall } from './in-process-call.js';

const sim = createSimulator({ seed: 11, limits: { maxBodyBytes: 2000 } });
afterAll(() => sim.close());
const headers = { authorization: `Basic ${Buffer.from('skey_test_direct:').toString('base64')}` };
const json = { ...headers, 'content-type': 'application/json' };
const charge = { amount: 150000, currency: 'THB', source: { type: 'wechat_pay_upm', barcode: '1' } };

async function overFetch(
  method: string,
  path: string,
  init: { headers: Record<string, string>; body?: string },
) {
  const response = await sim.fetch(new Request(`http://sim${path}`, { method, ...init }));
  return { status: response.status, text: await response.text() };
}

test('answers with the status and text a Fetch request gets', async () => {
  const body = JSON.stringify({ ...charge, description: 'ภาษาไทย' });
  const created = await inProcessCall(sim.app, { method: 'POST', path: '/charges', headers: json, body });
  expect(created.status).toBe(200);
  const { id } = JSON.parse(created.text) as { id: string };
  const direct = await inProcessCall(sim.app, { method: 'GET', path: `/charges/${id}`, headers });
  expect(direct).toEqual(await overFetch('GET', `/charges/${id}`, { headers }));
  const list = { method: 'GET', path: '/charges?limit=1&order=chronological', headers };
  expect(await inProcessCall(sim.app, list)).toEqual(await overFetch('GET', list.path, { headers }));
});

test('answers errors, form bodies and unknown paths as a Fetch request gets them', async () => {
  const calls = [
    { method: 'POST', path: '/charges', headers: json, body: '{"amount":' },
    { method: 'POST', path: '/charges', headers, body: 'amount=150000&currency=THB' },
    { method: 'POST', path: '/charges', headers, body: 'x'.repeat(2001) },
    { method: 'GET', path: '/charges/chrg_test_missing', headers },
    { method: 'GET', path: '/nowhere', headers },
    { method: 'GET', path: '/charges', headers: {} },
  ];
  for (const call of calls) {
    const { method, path, ...init } = call;
    expect(await inProcessCall(sim.app, call)).toEqual(await overFetch(method, path, init));
  }
});

test('journals the call with its bodies, as any request', async () => {
  const body = JSON.stringify({ ...charge, description: 'journaled in-process' });
  await inProcessCall(sim.app, { method: 'POST', path: '/charges', headers: json, body });
  const journal = await inProcessCall(sim.app, { method: 'GET', path: '/_sim/requests', headers });
  expect(journal.text).toContain('journaled in-process');
});

test('makes the URLs in its answers from the origin it is given', async () => {
  const body = JSON.stringify({ amount: 150000, currency: 'THB', source: { type: 'wechat_pay_mpm' } });
  const call = { method: 'POST', path: '/charges', headers: json, body };
  const answer = await inProcessCall(sim.app, call, 'http://127.0.0.1:4100');
  expect(answer.text).toContain('http://127.0.0.1:4100/');
  expect(answer.text).not.toContain('.invalid');
});

test('reads header names in any case, as a Fetch Headers object does', async () => {
  const call = { method: 'GET', path: '/_sim/clock', headers: { Authorization: headers.authorization } };
  expect((await inProcessCall(sim.app, call)).status).toBe(200);
});

test('answers JSON without a body stream and as a Fetch request gets, with no request journal too', async () => {
  const quiet = createSimulator({ seed: 11, journalSize: 0 });
  const fetched = async (
    method: string,
    path: string,
    init: { headers: Record<string, string>; body?: string },
  ) => {
    const response = await quiet.fetch(new Request(`http://sim${path}`, { method, ...init }));
    return { status: response.status, text: await response.text() };
  };
  try {
    const body = JSON.stringify(charge);
    const created = await inProcessCall(quiet.app, { method: 'POST', path: '/charges', headers: json, body });
    const { id } = JSON.parse(created.text) as { id: string };
    // A frozen clock, so the clock's answer is the same to both clients.
    await inProcessCall(quiet.app, { method: 'POST', path: '/_sim/clock/freeze', headers });
    const calls = [
      { method: 'GET', path: `/charges/${id}`, headers },
      { method: 'GET', path: '/_sim/clock', headers },
      { method: 'GET', path: '/charges/chrg_test_missing', headers },
      { method: 'POST', path: '/charges', headers: json, body: '{"amount":' },
    ];
    for (const call of calls) {
      const { method, path, ...init } = call;
      expect(await inProcessCall(quiet.app, call)).toEqual(await fetched(method, path, init));
    }
    // The text is handed over as it was written: no answer carries a body stream to read it back from.
    const bodies: unknown[] = [];
    const app = {
      fetch: async (request: Request, env: unknown) => {
        const response = await quiet.app.fetch(request, env as never);
        bodies.push(response.body);
        return response;
      },
    } as unknown as typeof quiet.app;
    for (const call of calls) await inProcessCall(app, call);
    expect(bodies).toEqual(calls.map(() => null));
  } finally {
    await quiet.close();
  }
});

test('answers a HEAD request with no text, as a Fetch request gets it', async () => {
  const created = await inProcessCall(sim.app, {
    method: 'POST',
    path: '/charges',
    headers: json,
    body: JSON.stringify(charge),
  });
  const { id } = JSON.parse(created.text) as { id: string };
  const head = await inProcessCall(sim.app, { method: 'HEAD', path: `/charges/${id}`, headers });
  expect(head).toEqual({ status: 200, text: '' });
  expect(head).toEqual(await overFetch('HEAD', `/charges/${id}`, { headers }));
});

test('a lost answer keeps none of the operation text it replaced', async () => {
  const faulty = createSimulator({ seed: 12 });
  try {
    const fault = { mode: 'lost', operation: 'create_charge' };
    await inProcessCall(faulty.app, {
      method: 'POST',
      path: '/_sim/api_faults',
      headers: json,
      body: JSON.stringify(fault),
    });
    const call = { method: 'POST', path: '/charges', headers: json, body: JSON.stringify(charge) };
    const lost = await inProcessCall(faulty.app, call);
    expect(lost.text).toBe('');
    await inProcessCall(faulty.app, {
      method: 'POST',
      path: '/_sim/api_faults',
      headers: json,
      body: JSON.stringify({ ...fault, status: 503 }),
    });
    const answered = await inProcessCall(faulty.app, call);
    expect(answered.status).toBe(503);
    expect(JSON.parse(answered.text)).toMatchObject({ object: 'error', code: 'service_unavailable' });
  } finally {
    await faulty.close();
  }
});
