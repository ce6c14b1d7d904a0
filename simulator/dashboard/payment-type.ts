type Json = Record<string, unknown>;

/** What a rendered charge was paid with: its source's type, or `card` for a card charge (`source: null`). */
export function paymentType(charge: Json): string {
  const source = charge.source as Json | null;
  if (source) return String(source.type);
  return charge.card ? 'card' : '';
}
