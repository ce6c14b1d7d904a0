// The test card numbers of docs.omise.co/api-testing ("Creating successful charges", "Creating failed
// charges"), as data: a number not listed here charges successfully, as any valid number does in test mode.
// Issuer details (bank, country) follow omise-php's 2025 recordings: the Visa ...0011 card of charges-get.json
// shows "JPMORGAN CHASE BANK N.A." and "th"; the 4242 token of tokens-post.json shows "" for both.

/** What a test card number does when charged. */
export interface TestCard {
  readonly number: string;
  /** The charge's failure_code, or null when it succeeds. */
  readonly failureCode: string | null;
  /** Whether the charge first waits for 3-D Secure on the authorize page (assumed numbers, FIDELITY.md). */
  readonly threeDSecure: boolean;
}

const succeeds = (number: string): TestCard => ({ number, failureCode: null, threeDSecure: false });
const fails = (failureCode: string, number: string): TestCard => ({
  number,
  failureCode,
  threeDSecure: false,
});

export const testCards: readonly TestCard[] = [
  succeeds('4242424242424242'),
  succeeds('4111111111111111'),
  succeeds('5555555555554444'),
  succeeds('5454545454545454'),
  succeeds('3530111333300000'),
  succeeds('3566111111111113'),
  succeeds('378282246310005'),
  succeeds('6447032400000000001'),
  succeeds('36021042000004'),
  succeeds('6250947000000006'),
  fails('insufficient_fund', '4111111111140011'),
  fails('insufficient_fund', '5555551111110011'),
  fails('insufficient_fund', '3530111111190011'),
  fails('insufficient_fund', '6250947000000014'),
  fails('stolen_or_lost_card', '4111111111130012'),
  fails('stolen_or_lost_card', '5555551111100012'),
  fails('stolen_or_lost_card', '3530111111180012'),
  fails('stolen_or_lost_card', '6250947000000022'),
  fails('failed_processing', '4111111111120013'),
  fails('failed_processing', '5555551111190013'),
  fails('failed_processing', '3530111111170013'),
  fails('failed_processing', '377138160000009'),
  fails('failed_processing', '6447032400001111005'),
  fails('failed_processing', '36021042111108'),
  fails('failed_processing', '6250947000000030'),
  fails('payment_rejected', '4111111111110014'),
  fails('payment_rejected', '5555551111180014'),
  fails('payment_rejected', '3530111111160014'),
  // 3-D Secure: omise-php's 2025 charges-get.json records Visa and MasterCard cards ending 0002 charged
  // through an authorize_uri; the api-testing page's 3-D Secure table could not be read, so these two numbers
  // (the schemes' usual "authentication required" test cards) are assumed (FIDELITY.md).
  { number: '4000000000000002', failureCode: null, threeDSecure: true },
  { number: '5200000000000007', failureCode: null, threeDSecure: true },
];

const byNumber = new Map(testCards.map((card) => [card.number, card]));

/** What charging this number does: its row of the table, or success. */
export function testCardOutcome(number: string): TestCard {
  return byNumber.get(number) ?? succeeds(number);
}

/** The issuing bank and country a test card's token shows. */
export function testCardIssuer(card: TestCard): { bank: string; country: string } {
  return card.failureCode !== null && card.number.startsWith('4')
    ? { bank: 'JPMORGAN CHASE BANK N.A.', country: 'th' }
    : { bank: '', country: '' };
}
