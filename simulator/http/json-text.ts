/** The JSON text of frozen objects, made once each: a frozen answer is handed out again unchanged. */
const texts = new WeakMap<object, string>();

/**
 * `JSON.stringify(value)`, remembered for a frozen object (a charge's render, shared while it holds: see
 * ChargeRenderCache). Freezing is the promise that the object never changes; only the top level is frozen,
 * so an object is frozen only by code that hands out every part of it unchanged. A list whose items are all
 * frozen is written around their remembered texts.
 */
export function jsonText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (!Object.isFrozen(value)) return listText(value as Record<string, unknown>) ?? JSON.stringify(value);
  const known = texts.get(value);
  if (known !== undefined) return known;
  const text = JSON.stringify(value);
  texts.set(value, text);
  return text;
}

/**
 * A list envelope (`{ object: 'list', data: [...] }`) whose items are all frozen: its keys in their order,
 * each written as JSON.stringify writes it (undefined ones left out), `data` from its items' texts.
 */
function listText(value: Record<string, unknown>): string | undefined {
  const { data } = value;
  if (value.object !== 'list' || !Array.isArray(data) || data.length === 0) return undefined;
  if (!data.every((item) => typeof item === 'object' && item !== null && Object.isFrozen(item)))
    return undefined;
  let text = '';
  for (const key of Object.keys(value)) {
    const written = key === 'data' ? `[${data.map(jsonText).join(',')}]` : JSON.stringify(value[key]);
    if (written === undefined) continue;
    text += `${text === '' ? '{' : ','}${JSON.stringify(key)}:${written}`;
  }
  return `${text}}`;
}
