import type { ChargeRecord } from '../domain/records.js';

/** The simulator's wallet page for a charge: what the default QR payload points a scanning phone to. */
export function walletUrl(charge: Pick<ChargeRecord, 'id' | 'origin'>): string {
  return `${charge.origin}/wallet/${charge.id}`;
}
