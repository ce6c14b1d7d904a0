import { OmiseError } from '../errors/omise-error.js';

/**
 * Runs an operation for a page: a client mistake (paying a finished charge, a code the method does not
 * have) comes back as the OmiseError to show the customer; anything else is a bug and propagates.
 */
export function attemptOperation(operation: () => unknown): OmiseError | null {
  try {
    operation();
    return null;
  } catch (error) {
    if (error instanceof OmiseError) return error;
    throw error;
  }
}
