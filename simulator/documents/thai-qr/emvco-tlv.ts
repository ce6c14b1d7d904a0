/** One EMVCo data object: a two-digit id, a two-digit length, the value (ASCII, at most 99 characters). */
export function emvcoTlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id) || value.length > 99) throw new RangeError(`not an EMVCo data object: ${id}`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** The data objects of a payload (or of a template's value), by id; null when it is not well formed. */
export function readEmvcoTlv(payload: string): Map<string, string> | null {
  const objects = new Map<string, string>();
  let at = 0;
  while (at < payload.length) {
    const id = payload.slice(at, at + 2);
    const length = Number(payload.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(payload.slice(at + 2, at + 4))) return null;
    const value = payload.slice(at + 4, at + 4 + length);
    if (value.length !== length || objects.has(id)) return null;
    objects.set(id, value);
    at += 4 + length;
  }
  return objects;
}

/** An amount in minor units as EMVCo's transaction amount (tag 54): whole units, a dot, two decimals. */
export function emvcoAmount(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}
