/** The JSON text of frozen objects, made once each: a frozen answer is handed out again unchanged. */
const texts = new WeakMap<object, string>();

/**
 * `JSON.stringify(value)`, remembered for a frozen object (a charge's render, shared while it holds: see
 * ChargeRenderCache). Freezing is the promise that the object never changes; only the top level is frozen,
 * so an object is frozen only by code that hands out every part of it unchanged.
 */
export function jsonText(value: unknown): string {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return JSON.stringify(value);
  const known = texts.get(value);
  if (known !== undefined) return known;
  const text = JSON.stringify(value);
  texts.set(value, text);
  return text;
}
