import { expect, test } from 'vitest';
import { testApi } from '../../test-support/test-api.js';

test('answers GET /charges/schedules with a route 404, not as a charge id', async () => {
  const api = testApi();
  const response = await api.get('/charges/schedules');
  expect(response.status).toBe(404);
  expect(response.body).toMatchObject({ code: 'not_found', message: 'GET /charges/schedules was not found' });
  expect((await api.get('/charges/schedules/')).status).toBe(404);
});

test('still says which charge or refund id was not found, as omise-go records "refund 404 was not found"', async () => {
  const api = testApi();
  expect((await api.get('/charges/404')).body.message).toBe('charge 404 was not found');
});
