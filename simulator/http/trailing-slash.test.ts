import { expect, test } from 'vitest';
import { testApi } from '../test-support/test-api.js';

// omise-php builds its URLs as OMISE_API_URL . ENDPOINT . '/' . $id (OmiseCharge, OmiseSource, OmiseEvent,
// OmiseRefundList::getUrl), so a create or a list ends in a slash. These are the exact paths it sends.
test('serves the trailing-slash URLs omise-php builds for sources, charges, refunds and events', async () => {
  const api = testApi();
  const source = await api.post('/sources/', { type: 'alipayplus_mpm', amount: 100000, currency: 'THB' });
  expect(source.status).toBe(200);
  const charge = await api.post('/charges/', { amount: 100000, currency: 'THB', source: source.body.id });
  expect(charge.status).toBe(200);
  expect((await api.get('/charges/')).body.object).toBe('list');
  expect((await api.get(`/sources/${source.body.id}`)).body.id).toBe(source.body.id);
  await api.post(`/charges/${charge.body.id}/mark_as_paid`);
  const refund = await api.post(`/charges/${charge.body.id}/refunds/`, { amount: 1000 });
  expect(refund.body.object).toBe('refund');
  expect((await api.get(`/charges/${charge.body.id}/refunds/`)).body.total).toBe(1);
  expect((await api.get(`/charges/${charge.body.id}/refunds/${refund.body.id}`)).body.id).toBe(
    refund.body.id,
  );
  expect((await api.get('/events/')).body.object).toBe('list');
  expect((await api.get('/capability/')).body.object).toBe('capability');
});

test('still asks for authentication on a trailing-slash URL', async () => {
  const api = testApi();
  const response = await api.get('/charges/', {}, { key: null });
  expect(response.status).toBe(401);
  expect(response.body.code).toBe('authentication_failure');
});
