import { expect, test } from 'vitest';
import { testOtp } from './test-otp.js';

test('gives six digits, the same for the same reference', () => {
  expect(testOtp('pay2_test_5fxf2ntr10o6ibucntm')).toMatch(/^\d{6}$/);
  expect(testOtp('pay2_test_5fxf2ntr10o6ibucntm')).toBe(testOtp('pay2_test_5fxf2ntr10o6ibucntm'));
  expect(testOtp('pay2_test_5fxf2ntr10o6ibucntm')).not.toBe(testOtp('pay2_test_5fxf2o3j2moe92owpy8'));
});
