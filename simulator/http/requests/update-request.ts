import type { ChargeUpdate } from '../../domain/charge/update-charge.js';
import type { Params } from '../form-params.js';
import { readMetadata, readString } from '../param-readers.js';

/** `PATCH /charges/:id`: only description and metadata change; other parameters are ignored. */
export function readChargeUpdate(params: Params, maxMetadataBytes?: number): ChargeUpdate {
  const metadata = readMetadata(params, 'bad_request', maxMetadataBytes);
  return {
    ...('description' in params && { description: readString(params, 'description') }),
    ...(metadata !== null && { metadata }),
  };
}
