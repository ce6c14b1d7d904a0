import type { ChargeRequest } from '../../domain/charge/create-charge.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { ChargeSource } from '../../operations/charge-operations.js';
import type { Params } from '../form-params.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '../limits/request-limits.js';
import {
  readBoolean,
  readHttpUrl,
  readInteger,
  readMetadata,
  readObject,
  readString,
  readTimestamp,
  readUrlList,
} from '../param-readers.js';
import { readSourceRequest } from './source-request.js';

/** `POST /charges`: the charge parameters and where its source comes from (an id, or inline `source[type]`). */
export function readChargeRequest(
  params: Params,
  origin: string,
  limits: RequestLimits = DEFAULT_REQUEST_LIMITS,
): { request: ChargeRequest; from: ChargeSource } {
  const amount = readInteger(params, 'amount', 'invalid_charge');
  const currency = readString(params, 'currency', 'invalid_charge');
  if (amount === null) throw omiseError('invalid_charge', messages.cannotBeBlank('amount'));
  if (currency === null) throw omiseError('invalid_charge', messages.cannotBeBlank('currency'));
  // A source's charge ignores it: it is captured when paid. omise-java sends `capture: false` on every charge
  // unless told otherwise (Charge.CreateRequestBuilder's `boolean capture`), and its live tests charge
  // PromptPay and Alipay sources that way, so the API takes it. A card charge with `capture: false` only
  // authorizes.
  const capture = readBoolean(params, 'capture', 'invalid_charge') ?? true;
  const ip = readString(params, 'ip', 'invalid_charge');
  const request: ChargeRequest = {
    amount,
    currency,
    description: readString(params, 'description', 'invalid_charge'),
    metadata: readMetadata(params, 'invalid_charge', limits.maxMetadataBytes) ?? {},
    returnUri: readHttpUrl(params, 'return_uri', 'invalid_charge', messages.returnUriInvalid),
    expiresAt: readTimestamp(params, 'expires_at', 'invalid_charge'),
    ip,
    webhookEndpoints: readUrlList(params, 'webhook_endpoints', 'invalid_charge', limits.maxWebhookEndpoints),
    origin,
  };
  return { request, from: readChargeSource(params, { amount, currency, ip }, capture) };
}

function readChargeSource(
  params: Params,
  fallback: { amount: number; currency: string; ip: string | null },
  capture: boolean,
): ChargeSource {
  const inline = readObject(params, 'source');
  if (inline) return { inline: readSourceRequest(inline, 'invalid_charge', fallback) };
  const id = readString(params, 'source', 'invalid_charge');
  if (id) return { id };
  const card = readString(params, 'card', 'invalid_charge');
  const customer = readString(params, 'customer', 'invalid_charge');
  if (card !== null || customer !== null) return { card, customer, capture };
  throw omiseError('invalid_charge', messages.cardOrSource);
}
