// failure_message for each failure_code the seed methods can fail with. Omise prints short lower-case
// phrases ("payment rejected", "failed processing" in omise-woocommerce's handling of offline charges);
// the exact text for each code is assumed in that style (FIDELITY.md).
export const failureMessages: Readonly<Record<string, string>> = {
  payment_expired: 'payment expired',
  payment_rejected: 'payment rejected',
  // omise-php 2025 charges-get.json records this text for insufficient_fund (omise-woocommerce's table too).
  insufficient_fund: 'insufficient funds in the account or the card has reached the credit limit',
  insufficient_balance: 'insufficient balance',
  failed_processing: 'failed processing',
  invalid_account: 'invalid account',
  payment_cancelled: 'payment cancelled',
  // Card test numbers (docs.omise.co/api-testing); texts from omise-woocommerce's table of API messages and,
  // for failed_fraud_check, omise-php 2025 charges-get.json.
  stolen_or_lost_card: 'card is stolen or lost',
  failed_fraud_check: 'failed fraud check',
  invalid_security_code: 'the security code is invalid',
};
