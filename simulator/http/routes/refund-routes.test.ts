import { describe, expect, test } from 'vitest';
import { messages } from '../../errors/messages.js';
import { createPendingCharge, testApi } from '../../test-support/test-api.js';

async function paidCharge(type = 'wechat_pay_mpm', at = '2024-01-15T12:00:00Z') {
  const api = testApi();
  api.freezeAt(at);
  const charge = await createPendingCharge(api, type);
  await api.post(`/charges/${charge.id}/mark_as_paid`);
  return { api, id: String(charge.id) };
}

describe('POST /charges/:id/refunds', () => {
  test('refunds part of a charge, then the rest, never more', async () => {
    const { api, id } = await paidCharge();
    const first = await api.post(`/charges/${id}/refunds`, { amount: 50000 });
    expect(first.body).toMatchObject({
      object: 'refund',
      amount: 50000,
      charge: id,
      status: 'closed',
      voided: false,
    });
    expect(first.body.id).toMatch(/^rfnd_test_/);
    expect(first.body.location).toBe(`/charges/${id}/refunds/${first.body.id}`);
    expect((await api.get(`/charges/${id}`)).body).toMatchObject({
      refunded_amount: 50000,
      refundable: true,
    });
    const tooMuch = await api.post(`/charges/${id}/refunds`, { amount: 100001 });
    expect(tooMuch).toMatchObject({
      status: 400,
      body: { code: 'failed_refund', message: messages.refundExceeds(100000) },
    });
    await api.post(`/charges/${id}/refunds`, { amount: 100000 });
    const charge = (await api.get(`/charges/${id}`)).body;
    expect(charge).toMatchObject({ status: 'successful', refunded_amount: 150000, refundable: false });
    expect(charge.refunds).toMatchObject({ object: 'list', total: 2, location: `/charges/${id}/refunds` });
    const again = await api.post(`/charges/${id}/refunds`, { amount: 1 });
    expect(again).toMatchObject({
      status: 400,
      body: { code: 'failed_refund', message: "charge can't be refunded" },
    });
  });

  test('refuses to refund a charge that was not paid', async () => {
    const api = testApi();
    const charge = await createPendingCharge(api, 'alipayplus_mpm');
    const response = await api.post(`/charges/${charge.id}/refunds`, { amount: 100 });
    expect(response).toMatchObject({ status: 400, body: { code: 'failed_refund' } });
  });

  test('refuses a refund after the method’s refund window (WeChat Pay MPM: 90 days)', async () => {
    const { api, id } = await paidCharge();
    await api.advance(90 * 86_400 - 1);
    expect((await api.post(`/charges/${id}/refunds`, { amount: 100 })).status).toBe(200);
    await api.advance(1);
    const late = await api.post(`/charges/${id}/refunds`, { amount: 100 });
    expect(late).toMatchObject({
      status: 400,
      body: { code: 'failed_refund', message: messages.refundWindowClosed(90) },
    });
  });

  test('marks a refund made inside the void window as a void', async () => {
    const { api, id } = await paidCharge('alipayplus_mpm', '2024-09-10T03:57:17Z');
    const refund = await api.post(`/charges/${id}/refunds`, { amount: 150000 });
    expect(refund.body.voided).toBe(true);
    expect((await api.get(`/charges/${id}`)).body).toMatchObject({ voided: true, refunded_amount: 150000 });
  });

  test('refuses a refund without a positive whole amount', async () => {
    const { api, id } = await paidCharge();
    for (const amount of [undefined, 0, -5, 'ten']) {
      expect((await api.post(`/charges/${id}/refunds`, { amount })).status).toBe(400);
    }
  });

  test('records refund.create with the refund as its data', async () => {
    const { api, id } = await paidCharge();
    const refund = await api.post(`/charges/${id}/refunds`, { amount: 1000 });
    const events = (await api.get('/events', { order: 'reverse_chronological', limit: 1 })).body
      .data as unknown[];
    expect(events[0]).toMatchObject({
      object: 'event',
      key: 'refund.create',
      data: { object: 'refund', id: refund.body.id },
    });
  });
});

describe('a refund and the events before it', () => {
  test('leaves an earlier charge event showing the charge as it was then', async () => {
    const { api, id } = await paidCharge();
    await api.post(`/charges/${id}/refunds`, { amount: 50000 });
    await api.patch(`/charges/${id}`, { description: 'after the first refund' });
    await api.post(`/charges/${id}/refunds`, { amount: 20000 });
    const events = (await api.get(`/charges/${id}/events`)).body.data as { id: string; key: string }[];
    const update = events.find((event) => event.key === 'charge.update');
    const shown = (await api.get(`/events/${update?.id}`)).body.data as Record<string, unknown>;
    expect(shown).toMatchObject({ refunded_amount: 50000, refunds: { total: 1 } });
    expect((await api.get(`/charges/${id}`)).body).toMatchObject({
      refunded_amount: 70000,
      refunds: { total: 2 },
    });
  });
});

describe('listing refunds', () => {
  test('lists a charge’s refunds, finds one, and lists all refunds of the account', async () => {
    const { api, id } = await paidCharge();
    const refund = await api.post(`/charges/${id}/refunds`, { amount: 1000 });
    expect((await api.get(`/charges/${id}/refunds`)).body).toMatchObject({
      total: 1,
      location: `/charges/${id}/refunds`,
    });
    expect((await api.get(`/charges/${id}/refunds/${refund.body.id}`)).body.id).toBe(refund.body.id);
    expect((await api.get(`/charges/${id}/refunds/rfnd_test_x`)).body).toMatchObject({
      code: 'not_found',
      message: 'refund rfnd_test_x was not found',
    });
    expect((await api.get('/refunds')).body).toMatchObject({
      object: 'list',
      total: 1,
      location: '/refunds',
    });
  });
});
