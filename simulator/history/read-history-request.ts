import type { AccountCountry } from '../domain/country/account-country.js';
import { offeredIn } from '../domain/country/offered-in.js';
import { findPaymentMethod, paymentMethods } from '../domain/methods/index.js';
import type { PaymentMethod } from '../domain/methods/payment-method.js';
import { omiseError } from '../errors/omise-error.js';
import type { Params } from '../http/form-params.js';
import { readList, readNumber, rejectUnknown } from '../webhooks/read-fields.js';
import { historyMessages } from './history-messages.js';
import type { HistoryRequest } from './plan-history.js';

export const MAX_SEEDED_CHARGES = 10_000;
const DEFAULTS = { days: 7, perDay: 20, seed: 1 };

/** `{"days": 30, "per_day": 40, "methods": ["truemoney"], "seed": 7}` (or `count` instead of `per_day`). */
export function readHistoryRequest(params: Params, country: AccountCountry): HistoryRequest {
  rejectUnknown(params, ['days', 'per_day', 'count', 'methods', 'seed']);
  const days = whole(params, 'days', 1, 366) ?? DEFAULTS.days;
  const perDay = whole(params, 'per_day', 1, MAX_SEEDED_CHARGES);
  const count = whole(params, 'count', 1, MAX_SEEDED_CHARGES);
  if (perDay !== null && count !== null) throw omiseError('bad_request', historyMessages.countAndPerDay);
  const total = count ?? days * (perDay ?? DEFAULTS.perDay);
  if (total > MAX_SEEDED_CHARGES)
    throw omiseError('bad_request', historyMessages.tooManyCharges(MAX_SEEDED_CHARGES));
  return {
    days,
    count: total,
    methods: readMethods(params, country),
    currency: country.currency,
    seed: whole(params, 'seed', 0, 2 ** 32 - 1) ?? DEFAULTS.seed,
  };
}

function whole(params: Params, name: string, min: number, max: number): number | null {
  const value = readNumber(params, name, min, max);
  return value === null ? null : Math.floor(value);
}

/**
 * The methods the account's country offers: those asked for (a list, or one comma-separated string as a form
 * or a query gives it), or all of them.
 */
function readMethods(params: Params, country: AccountCountry): PaymentMethod[] {
  const offered = paymentMethods.filter((method) => offeredIn(method, country));
  const known = offered.map((method) => method.type);
  const list = readList(params, 'methods');
  if (list === null || list.length === 0) {
    if (offered.length === 0) throw omiseError('bad_request', historyMessages.nothingOffered(country.code));
    return offered;
  }
  // A list item that is not a string (a number, an object from a JSON body) names no method: refused below.
  const types = list.flatMap((item) =>
    typeof item === 'string' ? item.split(',') : [JSON.stringify(item) ?? ''],
  );
  return [...new Set(types.map((type) => type.trim()))].map((type) => {
    const method = findPaymentMethod(type);
    if (!method || !offeredIn(method, country))
      throw omiseError('bad_request', historyMessages.unknownMethod(type, country.code, known));
    return method;
  });
}
