// Imported before interceptOmise on purpose: omise loads agent-base 4, which patches https.request with a
// two-argument function that nock's interceptor must not end up calling with three (agent-base-compat.ts).
import omiseModule from 'omise';
import { afterAll, expect, test } from 'vitest';
import { interceptOmise } from '../../simulator/nock/index.js';

const omise = omiseModule as unknown as typeof omiseModule.default;
const sim = interceptOmise({ log: () => {} });
afterAll(() => sim.restore());

test('serves the omise SDK even when it was loaded before nock', async () => {
  const client = omise({ ...sim.keys('imported_first') });
  const source = await client.sources.create({ type: 'wechat_pay_mpm', amount: 150000, currency: 'THB' });
  const charge = await client.charges.create({ amount: 150000, currency: 'THB', source: source.id });
  expect(charge).toMatchObject({ status: 'pending', source: { id: source.id } });
});
