import { messages } from '../../errors/messages.js';
import type { SourceParam } from '../methods/payment-method.js';

// Atome's source describes the order: a shipping address and the items bought (docs.omise.co/atome;
// omise-java's live Atome test sends shipping country, postal_code and street1, and items with sku, name,
// amount and quantity). Which fields are required and the wording of the errors are assumed (FIDELITY.md); the
// request gives them as form hashes (strings) or JSON (numbers), and both read the same.

const SHIPPING_FIELDS = ['country', 'postal_code', 'street1'] as const;
const ITEM_TEXT_FIELDS = ['sku', 'name'] as const;
const ITEM_COUNT_FIELDS = ['amount', 'quantity'] as const;

/** What is missing or malformed in the order details a method requires, as Omise-style sentence parts. */
export function orderDetailsProblems(
  required: readonly SourceParam[],
  shipping: unknown,
  items: unknown,
): string[] {
  return [
    ...(required.includes('shipping') ? shippingProblems(shipping) : []),
    ...(required.includes('items') ? itemsProblems(items) : []),
  ];
}

/** What is missing or malformed in `shipping` (none: it is complete). */
function shippingProblems(shipping: unknown): string[] {
  if (!isHash(shipping)) return [messages.cannotBeBlank('shipping')];
  return SHIPPING_FIELDS.filter((field) => !isText(shipping[field])).map((field) =>
    messages.cannotBeBlank(`shipping[${field}]`),
  );
}

/** What is missing or malformed in `items`: a non-empty list of hashes, each with text and counts. */
function itemsProblems(items: unknown): string[] {
  if (!Array.isArray(items) || items.length === 0) return [messages.cannotBeBlank('items')];
  const problems = new Set<string>();
  for (const item of items) {
    if (!isHash(item)) {
      problems.add(messages.invalidField('items'));
      continue;
    }
    for (const field of ITEM_TEXT_FIELDS)
      if (!isText(item[field])) problems.add(messages.cannotBeBlank(`items[][${field}]`));
    for (const field of ITEM_COUNT_FIELDS)
      if (!isCount(item[field])) problems.add(messages.notAnInteger(`items[][${field}]`));
  }
  return [...problems];
}

function isHash(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
}

/** A whole number of subunits or pieces, not negative: `1500` or `"1500"`. */
function isCount(value: unknown): boolean {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0;
}
