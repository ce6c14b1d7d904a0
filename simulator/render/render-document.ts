import type { ChargeRecord, DocumentRecord } from '../domain/records.js';
import { iso } from './timestamps.js';

/** The QR image as a `document` (seeds: Alipay+ MPM, WeChat Pay UPM). */
export function renderDocument(charge: ChargeRecord, document: DocumentRecord): Record<string, unknown> {
  const location = `/charges/${charge.id}/documents/${document.id}`;
  return {
    object: 'document',
    livemode: false,
    id: document.id,
    deleted: false,
    filename: document.filename,
    location,
    kind: 'qr',
    download_uri: `${charge.origin}${location}/downloads/${document.token}`,
    created_at: iso(document.createdAt),
  };
}

export function renderScannableCode(charge: ChargeRecord | undefined): Record<string, unknown> | null {
  if (!charge?.document) return null;
  return { object: 'barcode', type: 'qr', image: renderDocument(charge, charge.document) };
}
