/** Omise timestamps: ISO 8601 in UTC with whole seconds, e.g. 2024-09-10T03:57:17Z. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}

export const EPOCH_ISO = '1970-01-01T00:00:00Z';
