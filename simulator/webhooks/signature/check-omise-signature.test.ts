import { expect, test } from 'vitest';
import { checkOmiseSignature } from './check-omise-signature.js';
import { signatureHeaders } from './signature-headers.js';

const SECRET = 'c2VjcmV0';
const OTHER = 'b3RoZXI=';
const BODY = '{"object":"event"}';
const NOW = 1700000000_000;

test('accepts a body signed now', () => {
  expect(
    checkOmiseSignature(BODY, signatureHeaders(BODY, [SECRET], 1700000000), SECRET, { now: NOW }),
  ).toEqual({
    ok: true,
    timestamp: 1700000000,
  });
});

test('says the signature header is missing', () => {
  const check = checkOmiseSignature(BODY, { 'omise-signature-timestamp': '1700000000' }, SECRET, {
    now: NOW,
  });
  expect(check).toMatchObject({ ok: false, reason: 'missing_signature' });
});

test('says the timestamp is missing or not a number', () => {
  const headers = signatureHeaders(BODY, [SECRET], 1700000000);
  expect(
    checkOmiseSignature(BODY, { ...headers, 'Omise-Signature-Timestamp': 'soon' }, SECRET),
  ).toMatchObject({
    reason: 'missing_timestamp',
  });
});

test('rejects a timestamp 301 s old and accepts one 300 s old', () => {
  const at = (seconds: number) => signatureHeaders(BODY, [SECRET], 1700000000 - seconds);
  expect(checkOmiseSignature(BODY, at(301), SECRET, { now: NOW })).toMatchObject({
    reason: 'timestamp_outside_tolerance',
    timestamp: 1699999699,
  });
  expect(checkOmiseSignature(BODY, at(300), SECRET, { now: NOW }).ok).toBe(true);
});

test('rejects a timestamp from the future beyond the tolerance', () => {
  const headers = signatureHeaders(BODY, [SECRET], 1700000000 + 400);
  expect(checkOmiseSignature(BODY, headers, SECRET, { now: NOW }).ok).toBe(false);
});

test('takes a custom tolerance, and Infinity turns the check off', () => {
  const headers = signatureHeaders(BODY, [SECRET], 1700000000 - 86400);
  expect(checkOmiseSignature(BODY, headers, SECRET, { now: NOW, toleranceSeconds: 90000 }).ok).toBe(true);
  expect(checkOmiseSignature(BODY, headers, SECRET, { now: NOW, toleranceSeconds: Infinity }).ok).toBe(true);
});

test('says no signature matches another secret or a changed body', () => {
  const headers = signatureHeaders(BODY, [SECRET], 1700000000);
  expect(checkOmiseSignature(BODY, headers, OTHER, { now: NOW })).toMatchObject({
    reason: 'no_matching_signature',
  });
  expect(checkOmiseSignature(`${BODY} `, headers, SECRET, { now: NOW })).toMatchObject({
    reason: 'no_matching_signature',
  });
});
