import type { ChargeRecord, SourceRecord } from '../domain/records.js';
import type { RenderContext } from './api-version.js';
import { renderScannableCode } from './render-document.js';
import { iso } from './timestamps.js';

/**
 * A source. `charge` is the charge made from it, if any: the source then shows the charge's QR and
 * mirrors its status in `charge_status` ("unknown" before). Keys and order: omise-php 2025 sources-post.json
 * (the Alipay+ MPM seed's, plus `qr_settings`).
 */
export function renderSource(
  source: SourceRecord,
  charge: ChargeRecord | undefined,
  ctx: RenderContext,
  embedded = false,
): Record<string, unknown> {
  if (ctx.version === '2017-11-02') return renderSource2017(source, charge, embedded);
  return {
    object: 'source',
    id: source.id,
    livemode: false,
    location: `/sources/${source.id}`,
    amount: source.amount,
    barcode: source.barcode,
    bank: null,
    created_at: iso(source.createdAt),
    currency: source.currency,
    email: null,
    flow: source.flow,
    installment_term: null,
    ip: source.ip,
    absorption_type: null,
    name: null,
    // A real TrueMoney source repeats phone_number here (omise-swift's recorded charge
    // charges/chrg_test_5hd31zvpaoe85d9h3fh-get.json, 2019); null for the methods without one.
    mobile_number: source.phoneNumber,
    phone_number: source.phoneNumber,
    platform_type: null,
    scannable_code: renderScannableCode(charge),
    qr_settings: null,
    billing: null,
    shipping: null,
    items: [],
    references: null,
    provider_references: null,
    store_id: null,
    store_name: null,
    terminal_id: null,
    type: source.type,
    zero_interest_installments: null,
    charge_status: charge?.status ?? 'unknown',
    receipt_amount: null,
    discounts: [],
    promotion_code: null,
  };
}

/** The TrueMoney seed's 2017-11-02 source: the standalone one has livemode and location, the embedded not. */
function renderSource2017(
  source: SourceRecord,
  charge: ChargeRecord | undefined,
  embedded: boolean,
): Record<string, unknown> {
  const scannableCode = renderScannableCode(charge);
  return {
    object: 'source',
    id: source.id,
    ...(!embedded && { livemode: false, location: `/sources/${source.id}` }),
    type: source.type,
    flow: source.flow,
    amount: source.amount,
    currency: source.currency.toLowerCase(),
    ...(source.phoneNumber !== null && { phone_number: source.phoneNumber }),
    ...(source.barcode !== null && { barcode: source.barcode }),
    ...(scannableCode !== null && { scannable_code: scannableCode }),
  };
}
