import { type OmiseError, omiseError } from '../errors/omise-error.js';

/** A snapshot the simulator cannot take: a client mistake, so a 400 that changes nothing. */
export function invalid(message: string): OmiseError {
  return omiseError('bad_request', message);
}
