import { expect, test } from 'vitest';
import { createPendingCharge, testApi } from '../../test-support/test-api.js';

const T0 = '2024-09-10T03:57:17Z';
const T0_PLUS_24H = '2024-09-11T03:57:17Z';

async function eventData(api: ReturnType<typeof testApi>, chargeId: unknown, key: string) {
  const events = (await api.get(`/charges/${chargeId}/events`)).body.data as Array<Record<string, unknown>>;
  return events.find((event) => event.key === key)?.data as Record<string, unknown>;
}

// omise-php 2025 charges-get.json: every charge read after its expires_at has expired_at = expires_at, and
// the failed ones expired: true with status failed.
test('shows expired_at = expires_at on a successful charge read after its deadline, still not expired', async () => {
  const api = testApi();
  api.freezeAt(T0);
  const charge = await createPendingCharge(api, 'alipayplus_mpm');
  await api.post(`/charges/${charge.id}/mark_as_paid`);
  expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject({ expired_at: null, expired: false });
  api.freezeAt(T0_PLUS_24H);
  expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject({
    status: 'successful',
    expires_at: T0_PLUS_24H,
    expired_at: T0_PLUS_24H,
    expired: false,
  });
});

test('shows a failed charge as expired after its deadline, its status still failed', async () => {
  const api = testApi();
  api.freezeAt(T0);
  const charge = await createPendingCharge(api, 'alipayplus_mpm');
  await api.post(`/charges/${charge.id}/mark_as_failed`, { failure_code: 'payment_rejected' });
  expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject({ expired: false, expired_at: null });
  await api.advance(24 * 3600);
  expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject({
    status: 'failed',
    expired: true,
    expired_at: T0_PLUS_24H,
  });
  // The charge.complete event shows the charge as it was when it happened.
  expect(await eventData(api, charge.id, 'charge.complete')).toMatchObject({
    expired: false,
    expired_at: null,
  });
  expect((await api.get(`/charges/${charge.id}/events`)).body.total).toBe(2);
});

test('POST /expire sets expires_at and expired_at to the moment of expiry', async () => {
  const api = testApi();
  api.freezeAt(T0);
  const charge = await createPendingCharge(api, 'truemoney', 100000);
  await api.advance(90);
  const { body } = await api.post(`/charges/${charge.id}/expire`);
  expect(body).toMatchObject({
    status: 'expired',
    expired: true,
    expires_at: '2024-09-10T03:58:47Z',
    expired_at: '2024-09-10T03:58:47Z',
    source: { charge_status: 'expired' },
  });
  expect(await eventData(api, charge.id, 'charge.expire')).toMatchObject({
    expires_at: '2024-09-10T03:58:47Z',
    expired_at: '2024-09-10T03:58:47Z',
  });
  await api.advance(8 * 24 * 3600);
  expect((await api.get(`/charges/${charge.id}`)).body.expires_at).toBe('2024-09-10T03:58:47Z');
});

test('expires a pending charge at its deadline with expired_at = expires_at', async () => {
  const api = testApi();
  api.freezeAt(T0);
  const charge = await createPendingCharge(api, 'alipayplus_mpm');
  await api.advance(24 * 3600 + 5);
  expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject({
    status: 'expired',
    expired: true,
    expires_at: T0_PLUS_24H,
    expired_at: T0_PLUS_24H,
  });
});
