import type { PaymentMethod } from './payment-method.js';

// docs.omise.co/mobile-banking-<bank> (each bank's page): Thailand only, minimum API version 2017-11-02, an
// off-site flow: "once the charge is created, it can only be authorized via the corresponding Bank's
// application", opened by a deep link; omise-java's live source tests record the source with flow
// app_redirect. Limits: Thailand's charge limits (docs.omise.co/currency-and-amount). Expiry: 7 days, as
// omise-swift's recorded mobile_banking_scb charge (2020). Failure codes, fee: assumed like the other Thai
// methods; refunds: Omise's general rule (365 days after payment, partial); no void (FIDELITY.md).
// The five banks' methods differ only in their type: one rule, five names.
function thaiMobileBanking(bank: string): PaymentMethod {
  return {
    type: `mobile_banking_${bank}`,
    flow: 'app_redirect',
    interaction: 'redirect',
    sourcesApi: true,
    sourceParams: [],
    chargeRequiresReturnUri: true,
    limits: { THB: { min: 2000, max: 15000000 } },
    expiry: { defaultSeconds: 7 * 24 * 3600, minSeconds: 60, maxSeconds: 7 * 24 * 3600 },
    failureCodes: ['payment_expired', 'payment_rejected', 'failed_processing', 'insufficient_fund'],
    voidWindow: null,
    refund: { windowDays: 365, from: 'paid_at', partial: true },
    fee: { ratePercent: '1.65' },
    scannableCode: null,
    authorizeUri: true,
    countries: ['TH'],
    minApiVersion: '2017-11-02',
    source: `docs.omise.co/mobile-banking-${bank} (How to enable, Payment flow); omise-java LiveSourceRequestTest (flow)`,
  };
}

/** Krungsri (KMA app). */
export const mobileBankingBay = thaiMobileBanking('bay');
/** Bangkok Bank (Bualuang mBanking app). */
export const mobileBankingBbl = thaiMobileBanking('bbl');
/** KBank (K PLUS app). */
export const mobileBankingKbank = thaiMobileBanking('kbank');
/** Krungthai (Krungthai NEXT app). */
export const mobileBankingKtb = thaiMobileBanking('ktb');
/** SCB (SCB Easy app). */
export const mobileBankingScb = thaiMobileBanking('scb');
