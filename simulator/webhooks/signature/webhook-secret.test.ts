import { expect, test } from 'vitest';
import { seededRandom } from '../../domain/ids.js';
import { decodeWebhookSecret, generateWebhookSecret, isWebhookSecret } from './webhook-secret.js';

test('accepts padded base64 and refuses anything else', () => {
  for (const secret of ['c2VjcmV0', 'b3RoZXI=', 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=']) {
    expect(isWebhookSecret(secret)).toBe(true);
  }
  for (const secret of ['', 'secret', 'b3RoZXI', 'not base64!', 'c2Vj\ncmV0'])
    expect(isWebhookSecret(secret)).toBe(false);
});

test('generates 32 random bytes, the same ones from the same seed', () => {
  const secret = generateWebhookSecret(seededRandom(5));
  expect(isWebhookSecret(secret)).toBe(true);
  expect(decodeWebhookSecret(secret)).toHaveLength(32);
  expect(generateWebhookSecret(seededRandom(5))).toBe(secret);
});
