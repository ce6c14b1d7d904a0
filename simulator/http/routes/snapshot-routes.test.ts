import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createSimulator } from '../../create-simulator.js';
import { messages } from '../../errors/messages.js';
import { SNAPSHOT_MAX_VALUES } from '../../snapshot/snapshot-file.js';
import { snapshotMessages } from '../../snapshot/snapshot-messages.js';
import { type Body, createPendingCharge, type TestApi, testApi } from '../../test-support/test-api.js';

const START = '2024-03-04T05:00:00Z';
const opened: TestApi[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((api) => api.sim.close()));
});

function open(account = 'shop', options: Parameters<typeof testApi>[1] = {}): TestApi {
  const api = testApi(account, options);
  opened.push(api);
  return api;
}

async function shopWithCharge(): Promise<{ api: TestApi; file: Body; charge: Body }> {
  const api = open();
  api.freezeAt(START);
  const charge = await createPendingCharge(api, 'wechat_pay_mpm');
  await api.post(`/charges/${charge.id}/mark_as_paid`);
  const file = (await api.get('/_sim/snapshot')).body;
  return { api, file, charge };
}

const put = (api: TestApi, file: unknown, query = '') =>
  api.send('PUT', `/_sim/snapshot${query}`, file as Body, { json: true });

/** Deep copy of the file with one change. */
function changed(file: Body, change: (copy: Body) => void): Body {
  const copy = structuredClone(file);
  change(copy);
  return copy;
}

const account0 = (file: Body) => (file.accounts as Body[])[0] as Body;
const records0 = (file: Body) => account0(file).records as Record<string, Body[]>;

test('exports the account of the key as a versioned file', async () => {
  const { api, file, charge } = await shopWithCharge();
  const response = await api.sim.request('/_sim/snapshot', {
    headers: { authorization: `Basic ${btoa('skey_test_shop:')}` },
  });
  expect(response.headers.get('content-disposition')).toBe('attachment; filename="omise-sim-shop.json"');
  expect(file).toMatchObject({ format: 'omise-sim/snapshot', version: 1 });
  expect(account0(file)).toMatchObject({
    name: 'shop',
    api_version: '2019-05-29',
    clock: { now_ms: Date.parse(START), frozen: true },
  });
  expect(records0(file).charges?.map((c) => [c.id, c.status])).toEqual([[charge.id, 'successful']]);
  expect(records0(file).events?.map((e) => (e.event as Body).key)).toEqual([
    'charge.create',
    'charge.complete',
  ]);
});

