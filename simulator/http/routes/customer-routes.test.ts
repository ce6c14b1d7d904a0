import { describe, expect, test } from 'vitest';
import { cardParams } from '../../test-support/card-params.js';
import { type Body, type TestApi, testApi } from '../../test-support/test-api.js';

async function token(api: TestApi, number = '4242424242424242'): Promise<Body> {
  return (await api.post('/tokens', cardParams(number), { key: 'pkey_test_test' })).body;
}

describe('customers', () => {
  test('attaches the token card to a new customer as its default card, keys as recorded', async () => {
    const api = testApi();
    const tok = await token(api);
    const card = tok.card as Body;
    const { status, body } = await api.post('/customers', {
      email: 'zinkyawkyaw@example.com',
      description: 'Zin Kyaw Kyaw',
      card: tok.id,
    });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual([
      'object',
      'id',
      'livemode',
      'location',
      'deleted',
      'metadata',
      'cards',
      'default_card',
      'linked_accounts',
      'description',
      'email',
      'created_at',
    ]);
    expect(body.default_card).toBe(card.id);
    const cards = body.cards as { data: Body[]; location: string };
    expect(cards.location).toBe(`/customers/${body.id}/cards`);
    expect(cards.data[0]).toMatchObject({ id: card.id, location: `/customers/${body.id}/cards/${card.id}` });
    const used = await api.get(`/tokens/${tok.id}`, {}, { key: 'pkey_test_test' });
    expect(used.body.used).toBe(true);
  });

  test('refuses a token used before with used_token, and makes no customer', async () => {
    const api = testApi();
    const tok = await token(api);
    await api.post('/customers', { card: tok.id });
    const again = await api.post('/customers', { card: tok.id });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ object: 'error', code: 'used_token' });
    expect((await api.get('/customers')).body.total).toBe(1);
  });

  test('refuses an unknown default_card and changes nothing: the token stays unused', async () => {
    const api = testApi();
    const customer = (await api.post('/customers', { card: (await token(api)).id })).body;
    const second = await token(api, '5555555555554444');
    const refused = await api.patch(`/customers/${customer.id}`, {
      card: second.id,
      default_card: 'card_test_x',
    });
    expect(refused).toMatchObject({ status: 404, body: { code: 'not_found' } });
    expect((await api.get(`/customers/${customer.id}/cards`)).body.total).toBe(1);
    const again = await api.post('/customers', { card: second.id, default_card: 'card_test_x' });
    expect(again.status).toBe(404);
    expect((await api.get('/customers')).body.total).toBe(1);
    expect((await api.get(`/tokens/${second.id}`, {}, { key: 'pkey_test_test' })).body.used).toBe(false);
  });

  test('refuses an email in invalid format', async () => {
    const { status, body } = await testApi().post('/customers', { email: 'not an email' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'bad_request', message: 'email is in invalid format' });
  });

  test('updates, adds a card, switches the default and lists the cards', async () => {
    const api = testApi();
    const first = await token(api);
    const customer = (await api.post('/customers', { card: first.id })).body;
    const second = await token(api, '5555555555554444');
    const updated = await api.patch(`/customers/${customer.id}`, { card: second.id, description: 'Another' });
    expect(updated.body).toMatchObject({ description: 'Another', default_card: (first.card as Body).id });
    const cards = await api.get(`/customers/${customer.id}/cards`);
    expect(cards.body).toMatchObject({ object: 'list', total: 2 });
    const switched = await api.patch(`/customers/${customer.id}`, { default_card: (second.card as Body).id });
    expect(switched.body.default_card).toBe((second.card as Body).id);
  });

  test('updates and deletes a card; the default moves to the card left', async () => {
    const api = testApi();
    const first = await token(api);
    const customer = (await api.post('/customers', { card: first.id })).body;
    const second = await token(api, '5555555555554444');
    await api.patch(`/customers/${customer.id}`, { card: second.id });
    const path = `/customers/${customer.id}/cards/${(first.card as Body).id}`;
    const renamed = await api.patch(path, { name: 'Somchai Praset', postal_code: '10310' });
    expect(renamed.body).toMatchObject({ name: 'Somchai Praset', postal_code: '10310', deleted: false });
    const bad = await api.patch(path, { expiration_month: 13 });
    expect(bad).toMatchObject({ status: 400, body: { code: 'invalid_card' } });
    expect((await api.get(path)).body.expiration_month).toBe(11);
    const deleted = await api.send('DELETE', path);
    expect(deleted.body).toMatchObject({ object: 'card', deleted: true });
    expect((await api.get(path)).status).toBe(404);
    const after = await api.get(`/customers/${customer.id}`);
    expect(after.body.default_card).toBe((second.card as Body).id);
  });

  test('deletes a customer with its cards, then no longer finds it', async () => {
    const api = testApi();
    const customer = (await api.post('/customers', { card: (await token(api)).id })).body;
    const deleted = await api.send('DELETE', `/customers/${customer.id}`);
    expect(deleted.body).toMatchObject({ deleted: true, default_card: null, cards: { total: 0 } });
    const gone = await api.get(`/customers/${customer.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.message).toBe(`customer ${customer.id} was not found`);
  });

  test('records customer and card events under their Omise names', async () => {
    const api = testApi();
    const customer = (await api.post('/customers', { card: (await token(api)).id })).body;
    await api.patch(`/customers/${customer.id}`, { email: 'a@example.com' });
    await api.patch(`/customers/${customer.id}`, { card: (await token(api)).id });
    await api.patch(`/customers/${customer.id}/cards/${customer.default_card}`, { name: 'X' });
    await api.send('DELETE', `/customers/${customer.id}/cards/${customer.default_card}`);
    await api.send('DELETE', `/customers/${customer.id}`);
    const events = (await api.get('/events')).body.data as Body[];
    expect(events.map((event) => event.key)).toEqual([
      'customer.create',
      'customer.update',
      'customer.update.card',
      'card.update',
      'card.destroy',
      'customer.destroy',
    ]);
    expect((events[0]?.data as Body).object).toBe('customer');
    expect((events[3]?.data as Body).object).toBe('card');
  });
});
