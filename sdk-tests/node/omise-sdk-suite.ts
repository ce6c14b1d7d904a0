import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import omiseModule from 'omise';
import { describe, expect, test } from 'vitest';
import { exampleOrderDetails } from '../../simulator/domain/source/example-order-details.js';

// The omise npm SDK driven through its own calls, whatever carries its requests (nock or real HTTP).

// The SDK's typings declare `export = { default: Omise, ... }`, but at run time `require('omise')` is the
// factory itself (index.js: `module.exports = Omise`).
const omise = omiseModule as unknown as typeof omiseModule.default;

export interface SdkConnection {
  /**
   * Merged into every `omise({...})` config: `host`, `vaultHost` (tokens) and `scheme` for real HTTP, nothing
   * for nock.
   */
  readonly config: { host?: string; vaultHost?: string; scheme?: 'http' | 'https' };
  readonly publicKey: string;
  readonly secretKey: string;
}

interface SdkTransport {
  post(options: Record<string, unknown>): Promise<Record<string, unknown>>;
}

// omise-node has no mark_as_paid / mark_as_failed: they go through the SDK's own transport, as its
// resources do (lib/api.js: same headers, JSON body and error handling).
const sdkTransport = createRequire(import.meta.url)('omise/lib/api.js') as SdkTransport;

const THB = 'THB';
const BARCODE = '134567890123456789';
const PHONE = '0812345678';
const RETURN_URI = 'https://shop.example/orders/1/complete';

/** Each seed method: what its source needs, and whether the Sources API makes it (B scan C: charge only). */
const methods = [
  { type: 'wechat_pay_mpm', sourcesApi: true, params: {}, charge: {} },
  { type: 'wechat_pay_upm', sourcesApi: false, params: { barcode: BARCODE }, charge: {} },
  { type: 'alipayplus_mpm', sourcesApi: true, params: {}, charge: {} },
  {
    type: 'truemoney',
    sourcesApi: true,
    params: { phone_number: PHONE },
    charge: { return_uri: RETURN_URI },
  },
  { type: 'barcode_wechat', sourcesApi: false, params: { barcode: BARCODE }, charge: {} },
  { type: 'promptpay', sourcesApi: true, params: {}, charge: {} },
  { type: 'atome_qr', sourcesApi: true, params: {}, charge: {} },
  { type: 'alipayplus_upm', sourcesApi: false, params: { barcode: BARCODE }, charge: {} },
  { type: 'truemoney_jumpapp', sourcesApi: true, params: {}, charge: { return_uri: RETURN_URI } },
  // The Thai banking apps and wallets (redirect and app redirect): a source, then a charge with return_uri.
  ...[
    ...['mobile_banking_bay', 'mobile_banking_bbl', 'mobile_banking_kbank', 'mobile_banking_ktb'],
    ...['mobile_banking_scb', 'shopeepay', 'shopeepay_jumpapp', 'rabbit_linepay'],
  ].map((type) => ({ type, sourcesApi: true, params: {}, charge: { return_uri: RETURN_URI } })),
  {
    type: 'atome',
    sourcesApi: true,
    params: { phone_number: PHONE, ...exampleOrderDetails(150000) },
    charge: { return_uri: RETURN_URI },
  },
] as const;

