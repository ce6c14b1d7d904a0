import type { SourceRequest } from '../../domain/source/create-source.js';
import type { ErrorCode } from '../../errors/error-codes.js';
import type { Params } from '../form-params.js';
import { readInteger, readString, readTimestamp } from '../param-readers.js';

/** Source parameters, from `POST /sources` or from the `source[...]` object of `POST /charges`. */
export function readSourceRequest(
  params: Params,
  code: ErrorCode,
  fallback: Partial<SourceRequest> = {},
): SourceRequest {
  return {
    type: readString(params, 'type', code),
    amount: readInteger(params, 'amount', code) ?? fallback.amount ?? null,
    currency: readString(params, 'currency', code) ?? fallback.currency ?? null,
    barcode: readString(params, 'barcode', code),
    phoneNumber: readString(params, 'phone_number', code),
    shipping: params.shipping ?? null,
    items: params.items ?? null,
    expiresAt: readTimestamp(params, 'expires_at', code),
    ip: readString(params, 'ip', code) ?? fallback.ip ?? null,
  };
}