test.each([
  ['not a snapshot', { hello: 1 }, snapshotMessages.notASnapshot('format is not "omise-sim/snapshot"')],
  [
    'an export time that is an object, not a string',
    (f: Body) => Object.assign(f, { exported_at: {} }),
    snapshotMessages.invalidAt('exported_at'),
  ],
  [
    'a newer version',
    (f: Body) => Object.assign(f, { version: 2 }),
    snapshotMessages.notASnapshot('version must be 1 to 1'),
  ],
  [
    'an amount that is not a number',
    (f: Body) => Object.assign(records0(f).charges?.[0] ?? {}, { amount: '1500' }),
    snapshotMessages.invalidAt('accounts[0].records.charges[0].amount'),
  ],
  [
    'an unknown payment method',
    (f: Body) => Object.assign(records0(f).sources?.[0] ?? {}, { type: 'card' }),
    snapshotMessages.invalidAt('accounts[0].records.sources[0].type'),
  ],
  [
    'a refund of a charge not in the file',
    (f: Body) =>
      records0(f).refunds?.push({
        id: 'rfnd_test_x',
        chargeId: 'chrg_test_missing',
        amount: 1,
        currency: 'THB',
        createdAt: 0,
        transactionId: 'trxn_test_x',
        voided: false,
        metadata: {},
      }),
    snapshotMessages.unknownReference('accounts[0].records.refunds[0].chargeId', 'chrg_test_missing'),
  ],
  [
    'the same event twice',
    (f: Body) => records0(f).events?.push(structuredClone(records0(f).events?.[0] ?? {})),
    'repeats the id',
  ],
  [
    'a webhook secret that is not base64',
    (f: Body) => Object.assign((account0(f).webhooks as Body).settings as Body, { secret: 'not base64!' }),
    'snapshot field accounts[0].webhooks.settings: secret must be base64',
  ],
  [
    'a running clock whose offset leaves the calendar',
    (f: Body) => Object.assign(account0(f).clock as Body, { frozen: false, offset_ms: 2 ** 52 }),
    snapshotMessages.invalidAt('accounts[0].clock.offset_ms'),
  ],
  [
    'a clock that is not a time',
    (f: Body) => Object.assign(account0(f).clock as Body, { now_ms: -5 }),
    snapshotMessages.invalidAt('accounts[0].clock.now_ms'),
  ],
])('refuses %s with a 400 and changes nothing', async (_, bad, message) => {
  const { file } = await shopWithCharge();
  const target = open('target');
  target.freezeAt('2025-01-01T00:00:00Z');
  const charge = await createPendingCharge(target, 'truemoney');
  const before = [(await target.get('/charges')).body, (await target.get('/_sim/clock')).body];
  const body = typeof bad === 'function' ? changed(file, bad as (f: Body) => void) : bad;
  const response = await put(target, body);
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ object: 'error', code: 'bad_request' });
  expect(response.body.message).toContain(message);
  expect([(await target.get('/charges')).body, (await target.get('/_sim/clock')).body]).toEqual(before);
  expect((await target.get(`/charges/${charge.id}`)).status).toBe(200);
});

test('imports a one-account file into the account of the key, replacing what it had', async () => {
  const { file, charge } = await shopWithCharge();
  const other = open('staging');
  await createPendingCharge(other, 'truemoney');
  const response = await put(other, file);
  expect(response.body).toMatchObject({
    object: 'sim_snapshot_import',
    accounts: [{ name: 'staging', charges: 1 }],
  });
  const list = (await other.get('/charges')).body.data as Body[];
  expect(list.map((c) => c.id)).toEqual([charge.id]);
});

test('exports and imports every account with all=true', async () => {
  const { api } = await shopWithCharge();
  const second = await api.post(
    '/charges',
    { amount: 150000, currency: 'THB', source: { type: 'wechat_pay_mpm' } },
    {
      key: 'skey_test_cafe',
    },
  );
  const all = (await api.get('/_sim/snapshot', { all: 'true' })).body;
  expect((all.accounts as Body[]).map((a) => a.name).sort()).toEqual(['cafe', 'shop']);
  const fresh = open();
  expect((await put(fresh, all)).status).toBe(400);
  expect((await put(fresh, all, '?all=true')).status).toBe(200);
  expect((await fresh.get(`/charges/${second.body.id}`, {}, { key: 'skey_test_cafe' })).status).toBe(200);
});

test('a running clock keeps its distance from real time; a pending charge whose expiry passed meanwhile expires at it', async () => {
  let real = Date.parse('2026-01-01T00:00:00Z');
  const api = open('shop', { realNow: () => real });
  await api.post('/_sim/clock/set', { to: '2024-01-01T10:00:00Z' });
  const charge = await createPendingCharge(api, 'wechat_pay_mpm');
  const file = (await api.get('/_sim/snapshot')).body;
  expect(account0(file).clock).toMatchObject({
    frozen: false,
    offset_ms: Date.parse('2024-01-01T10:00:00Z') - real,
  });
  real += 3 * 3600 * 1000;
  const later = open('shop', { realNow: () => real });
  await put(later, file);
  expect((await later.get('/_sim/clock')).body).toMatchObject({ now: '2024-01-01T13:00:00Z', frozen: false });
  expect((await later.get(`/charges/${charge.id}`)).body).toMatchObject({
    status: 'expired',
    expired_at: '2024-01-01T12:00:00Z',
  });
});

