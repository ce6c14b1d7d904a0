import type { MerchantBug } from './bugs.js';
import { OmiseApiError, type OmiseObject } from './omise-client.js';

/**
 * Makes a call that moves money exactly once. Omise has no idempotency key: after an unclear failure (a 5xx,
 * no answer) the call may have happened, so the backend looks it up; not found, it gives up rather than risk
 * doing it twice (what it made will show up in a webhook). The blind-retry variant just sends it again.
 */
export async function callOnce(
  make: () => Promise<OmiseObject>,
  lookUp: () => Promise<OmiseObject | undefined>,
  bug: MerchantBug | undefined,
): Promise<OmiseObject> {
  try {
    return await make();
  } catch (error) {
    if (!(error instanceof OmiseApiError) || !error.unclear) throw error;
    if (bug === 'blind-retry') return make();
    const found = await lookUp();
    if (found) return found;
    throw error;
  }
}
