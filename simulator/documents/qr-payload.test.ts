import { expect, test } from 'vitest';
import type { ChargeRecord, SourceRecord } from '../domain/records.js';
import { isQrPayloadMode, qrPayload } from './qr-payload.js';

const document = {
  id: 'docu_test_5y4zomfmlti0uqm24u6',
  filename: 'qrcode.svg',
  token: '227EE5083E298A73',
  createdAt: 0,
};

function charge(sourceType: string, overrides: Partial<ChargeRecord> = {}): ChargeRecord {
  return {
    id: 'chrg_test_5y4zomdqoboas2g9rds',
    sourceType,
    document,
    origin: 'http://10.0.0.5:4100',
    ...overrides,
  } as ChargeRecord;
}

const upmSource = { barcode: '130991292552725093' } as SourceRecord;

test('points to the wallet page of the charge in wallet_url mode, PromptPay included', () => {
  for (const type of ['wechat_pay_mpm', 'promptpay', 'paynow'])
    expect(qrPayload(charge(type, { amount: 20_000_00 }), undefined, 'wallet_url')).toBe(
      'http://10.0.0.5:4100/wallet/chrg_test_5y4zomdqoboas2g9rds',
    );
});

test('gives interbank methods their real code and the others the wallet page in auto mode (the default)', () => {
  const promptpay = charge('promptpay', { amount: 20_000_00, expiresAt: 0 });
  expect(qrPayload(promptpay, undefined, 'auto')).toBe(qrPayload(promptpay, undefined, 'realistic'));
  expect(qrPayload(promptpay, undefined, 'auto')).toMatch(/^000201010212.*5802TH6304[0-9A-F]{4}$/);
  const paynow = charge('paynow', { amount: 20_000_00, expiresAt: 0 });
  expect(qrPayload(paynow, undefined, 'auto')).toMatch(/^000201.*SG\.PAYNOW.*6304[0-9A-F]{4}$/);
  for (const type of ['wechat_pay_mpm', 'alipayplus_mpm', 'atome_qr'])
    expect(qrPayload(charge(type), undefined, 'auto')).toBe(
      'http://10.0.0.5:4100/wallet/chrg_test_5y4zomdqoboas2g9rds',
    );
});

test('gives WeChat Pay MPM a weixin://wxpay/bizpayurl code in realistic mode', () => {
  expect(qrPayload(charge('wechat_pay_mpm'), undefined, 'realistic')).toMatch(
    /^weixin:\/\/wxpay\/bizpayurl\?pr=[0-9A-Za-z]{7}$/,
  );
});

test('gives Alipay+ MPM an Alipay+ style code in realistic mode', () => {
  expect(qrPayload(charge('alipayplus_mpm'), undefined, 'realistic')).toMatch(
    /^https:\/\/global\.alipay\.com\/281002040098[0-9A-Za-z]{24}$/,
  );
});

test("gives WeChat Pay UPM the customer's payment code in realistic mode", () => {
  expect(qrPayload(charge('wechat_pay_upm'), upmSource, 'realistic')).toBe('130991292552725093');
});

test('derives realistic codes from the document: same document, same code; another, another', () => {
  const first = qrPayload(charge('wechat_pay_mpm'), undefined, 'realistic');
  expect(qrPayload(charge('wechat_pay_mpm'), undefined, 'realistic')).toBe(first);
  const other = charge('wechat_pay_mpm', { document: { ...document, token: 'FED7CA673265A075' } });
  expect(qrPayload(other, undefined, 'realistic')).not.toBe(first);
});

test('falls back to the wallet URL for a method with no known code shape', () => {
  expect(qrPayload(charge('some_future_qr'), undefined, 'realistic')).toBe(
    'http://10.0.0.5:4100/wallet/chrg_test_5y4zomdqoboas2g9rds',
  );
});

test('knows its two modes', () => {
  expect(isQrPayloadMode('wallet_url')).toBe(true);
  expect(isQrPayloadMode('auto')).toBe(true);
  expect(isQrPayloadMode('realistic')).toBe(true);
  expect(isQrPayloadMode('random')).toBe(false);
});
