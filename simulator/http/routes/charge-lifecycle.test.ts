import { describe, expect, test } from 'vitest';
import { findPaymentMethod } from '../../domain/methods/index.js';
import { messages } from '../../errors/messages.js';
import { createPendingCharge, testApi } from '../../test-support/test-api.js';

const T0 = '2024-09-10T03:57:17Z';

async function eventKeys(api: ReturnType<typeof testApi>, chargeId: unknown): Promise<string[]> {
  const events = await api.get(`/charges/${chargeId}/events`);
  return (events.body.data as Array<{ key: string }>).map((event) => event.key);
}

describe('mark_as_paid', () => {
  test('makes a pending charge successful with a transaction, and records charge.complete', async () => {
    const api = testApi();
    api.freezeAt(T0);
    const charge = await createPendingCharge(api, 'alipayplus_mpm');
    const { status, body } = await api.post(`/charges/${charge.id}/mark_as_paid`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'successful',
      paid: true,
      authorized: true,
      paid_at: T0,
      authorized_at: T0,
      refundable: true,
      partially_refundable: true,
      reversible: false,
      can_perform_void: true,
      source: { charge_status: 'successful' },
    });
    expect(body.transaction).toMatch(/^trxn_test_/);
    expect(await eventKeys(api, charge.id)).toEqual(['charge.create', 'charge.complete']);
  });

  test('refuses to pay a charge twice and changes nothing', async () => {
    const api = testApi();
    const charge = await createPendingCharge(api, 'wechat_pay_mpm');
    await api.post(`/charges/${charge.id}/mark_as_paid`);
    const again = await api.post(`/charges/${charge.id}/mark_as_paid`);
    expect(again).toMatchObject({
      status: 400,
      body: { code: 'invalid_charge', message: messages.chargeAlready('successful') },
    });
    expect(await eventKeys(api, charge.id)).toEqual(['charge.create', 'charge.complete']);
  });
});

describe('mark_as_failed', () => {
  test('fails a charge with one of its method’s failure codes and the matching message', async () => {
    const api = testApi();
    const charge = await createPendingCharge(api, 'barcode_wechat');
    const { body } = await api.post(`/charges/${charge.id}/mark_as_failed`, {
      failure_code: 'insufficient_balance',
    });
    expect(body).toMatchObject({
      status: 'failed',
      paid: false,
      failure_code: 'insufficient_balance',
      failure_message: 'insufficient balance',
    });
    expect(await eventKeys(api, charge.id)).toEqual(['charge.create', 'charge.complete']);
  });

  test('refuses a failure code the method does not have', async () => {
    const api = testApi();
    const charge = await createPendingCharge(api, 'alipayplus_mpm');
    const method = findPaymentMethod('alipayplus_mpm');
    const response = await api.post(`/charges/${charge.id}/mark_as_failed`, {
      failure_code: 'invalid_account',
    });
    expect(response).toMatchObject({
      status: 400,
      body: {
        code: 'bad_request',
        message: messages.failureCodeNotSupported('alipayplus_mpm', method?.failureCodes ?? []),
      },
    });
    expect((await api.get(`/charges/${charge.id}`)).body.status).toBe('pending');
  });

  test('fails with payment_rejected when no code is given', async () => {
    const api = testApi();
    const charge = await createPendingCharge(api, 'truemoney', 100000);
    const { body } = await api.post(`/charges/${charge.id}/mark_as_failed`);
    expect(body).toMatchObject({
      status: 'failed',
      failure_code: 'payment_rejected',
      failure_message: 'payment rejected',
    });
  });
});

