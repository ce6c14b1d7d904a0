/** The requests every system of the HTTP bench answers: a charge create and a retrieve. */
export const benchAuth = { authorization: `Basic ${Buffer.from('skey_test_bench:').toString('base64')}` };
export const formHeaders = { ...benchAuth, 'content-type': 'application/x-www-form-urlencoded' };
export const chargeBody =
  'amount=150000&currency=THB&source[type]=wechat_pay_upm&source[barcode]=130991292552725093';

/** The same requests in the peer's (Stripe's) terms: a card charge from a test token, and its retrieve. */
export const peerAuth = { authorization: `Basic ${Buffer.from('sk_test_bench:').toString('base64')}` };
export const peerChargeBody = 'amount=150000&currency=thb&source=tok_visa';
