import type { ChargeRecord } from '../records.js';

export interface ChargeUpdate {
  readonly description?: string | null;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/** `PATCH /charges/:id`: description and metadata, in any state. Metadata is replaced, not merged. */
export function updateCharge(charge: ChargeRecord, update: ChargeUpdate): ChargeRecord {
  return {
    ...charge,
    ...(update.description !== undefined && { description: update.description }),
    ...(update.metadata !== undefined && { metadata: update.metadata }),
  };
}
