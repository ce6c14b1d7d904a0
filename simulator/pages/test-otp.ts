import { createHash } from 'node:crypto';

/**
 * The one-time password the simulated TrueMoney "sends" for a payment: fixed per reference, so a test can
 * compute it and a person can read it off the page (test mode shows it; nothing is really sent).
 */
export function testOtp(reference: string): string {
  const number = createHash('sha256').update(`otp:${reference}`).digest().readUInt32BE(0) % 1_000_000;
  return String(number).padStart(6, '0');
}
