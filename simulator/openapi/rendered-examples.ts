import type { ObjectKind } from './omise-api-operations.js';

/** Rendered objects of each kind, several where one kind has different shapes over its life. */
export type Examples = Record<ObjectKind | 'error', readonly unknown[]>;

type Send = (
  method: string,
  path: string,
  body?: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

const card = {
  name: 'Somchai Prasert',
  number: '4242424242424242',
  expiration_month: 12,
  expiration_year: 2099,
};

async function makeExamples(send: Send): Promise<Examples> {
  const token = await send('POST', '/tokens', { card });
  const customer = await send('POST', '/customers', { email: 'somchai@example.com', card: token.id });
  const customerCard = await send('GET', `/customers/${customer.id}/cards/${customer.default_card}`);
  const source = await send('POST', '/sources', { type: 'alipayplus_mpm', amount: 150000, currency: 'THB' });
  const pending = await send('POST', '/charges', { amount: 150000, currency: 'THB', source: source.id });
  const failed = await send('POST', '/charges', {
    amount: 150000,
    currency: 'THB',
    source: { type: 'alipayplus_mpm' },
  });
  await send('POST', `/charges/${failed.id}/mark_as_failed`, { failure_code: 'payment_rejected' });
  await send('POST', `/charges/${pending.id}/mark_as_paid`);
  const refund = await send('POST', `/charges/${pending.id}/refunds`, { amount: 50000 });
  const events = await send('GET', '/events?limit=100');
  const charges = await send('GET', '/charges');
  const transactions = await send('GET', '/transactions');
  return {
    source: [source],
    charge: [
      pending,
      await send('GET', `/charges/${pending.id}`),
      await send('GET', `/charges/${failed.id}`),
    ],
    refund: [refund],
    event: events.data as unknown[],
    list: [events, charges, transactions],
    capability: [await send('GET', '/capability')],
    token: [token],
    customer: [customer],
    card: [token.card, customerCard],
    account: [await send('GET', '/account')],
    balance: [await send('GET', '/balance')],
    transaction: transactions.data as unknown[],
    error: [await send('GET', '/charges/chrg_test_none'), await send('POST', '/charges', { amount: 'x' })],
  };
}

/**
 * Objects of each kind, made by a scratch simulator through the API itself, so the schemas describe what
 * the render layer really writes (keys and their order), never a hand-kept copy. Seeded, frozen clock: the
 * same examples every time. Imported lazily: the simulator serves the document that describes it.
 */
export async function renderedExamples(): Promise<Examples> {
  const { createSimulator } = await import('../create-simulator.js');
  const sim = createSimulator({ seed: 1, log: () => {} });
  const auth = `Basic ${Buffer.from('skey_test_openapi:').toString('base64')}`;
  const send: Send = async (method, path, body) => {
    const headers = { authorization: auth, 'content-type': 'application/json' };
    const response = await sim.request(path, { method, headers, body: body && JSON.stringify(body) });
    return (await response.json()) as Record<string, unknown>;
  };
  try {
    sim.account('openapi').clock.freeze();
    const examples = await makeExamples(send);
    for (const [kind, list] of Object.entries(examples))
      for (const example of list)
        if ((example as { object?: unknown } | undefined)?.object !== kind)
          throw new Error(`a ${kind} example came out as ${JSON.stringify(example)}`);
    return examples;
  } finally {
    await sim.close();
  }
}
