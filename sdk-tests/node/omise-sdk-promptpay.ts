import { createRequire } from 'node:module';
import omiseModule from 'omise';
import { describe, expect, test } from 'vitest';
import type { SdkConnection } from './omise-sdk-suite.js';

// A PromptPay checkout as docs.omise.co/promptpay describes it, through the omise npm SDK: a source with the
// public key, a charge of it with the secret key, the QR to show, then the payment or the expiry.
const omise = omiseModule as unknown as typeof omiseModule.default;
// omise-node has no mark_as_paid: it goes through the SDK's own transport, as in omise-sdk-suite.ts.
const sdkTransport = createRequire(import.meta.url)('omise/lib/api.js') as {
  post(options: Record<string, unknown>): Promise<Record<string, unknown>>;
};

export function describePromptPayFlow(title: string, connect: () => SdkConnection): void {
  describe(title, () => {
    const client = () => {
      const { config, publicKey, secretKey } = connect();
      return omise({ ...config, publicKey, secretKey, scheme: config.scheme as never });
    };
    const promptpayCharge = async () => {
      const source = await client().sources.create({ type: 'promptpay', amount: 35000, currency: 'THB' });
      expect(source).toMatchObject({ type: 'promptpay', flow: 'offline', charge_status: 'unknown' });
      return client().charges.create({ amount: 35000, currency: 'THB', source: source.id });
    };

    test('shows a PromptPay QR that expires 24 hours after the charge is made', async () => {
      const charge = await promptpayCharge();
      expect(charge).toMatchObject({ status: 'pending', source: { type: 'promptpay' } });
      expect(Date.parse(charge.expires_at as string) - Date.parse(charge.created_at)).toBe(24 * 3600_000);
      const image = charge.source?.scannable_code?.image;
      expect(image).toMatchObject({ object: 'document', filename: 'qrcode.svg' });
    });

    test('is paid by the customer (mark_as_paid stands in for the banking app) or expires', async () => {
      const paid = await promptpayCharge();
      const { config, secretKey } = connect();
      await sdkTransport.post({ ...config, key: secretKey, path: `/charges/${paid.id}/mark_as_paid` });
      expect(await client().charges.retrieve(paid.id)).toMatchObject({ status: 'successful', paid: true });
      const expired = await client().charges.expire((await promptpayCharge()).id);
      expect(expired).toMatchObject({ status: 'expired', expired: true, source: { type: 'promptpay' } });
    });

    test('refuses a PromptPay amount over 150,000 THB with bad_request', async () => {
      const rejected = client().sources.create({ type: 'promptpay', amount: 15000001, currency: 'THB' });
      await expect(rejected).rejects.toMatchObject({ object: 'error', code: 'bad_request' });
    });
  });
}
