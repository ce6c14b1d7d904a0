import type { ChargeRecord, SourceRecord } from '../domain/records.js';
import { realisticPayload } from './realistic-payload.js';
import { walletUrl } from './wallet-url.js';

/**
 * What a document's QR encodes. `wallet_url` (default): the simulator's wallet page for the charge, so a
 * phone or a test can "scan" and pay. `realistic`: a method-shaped code, falling back to the wallet URL.
 */
export type QrPayloadMode = 'wallet_url' | 'realistic';

export const qrPayloadModes: readonly QrPayloadMode[] = ['wallet_url', 'realistic'];

export function qrPayload(
  charge: ChargeRecord,
  source: SourceRecord | undefined,
  mode: QrPayloadMode,
): string {
  return (mode === 'realistic' ? realisticPayload(charge, source) : null) ?? walletUrl(charge);
}

export function isQrPayloadMode(value: string): value is QrPayloadMode {
  return (qrPayloadModes as readonly string[]).includes(value);
}