export function describeOmiseSdk(title: string, connect: () => SdkConnection): void {
  describe(title, () => {
    const client = (keys: Partial<Pick<SdkConnection, 'publicKey' | 'secretKey'>> = {}) => {
      const { config, publicKey, secretKey } = connect();
      return omise({ ...config, publicKey, secretKey, ...keys, scheme: config.scheme as never });
    };
    const post = (path: string, body?: Record<string, unknown>) => {
      const { config, secretKey } = connect();
      return sdkTransport.post({ ...config, key: secretKey, path, body });
    };
    const inlineCharge = (amount = 150000) =>
      client().charges.create({
        amount,
        currency: THB,
        source: { type: 'wechat_pay_upm', amount, currency: THB, barcode: BARCODE },
      });

    test.each(
      methods.filter((m) => m.sourcesApi),
    )('creates a $type source, then a charge of it', async (method) => {
      // Atome's shipping gives the fields its test sends, not every one omise-node's type lists.
      const source = await client().sources.create({
        type: method.type,
        amount: 150000,
        currency: THB,
        ...method.params,
      } as never);
      expect(source).toMatchObject({ object: 'source', type: method.type, charge_status: 'unknown' });
      const charge = await client().charges.create({
        amount: 150000,
        currency: THB,
        source: source.id,
        ...method.charge,
      });
      expect(charge).toMatchObject({
        object: 'charge',
        status: 'pending',
        paid: false,
        source: { id: source.id },
      });
    });

    test.each(methods)('creates a $type charge with an inline source', async (method) => {
      const source = { type: method.type, ...method.params };
      const charge = await client().charges.create({
        amount: 150000,
        currency: THB,
        source,
        ...method.charge,
      } as never);
      expect(charge).toMatchObject({
        status: 'pending',
        source: { type: method.type, charge_status: 'pending' },
      });
    });

    test('retrieves a charge and its source, the source with the public key', async () => {
      const created = await inlineCharge();
      expect(await client().charges.retrieve(created.id)).toMatchObject({ id: created.id, amount: 150000 });
      const source = await client().sources.retrieve(created.source?.id ?? '');
      expect(source).toMatchObject({ type: 'wechat_pay_upm', charge_status: 'pending' });
    });

    test('lists charges page by page', async () => {
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push((await inlineCharge(20000 + i)).id);
      const first = await client().charges.list({
        limit: 2,
        offset: 0,
        order: 'reverse_chronological',
      } as never);
      expect(first).toMatchObject({ object: 'list', limit: 2, offset: 0, order: 'reverse_chronological' });
      expect(first.data.map((charge) => charge.id)).toEqual([ids[2], ids[1]]);
      const second = await client().charges.list({
        limit: 2,
        offset: 2,
        order: 'reverse_chronological',
      } as never);
      expect(second.data[0]?.id).toBe(ids[0]);
      expect(second.total).toBe(first.total);
    });

    test('updates the description and metadata of a charge', async () => {
      const created = await inlineCharge();
      const updated = await client().charges.update(created.id, {
        description: 'order 42',
        metadata: { order: 42 },
      } as never);
      expect(updated).toMatchObject({ description: 'order 42', metadata: { order: 42 } });
    });

    test('expires a pending charge', async () => {
      const created = await inlineCharge();
      expect(await client().charges.expire(created.id)).toMatchObject({ status: 'expired', expired: true });
    });

    test('marks charges as paid and as failed', async () => {
      const paid = await post(`/charges/${(await inlineCharge()).id}/mark_as_paid`);
      expect(paid).toMatchObject({ status: 'successful', paid: true });
      const failed = await post(`/charges/${(await inlineCharge()).id}/mark_as_failed`, {
        failure_code: 'insufficient_fund',
      });
      expect(failed).toMatchObject({ status: 'failed', failure_code: 'insufficient_fund' });
    });

    test('refunds a paid charge, lists and retrieves the refund', async () => {
      const charge = await inlineCharge();
      await post(`/charges/${charge.id}/mark_as_paid`);
      const refund = await client().charges.createRefund(charge.id, {
        amount: 50000,
        metadata: { reason: 'broken' },
      });
      expect(refund).toMatchObject({ object: 'refund', amount: 50000, charge: charge.id });
      const list = await client().charges.listRefunds(charge.id);
      expect(list.data.map((each) => each.id)).toEqual([refund.id]);
      expect(await client().charges.retrieveRefund(charge.id, refund.id)).toMatchObject({ id: refund.id });
      expect(await client().charges.retrieve(charge.id)).toMatchObject({ refunded_amount: 50000 });
    });

    test('lists and retrieves the events of a charge', async () => {
      const charge = await inlineCharge();
      await post(`/charges/${charge.id}/mark_as_paid`);
      const events = await client().events.list({ limit: 2, order: 'reverse_chronological' } as never);
      expect(events.data.map((event) => [event.key, event.data.id])).toEqual([
        ['charge.complete', charge.id],
        ['charge.create', charge.id],
      ]);
      const event = await client().events.retrieve(events.data[0]?.id ?? '');
      expect(event).toMatchObject({ key: 'charge.complete', data: { status: 'successful' } });
    });

    test('retrieves the account, and the balance and transactions a paid charge and its refund make', async () => {
      const account = await client().account.retrieve();
      expect(account).toMatchObject({
        object: 'account',
        location: '/account',
        country: 'TH',
        currency: 'THB',
      });
      const before = await client().balance.retrieve();
      const charge = await inlineCharge();
      const paid = await post(`/charges/${charge.id}/mark_as_paid`);
      const refund = await client().charges.createRefund(charge.id, { amount: 50000 });
      const after = await client().balance.retrieve();
      expect(after).toMatchObject({ object: 'balance', currency: 'THB' });
      expect(after.total - before.total).toBe((paid.net as number) - 50000);
      const transactions = await client().transactions.list({
        limit: 2,
        order: 'reverse_chronological',
      } as never);
      expect(transactions.data.map((each) => [each.id, each.direction])).toEqual([
        [refund.transaction, 'debit'],
        [paid.transaction, 'credit'],
      ]);
      expect(await client().transactions.retrieve(paid.transaction as string)).toMatchObject({
        amount: paid.net,
        origin: charge.id,
      });
    });

    test('retrieves the capability with the public key, listing every seed method', async () => {
      const capability = await client().capability.retrieve();
      const names = capability.payment_methods.map((method: { name: string }) => method.name);
      expect(names).toEqual(expect.arrayContaining(methods.map((method) => method.type)));
    });

    test('rejects a wrong key with authentication_failure (401)', async () => {
      const rejected = client({ secretKey: 'skey_wrong' }).charges.list();
      await expect(rejected).rejects.toMatchObject({ object: 'error', code: 'authentication_failure' });
    });

    test('rejects an unknown charge with not_found (404)', async () => {
      await expect(client().charges.retrieve('chrg_test_missing')).rejects.toMatchObject({
        object: 'error',
        code: 'not_found',
      });
    });

    test('rejects an amount under the minimum with invalid_charge (400)', async () => {
      const rejected = inlineCharge(100);
      await expect(rejected).rejects.toMatchObject({ object: 'error', code: 'invalid_charge' });
    });

    test('downloads the QR code of a charge from its download_uri', async () => {
      const source = await client().sources.create({ type: 'wechat_pay_mpm', amount: 150000, currency: THB });
      const charge = await client().charges.create({ amount: 150000, currency: THB, source: source.id });
      const uri = charge.source?.scannable_code?.image?.download_uri as string;
      const svg = await download(uri);
      expect(svg).toMatchObject({ status: 200, contentType: 'image/svg+xml' });
      expect(svg.body.toString('utf8')).toContain('<svg');
      const png = await download(`${uri}?format=png`);
      expect(png).toMatchObject({ status: 200, contentType: 'image/png', length: String(png.body.length) });
      expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // bytes intact
    });
  });
}

interface Download {
  status: number;
  contentType: string;
  length: string;
  body: Buffer;
}

function download(uri: string): Promise<Download> {
  // Read at call time: an ESM named import may keep the function from before nock patched it.
  const get = uri.startsWith('https:') ? https.get : http.get;
  return new Promise((resolve, reject) => {
    get(uri, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'] ?? '',
          length: res.headers['content-length'] ?? '',
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });
}
