// A render formats the same few seconds again and again (created_at, the clock's now, expiries): the strings
// of the last seconds seen are kept rather than formatted each time.
const cache = new Map<number, string>();
const CACHE_SIZE = 256;

/** Omise timestamps: ISO 8601 in UTC with whole seconds, e.g. 2024-09-10T03:57:17Z. */
export function iso(ms: number): string {
  const second = Math.floor(ms / 1000);
  let text = cache.get(second);
  if (text === undefined) {
    text = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(second, text);
  }
  return text;
}

export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : iso(ms);
}

export const EPOCH_ISO = '1970-01-01T00:00:00Z';
