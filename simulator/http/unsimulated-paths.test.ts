import { expect, test } from 'vitest';
import { testApi } from '../test-support/test-api.js';

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

test('answers a path under an unsimulated one with a route 404, and no other path', async () => {
  const api = testApi();
  expect((await api.get('/charges/schedules/schd_test_1')).body).toMatchObject({
    message: 'GET /charges/schedules/schd_test_1 was not found',
  });
  expect((await api.get('/charges/schedulesx')).body.message).toBe('charge schedulesx was not found');
});
