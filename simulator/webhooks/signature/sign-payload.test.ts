import { expect, test } from 'vitest';
import { signPayload } from './sign-payload.js';

// Vectors computed outside Node: printf '%s' '<ts>.<body>' | openssl dgst -sha256 -hmac 'secret'
// ('c2VjcmV0' is base64 for 'secret'), and with -mac HMAC -macopt hexkey:0001...1f for the 32-byte key.
const BODY = '{"object":"event"}';

test('signs "<timestamp>.<body>" with the base64-decoded secret', () => {
  expect(signPayload(BODY, 'c2VjcmV0', 1700000000)).toBe(
    '0dfc0ee3d10e81800bb37eb878376833899e6e83cf3900e1eaec705cc86db27c',
  );
});

test('uses the decoded bytes, not the base64 text, as the key', () => {
  const secret = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
  expect(signPayload(BODY, secret, '1700000000')).toBe(
    'edc8c0e334764ff4ade4eba131afd7348c2e42a46d479bf9e26a50466759f0ba',
  );
});

test('signs bytes and text alike', () => {
  expect(signPayload(Buffer.from(`1.${BODY}`).subarray(2), 'c2VjcmV0', 1)).toBe(
    signPayload(BODY, 'c2VjcmV0', 1),
  );
});
