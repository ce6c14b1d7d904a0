import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';

const paths = [
  '/sources',
  '/sources/{id}',
  '/charges',
  '/charges/{id}',
  '/charges/{id}/expire',
  '/charges/{id}/mark_as_paid',
  '/charges/{id}/mark_as_failed',
  '/charges/{id}/reverse',
  '/charges/{id}/refunds',
  '/charges/{id}/refunds/{id}',
  '/charges/{id}/events',
  '/refunds',
  '/events',
  '/events/{id}',
  '/capability',
  '/_sim',
  '/_sim/clock',
  '/_sim/clock/advance',
  '/_sim/clock/set',
  '/_sim/account',
  '/_sim/reset',
  '/{id}',
];

const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'wechat_pay_mpm',
    'truemoney',
    'wechat_pay_upm',
    'THB',
    'thb',
    'SGD',
    '150000',
    '-1',
    '1e9',
    '',
  ),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);
const paramNames = fc.constantFrom(
  'amount',
  'currency',
  'type',
  'source',
  'barcode',
  'phone_number',
  'return_uri',
  'metadata',
  'description',
  'expires_at',
  'limit',
  'offset',
  'order',
  'from',
  'to',
  'failure_code',
  'seconds',
  'to',
  'api_version',
  'capture',
  'webhook_endpoints',
  'card',
);
const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
  path: fc.constantFrom(...paths),
  id: fc.oneof(fc.constantFrom('chrg_test_x', 'src_test_x', 'evnt_test_x', ''), fc.string({ maxLength: 12 })),
  key: fc.constantFrom('skey_test_p', 'pkey_test_p', 'skey_live', 'skey_123', 'garbage', null),
  encoding: fc.constantFrom('json', 'form', 'raw'),
  params: fc.dictionary(paramNames, anyValue, { maxKeys: 6 }),
  raw: fc.string(),
  version: fc.constantFrom(undefined, '2017-11-02', '2019-05-29', 'nonsense'),
});

test('answers anything a client can send with 2xx or an Omise-shaped 4xx, never a 5xx', async () => {
  const sim = createSimulator({ log: () => {} });
  await fc.assert(
    fc.asyncProperty(request, async (r) => {
      const headers: Record<string, string> = {};
      if (r.key) headers.authorization = `Basic ${Buffer.from(`${r.key}:`).toString('base64')}`;
      if (r.version) headers['omise-version'] = r.version;
      const path = r.path.replaceAll('{id}', encodeURIComponent(r.id));
      let body: string | undefined;
      if (r.method !== 'GET') {
        headers['content-type'] =
          r.encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
        body =
          r.encoding === 'json'
            ? JSON.stringify(r.params)
            : r.encoding === 'raw'
              ? r.raw
              : new URLSearchParams(
                  Object.entries(r.params).map(([k, v]) => [
                    k,
                    typeof v === 'object' ? JSON.stringify(v) : String(v),
                  ]),
                ).toString();
      }
      const response = await sim.request(path, { method: r.method, headers, body });
      expect(response.status).toBeLessThan(500);
      const json = (await response.json()) as Record<string, unknown>;
      if (response.status >= 400) {
        expect(json).toEqual({
          object: 'error',
          location: expect.stringMatching(/^https:\/\/docs\.omise\.co\/api\/errors#/),
          code: expect.any(String),
          message: expect.any(String),
        });
      }
    }),
    { numRuns: 400 },
  );
  await sim.close();
});
