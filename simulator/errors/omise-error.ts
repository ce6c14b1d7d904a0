import { type ErrorCode, errorCodes, errorLocation } from './error-codes.js';

/** An error meant for the API client: always rendered as an Omise error object with its status. */
export class OmiseError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message?: string) {
    super(message ?? errorCodes[code].message);
    this.name = 'OmiseError';
    this.code = code;
    this.status = errorCodes[code].status;
  }

  toJSON(): OmiseErrorBody {
    return { object: 'error', location: errorLocation(this.code), code: this.code, message: this.message };
  }
}

export interface OmiseErrorBody {
  object: 'error';
  location: string;
  code: ErrorCode;
  message: string;
}

export function omiseError(code: ErrorCode, message?: string): OmiseError {
  return new OmiseError(code, message);
}
