import type { RefundRequest } from '../../domain/charge/refund-charge.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { Params } from '../form-params.js';
import { readInteger, readMetadata } from '../param-readers.js';

export function readRefundRequest(params: Params, maxMetadataBytes?: number): RefundRequest {
  const amount = readInteger(params, 'amount');
  if (amount === null) throw omiseError('bad_request', messages.cannotBeBlank('amount'));
  if (amount <= 0) throw omiseError('bad_request', messages.invalidField('amount'));
  return { amount, metadata: readMetadata(params, 'bad_request', maxMetadataBytes) ?? {} };
}