describe('expiry', () => {
  test('expires a charge at exactly expires_at when the clock passes it', async () => {
    const api = testApi();
    api.freezeAt(T0);
    const charge = await createPendingCharge(api, 'wechat_pay_mpm');
    await api.advance(7199);
    expect((await api.get(`/charges/${charge.id}`)).body.status).toBe('pending');
    const advanced = await api.advance(86_400);
    expect(advanced.body).toMatchObject({ object: 'clock', events_fired: 1 });
    const expired = (await api.get(`/charges/${charge.id}`)).body;
    expect(expired).toMatchObject({ status: 'expired', expired: true, expired_at: charge.expires_at });
    const events = await api.get(`/charges/${charge.id}/events`);
    expect(events.body.data).toMatchObject([
      { key: 'charge.create' },
      { key: 'charge.expire', created_at: charge.expires_at },
    ]);
  });

  test('expires charges in due order when one jump passes several expiries', async () => {
    const api = testApi();
    api.freezeAt(T0);
    const later = await createPendingCharge(api, 'alipayplus_mpm');
    const sooner = await createPendingCharge(api, 'wechat_pay_mpm');
    await api.advance(30 * 86_400);
    const events = (await api.get('/events')).body.data as Array<{ key: string; data: { id: string } }>;
    const expiries = events.filter((e) => e.key === 'charge.expire').map((e) => e.data.id);
    expect(expiries).toEqual([sooner.id, later.id]);
  });

  test('refuses to pay an expired charge with expired_charge', async () => {
    const api = testApi();
    api.freezeAt(T0);
    const charge = await createPendingCharge(api, 'wechat_pay_upm');
    await api.advance(24 * 3600);
    const response = await api.post(`/charges/${charge.id}/mark_as_paid`);
    expect(response).toMatchObject({
      status: 400,
      body: { code: 'expired_charge', message: 'charge expired' },
    });
  });

  test('expires a pending charge on request and refuses to expire it again', async () => {
    const api = testApi();
    const charge = await createPendingCharge(api, 'wechat_pay_upm');
    expect((await api.post(`/charges/${charge.id}/expire`)).body).toMatchObject({
      status: 'expired',
      expired: true,
    });
    const again = await api.post(`/charges/${charge.id}/expire`);
    expect(again).toMatchObject({
      status: 400,
      body: { code: 'failed_expire', message: messages.onlyPendingExpire('expired') },
    });
  });

  test('does not expire a charge that was paid in time', async () => {
    const api = testApi();
    api.freezeAt(T0);
    const charge = await createPendingCharge(api, 'wechat_pay_mpm');
    await api.post(`/charges/${charge.id}/mark_as_paid`);
    await api.advance(3 * 3600);
    expect((await api.get(`/charges/${charge.id}`)).body.status).toBe('successful');
  });
});

describe('reverse', () => {
  // Real charges: reversible is false on every successful one, same-day ones included; a paid charge is
  // voided by a refund inside its void window. Only an uncaptured card authorization can be reversed.
  test('refuses to reverse a paid Alipay+ charge inside its void window, and changes nothing', async () => {
    const api = testApi();
    api.freezeAt(T0);
    const charge = await createPendingCharge(api, 'alipayplus_mpm');
    const paid = (await api.post(`/charges/${charge.id}/mark_as_paid`)).body;
    expect(paid).toMatchObject({ reversible: false, can_perform_void: true });
    const response = await api.post(`/charges/${charge.id}/reverse`);
    expect(response).toMatchObject({
      status: 400,
      body: { object: 'error', code: 'failed_void', message: messages.notReversible },
    });
    expect((await api.get(`/charges/${charge.id}`)).body).toEqual(paid);
    expect(await eventKeys(api, charge.id)).toEqual(['charge.create', 'charge.complete']);
  });

  test('voids a paid charge through a refund inside the void window instead', async () => {
    const api = testApi();
    api.freezeAt(T0);
    const charge = await createPendingCharge(api, 'alipayplus_mpm');
    await api.post(`/charges/${charge.id}/mark_as_paid`);
    const refund = await api.post(`/charges/${charge.id}/refunds`, { amount: charge.amount });
    expect(refund.body.voided).toBe(true);
    expect((await api.get(`/charges/${charge.id}`)).body).toMatchObject({
      status: 'successful',
      voided: true,
      reversible: false,
      can_perform_void: false,
    });
  });

  test.each([
    'truemoney',
    'wechat_pay_mpm',
  ])('refuses to reverse a pending or paid %s charge', async (type) => {
    const api = testApi();
    const charge = await createPendingCharge(api, type, 100000);
    expect(charge.reversible).toBe(false);
    const pending = await api.post(`/charges/${charge.id}/reverse`);
    expect(pending).toMatchObject({ status: 400, body: { code: 'failed_void' } });
    await api.post(`/charges/${charge.id}/mark_as_paid`);
    const paid = await api.post(`/charges/${charge.id}/reverse`);
    expect(paid).toMatchObject({
      status: 400,
      body: { code: 'failed_void', message: messages.notReversible },
    });
  });

  test('shows can_perform_void false once the Alipay+ 16:15 UTC cutoff has passed', async () => {
    const api = testApi();
    api.freezeAt(T0);
    const charge = await createPendingCharge(api, 'alipayplus_mpm');
    await api.post(`/charges/${charge.id}/mark_as_paid`);
    api.freezeAt('2024-09-10T16:15:00Z');
    expect((await api.get(`/charges/${charge.id}`)).body.can_perform_void).toBe(false);
  });
});
