import omiseModule from 'omise';
import { describe, expect, test } from 'vitest';
import type { SdkConnection } from './omise-sdk-suite.js';

// Card flows through the omise npm SDK's own calls: tokens on the vault host with the public key, then
// charges, capture, reverse, refunds and customers with the secret key.

const omise = omiseModule as unknown as typeof omiseModule.default;
type Client = ReturnType<typeof omise>;

const card = (number: string) => ({
  name: 'Somchai Prasert',
  number,
  expiration_month: 12,
  expiration_year: 2099,
  security_code: '123',
});

export function describeOmiseCardSdk(title: string, connect: () => SdkConnection): void {
  describe(title, () => {
    const client = (): Client => {
      const { config, publicKey, secretKey } = connect();
      return omise({ ...config, publicKey, secretKey, scheme: config.scheme as never });
    };
    const token = async (number = '4242424242424242') =>
      (await client().tokens.create({ card: card(number) } as never)).id;

    test('tokenizes a card on the vault and retrieves the token', async () => {
      const made = await client().tokens.create({ card: card('4242424242424242') } as never);
      expect(made).toMatchObject({
        object: 'token',
        used: false,
        card: { brand: 'Visa', last_digits: '4242' },
      });
      const read = await client().tokens.retrieve(made.id);
      expect(read.id).toBe(made.id);
    });

    test('rejects an invalid card with invalid_card', async () => {
      const refused = client().tokens.create({ card: card('4242424242424241') } as never);
      await expect(refused).rejects.toMatchObject({ code: 'invalid_card', message: 'number is invalid' });
    });

    test('charges a token, then refunds part of it', async () => {
      const charge = await client().charges.create({ amount: 100000, currency: 'THB', card: await token() });
      expect(charge).toMatchObject({ status: 'successful', paid: true, source: null });
      const refund = await client().charges.createRefund(charge.id, { amount: 40000 });
      expect(refund).toMatchObject({ object: 'refund', amount: 40000 });
    });

    test('authorizes with capture false, then captures', async () => {
      const auth = await client().charges.create({
        amount: 100000,
        currency: 'THB',
        card: await token(),
        capture: false,
      });
      expect(auth).toMatchObject({ status: 'pending', authorized: true, capturable: true });
      const captured = await client().charges.capture(auth.id);
      expect(captured).toMatchObject({ status: 'successful', paid: true });
    });

    test('reverses an authorization', async () => {
      const auth = await client().charges.create({
        amount: 100000,
        currency: 'THB',
        card: await token(),
        capture: false,
      });
      const reversed = await client().charges.reverse(auth.id);
      expect(reversed).toMatchObject({ status: 'reversed', reversed: true });
    });

    test('fails a charge of the insufficient_fund test card', async () => {
      const charge = await client().charges.create({
        amount: 100000,
        currency: 'THB',
        card: await token('4111111111140011'),
      });
      expect(charge).toMatchObject({ status: 'failed', failure_code: 'insufficient_fund' });
    });

    test("saves a card on a customer and charges the customer's default card", async () => {
      const customer = await client().customers.create({ email: 'somchai@example.com', card: await token() });
      expect(customer.cards.total).toBe(1);
      const charge = await client().charges.create({ amount: 50000, currency: 'THB', customer: customer.id });
      expect(charge).toMatchObject({ status: 'successful', customer: customer.id });
      const cards = await client().customers.listCards(customer.id);
      expect(cards.data[0]?.id).toBe(customer.default_card);
      const deleted = await client().customers.destroy(customer.id);
      expect(deleted.deleted).toBe(true);
    });
  });
}
