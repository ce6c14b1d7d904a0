import { expect, test } from 'vitest';
import { createPendingCharge, testApi } from '../test-support/test-api.js';

// The key order of omise-php's 2025 recording tests/fixtures/api.omise.co/charges-get.json (every charge in it).
const CHARGE_KEYS_2025 = [
  ...['object', 'id', 'location', 'amount', 'authorization_type', 'authorized_amount', 'captured_amount'],
  ...['acquirer_reference_number', 'net', 'fee', 'fee_vat', 'interest', 'interest_vat', 'funding_amount'],
  ...['refunded_amount', 'transaction_fees', 'platform_fee', 'currency', 'funding_currency', 'ip', 'refunds'],
  ...['link', 'description', 'metadata', 'card', 'source', 'schedule', 'linked_account', 'customer'],
  ...['dispute', 'transaction', 'failure_code', 'failure_message', 'merchant_advice', 'merchant_advice_code'],
  ...['status', 'authorize_uri', 'return_uri', 'created_at', 'paid_at', 'authorized_at', 'expires_at'],
  ...['expired_at', 'reversed_at', 'multi_capture', 'zero_interest_installments', 'branch', 'terminal'],
  ...['device', 'authorized', 'capturable', 'capture', 'disputable', 'livemode', 'refundable'],
  ...['partially_refundable', 'reversed', 'reversible', 'voided', 'paid', 'expired', 'can_perform_void'],
  'approval_code',
];

test('renders a charge with the 63 keys of the 2025 recordings, in their order', async () => {
  const api = testApi();
  const charge = await createPendingCharge(api, 'alipayplus_mpm');
  expect(Object.keys(charge)).toEqual(CHARGE_KEYS_2025);
  expect(charge).toMatchObject({
    authorization_type: null,
    authorized_amount: 150000,
    captured_amount: 150000,
    merchant_advice: null,
    merchant_advice_code: null,
    multi_capture: false,
  });
});

test('renders qr_settings on a source, after scannable_code, as sources-post.json (2025) does', async () => {
  const api = testApi();
  const { body } = await api.post('/sources', { type: 'alipayplus_mpm', amount: 150000, currency: 'THB' });
  const keys = Object.keys(body);
  expect(keys[keys.indexOf('scannable_code') + 1]).toBe('qr_settings');
  expect(body.qr_settings).toBeNull();
});
