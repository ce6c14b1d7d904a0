import { expect, test } from 'vitest';
import { signatureHeaders } from './signature-headers.js';
import { verifyOmiseSignature } from './verify-omise-signature.js';

const SECRET = 'c2VjcmV0';
const NEW_SECRET = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
const BODY = '{"object":"event"}';
const NOW = 1700000000_000;
// Hand-computed with openssl (see sign-payload.test.ts).
const VECTOR = '0dfc0ee3d10e81800bb37eb878376833899e6e83cf3900e1eaec705cc86db27c';

test('accepts a hand-computed vector', () => {
  const headers = { 'Omise-Signature': VECTOR, 'Omise-Signature-Timestamp': '1700000000' };
  expect(verifyOmiseSignature(BODY, headers, SECRET, { now: NOW })).toBe(true);
});

test("accepts what the simulator's signer produces", () => {
  expect(verifyOmiseSignature(BODY, signatureHeaders(BODY, [SECRET], 1700000000), SECRET, { now: NOW })).toBe(
    true,
  );
});

test('reads a Headers object and any header case', () => {
  const headers = new Headers({ 'omise-signature': VECTOR, 'OMISE-SIGNATURE-TIMESTAMP': '1700000000' });
  expect(verifyOmiseSignature(BODY, headers, SECRET, { now: NOW })).toBe(true);
  expect(
    verifyOmiseSignature(
      BODY,
      { 'OMISE-SIGNATURE': VECTOR, 'omise-signature-timestamp': '1700000000' },
      SECRET,
      { now: NOW },
    ),
  ).toBe(true);
});

test('reads a raw Buffer body', () => {
  expect(
    verifyOmiseSignature(Buffer.from(BODY), signatureHeaders(BODY, [SECRET], 1700000000), SECRET, {
      now: NOW,
    }),
  ).toBe(true);
});

test('accepts either signature of a rotation, whichever secret the merchant holds', () => {
  const headers = signatureHeaders(BODY, [NEW_SECRET, SECRET], 1700000000);
  expect(headers['Omise-Signature']).toBe(
    `${signatureHeaders(BODY, [NEW_SECRET], 1700000000)['Omise-Signature']},${VECTOR}`,
  );
  expect(verifyOmiseSignature(BODY, headers, SECRET, { now: NOW })).toBe(true);
  expect(verifyOmiseSignature(BODY, headers, NEW_SECRET, { now: NOW })).toBe(true);
});

test('accepts a list of secrets held during a rotation', () => {
  const headers = { 'Omise-Signature': VECTOR, 'Omise-Signature-Timestamp': '1700000000' };
  expect(verifyOmiseSignature(BODY, headers, [NEW_SECRET, SECRET], { now: NOW })).toBe(true);
});

test('rejects a signature in a header sent twice only when none matches', () => {
  const headers = { 'omise-signature': ['deadbeef', VECTOR], 'omise-signature-timestamp': '1700000000' };
  expect(verifyOmiseSignature(BODY, headers, SECRET, { now: NOW })).toBe(true);
  expect(
    verifyOmiseSignature(BODY, { ...headers, 'omise-signature': ['deadbeef'] }, SECRET, { now: NOW }),
  ).toBe(false);
});

test('rejects a re-serialized body', () => {
  const pretty = '{\n  "object": "event"\n}\n';
  const headers = signatureHeaders(pretty, [SECRET], 1700000000);
  expect(verifyOmiseSignature(JSON.stringify(JSON.parse(pretty)), headers, SECRET, { now: NOW })).toBe(false);
});

test('rejects an old timestamp with a valid signature', () => {
  expect(
    verifyOmiseSignature(BODY, signatureHeaders(BODY, [SECRET], 1700000000 - 600), SECRET, { now: NOW }),
  ).toBe(false);
});