test('a seeded simulator that loads its own snapshot makes new ids, never the imported ones again', async () => {
  const { file, charge } = await shopWithCharge();
  const same = open();
  await put(same, file);
  const next = await createPendingCharge(same, 'wechat_pay_mpm');
  expect(next.id).not.toBe(charge.id);
  expect((await same.get(`/charges/${charge.id}`)).body.status).toBe('successful');
});

test('the wallet page finds an imported charge', async () => {
  const api = open();
  api.freezeAt(START);
  const charge = await createPendingCharge(api, 'wechat_pay_mpm');
  const file = (await api.get('/_sim/snapshot')).body;
  const copy = open();
  await put(copy, file);
  expect((await copy.sim.request(`/wallet/${charge.id}`)).status).toBe(200);
});

test('createSimulator({ load }) starts from a file, and refuses a bad one saying why', async () => {
  const { file, charge } = await shopWithCharge();
  const dir = mkdtempSync(join(tmpdir(), 'omise-sim-snapshot-'));
  const good = join(dir, 'good.json');
  writeFileSync(good, JSON.stringify(file));
  const loaded = createSimulator({ load: good, log: () => {} });
  const response = await loaded.request(`/charges/${charge.id}`, {
    headers: { authorization: `Basic ${btoa('skey_test_shop:')}` },
  });
  expect(((await response.json()) as Body).status).toBe('successful');
  await loaded.close();
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"format": "omise-sim/snapshot", "version": 1, "accounts": []}');
  expect(() => createSimulator({ load: bad })).toThrow(
    `cannot load snapshot ${bad}: snapshot field accounts`,
  );
});

test('takes the file as curl --data-binary sends it, and refuses what is not JSON', async () => {
  const { file, charge } = await shopWithCharge();
  const target = open('target');
  const send = (body: string) =>
    target.sim.request('/_sim/snapshot', {
      method: 'PUT',
      headers: {
        authorization: `Basic ${btoa('skey_test_target:')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body,
    });
  expect((await send(JSON.stringify(file))).status).toBe(200);
  expect((await target.get(`/charges/${charge.id}`)).status).toBe(200);
  const bad = await send('{"format": "omise-sim/snapshot", ');
  expect(bad.status).toBe(400);
  expect(await bad.json()).toMatchObject({ object: 'error', code: 'bad_request' });
  expect((await target.get(`/charges/${charge.id}`)).status).toBe(200);
});

test('takes over HTTP a file larger than any API request may be, and keeps the account country', async () => {
  const api = open();
  await api.patch('/_sim/account', { country: 'SG' });
  await api.post('/_sim/seed', { days: 10, count: 400, methods: ['alipayplus_mpm'] }, { json: true });
  const text = JSON.stringify((await api.get('/_sim/snapshot')).body);
  expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
  const copy = open();
  const server = await copy.sim.listen({ port: 0 });
  const response = await fetch(`${server.url}/_sim/snapshot`, {
    method: 'PUT',
    headers: { authorization: `Basic ${btoa('skey_test_shop:')}`, 'content-type': 'application/json' },
    body: text,
  });
  expect(response.status).toBe(200);
  expect((await copy.get('/charges')).body.total).toBe(400);
  expect((await copy.get('/_sim/account')).body.country).toBe('SG');
}, 60_000);

test('refuses a file of more JSON values than the heap should hold with a 413, before parsing it, changing nothing', async () => {
  const { api } = await shopWithCharge();
  const before = (await api.get('/_sim/snapshot')).body;
  // 6 MB of empty objects: over four million values, which parsed would take a gigabyte of heap.
  const text = `[${'{},'.repeat(2_000_000)}{}]`;
  const response = await api.sim.request('/_sim/snapshot', {
    method: 'PUT',
    headers: { authorization: `Basic ${Buffer.from('skey_test_shop:').toString('base64')}` },
    body: text,
  });
  expect(response.status).toBe(413);
  expect(await response.json()).toMatchObject({
    object: 'error',
    code: 'request_entity_too_large',
    message: messages.snapshotTooManyValues(SNAPSHOT_MAX_VALUES),
  });
  expect((await api.get('/_sim/snapshot')).body.accounts).toEqual(before.accounts);
});
