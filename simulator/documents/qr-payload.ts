import type { ChargeRecord, SourceRecord } from '../domain/records.js';
import { interbankPayload, realisticPayload } from './realistic-payload.js';
import { walletUrl } from './wallet-url.js';

/**
 * What a document's QR encodes. `auto` (default): the real payload for the methods whose QR is an interbank
 * standard any banking app parses (PromptPay's Thai QR Payment, PayNow's SGQR), and the simulator's wallet page
 * for the others, so a phone or a test can "scan" and pay. `wallet_url`: the wallet page for every method (what
 * `auto` was before PromptPay). `realistic`: a method-shaped code for every method that has one.
 */
export type QrPayloadMode = 'auto' | 'wallet_url' | 'realistic';

export const qrPayloadModes: readonly QrPayloadMode[] = ['auto', 'wallet_url', 'realistic'];

export const DEFAULT_QR_PAYLOAD_MODE: QrPayloadMode = 'auto';

export function qrPayload(
  charge: ChargeRecord,
  source: SourceRecord | undefined,
  mode: QrPayloadMode,
): string {
  const real =
    mode === 'realistic'
      ? realisticPayload(charge, source)
      : mode === 'auto'
        ? interbankPayload(charge, source)
        : null;
  return real ?? walletUrl(charge);
}

export function isQrPayloadMode(value: string): value is QrPayloadMode {
  return (qrPayloadModes as readonly string[]).includes(value);
}
