import type { MerchantBug } from './bugs.js';
import { callOnce } from './call-once.js';
import { OmiseApiError, type OmiseClient } from './omise-client.js';

// Banking apps and wallets that send the customer away and back (Atome, which needs the order's shipping and
// items on its source, is not offered by this merchant).
const APP_AND_WALLET_REDIRECTS = [
  ...['mobile_banking_bay', 'mobile_banking_bbl', 'mobile_banking_kbank', 'mobile_banking_ktb'],
  ...['mobile_banking_scb', 'shopeepay', 'shopeepay_jumpapp', 'grabpay', 'rabbit_linepay'],
];
// Methods whose source is made first (client side in real life), as their docs show; the B-scan-C methods
// are created with the charge, from the scanned payment code.
const SOURCE_FIRST = new Set([
  ...['wechat_pay_mpm', 'alipayplus_mpm', 'truemoney'],
  ...['promptpay', 'paynow', 'atome_qr', 'truemoney_jumpapp'],
  ...APP_AND_WALLET_REDIRECTS,
]);
// Redirect methods (and cards, for 3-D Secure): the customer comes back to this page after paying.
const REDIRECT = new Set(['truemoney', 'truemoney_jumpapp', 'card', ...APP_AND_WALLET_REDIRECTS]);

/** Creates the charge of a checkout, once; returns it. */
export async function createCheckoutCharge(
  omise: OmiseClient,
  body: Record<string, unknown>,
  bug: MerchantBug | undefined,
) {
  const orderId = String(body.orderId);
  const currency = bug === 'wrong-currency' ? 'THB' : body.currency;
  // A card checkout charges the customer's token; 3-D Secure brings them back to return_uri, as TrueMoney does.
  const paidWith =
    body.method === 'card' ? { card: body.card } : { source: await chargeSource(omise, body, currency) };
  const params = {
    amount: body.amount,
    currency,
    ...paidWith,
    metadata: { order_id: orderId },
    ...(REDIRECT.has(String(body.method)) && {
      return_uri: `https://pos.example/orders/${orderId}/complete`,
    }),
  };
  const lookUp = async () =>
    (await omise.recentCharges()).find(
      (charge) => (charge.metadata as { order_id?: unknown } | null)?.order_id === orderId,
    );
  return callOnce(() => omise.createCharge(params), lookUp, bug);
}

/** A source costs nothing until charged: after an unclear failure, making another one is safe. */
async function chargeSource(omise: OmiseClient, body: Record<string, unknown>, currency: unknown) {
  const source = { type: body.method, barcode: body.barcode, phone_number: body.phoneNumber };
  if (!SOURCE_FIRST.has(String(body.method))) return source;
  const params = { ...source, amount: body.amount, currency };
  try {
    return (await omise.createSource(params)).id;
  } catch (error) {
    if (!(error instanceof OmiseApiError) || !error.unclear) throw error;
    return (await omise.createSource(params)).id;
  }
}
