import { readNumber, rejectUnknown } from '../../webhooks/read-fields.js';
import type { Params } from '../form-params.js';

/** `timeout_seconds` of the waiting endpoints: default 10, at most 60, so a request never hangs for long. */
export function readWaitMs(params: Params): number {
  rejectUnknown(params, ['timeout_seconds']);
  return (readNumber(params, 'timeout_seconds', 0, 60) ?? 10) * 1000;
}
