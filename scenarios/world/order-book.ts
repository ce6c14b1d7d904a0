import type { CheckoutOrder } from '../merchant-under-test.js';
import type { WireCharge } from './simulator-control.js';

/** An order the merchant accepted, and the money the scenario asked it to move. */
export interface AcceptedOrder {
  readonly checkout: CheckoutOrder;
  readonly chargeId: string;
  /** Refunds the scenario asked the merchant for, in all. */
  refundsAsked: number;
  /** Refunds the merchant acknowledged (resolved) when Omise had room for them. */
  refundsAcknowledged: number;
  /** Refunds made outside the merchant (staff in the dashboard). */
  staffRefunds: number;
}

/**
 * The charges that belong to an order: the one its checkout answered, and any other made with the
 * customer's own payment code or phone (a B-scan-C charge sent twice debits the same wallet twice).
 */
export function chargesOfOrder(order: AcceptedOrder, charges: readonly WireCharge[]): WireCharge[] {
  const { barcode, phoneNumber } = order.checkout;
  return charges.filter((charge) => {
    if (charge.id === order.chargeId) return true;
    const source = charge.source as { barcode?: unknown; phone_number?: unknown } | null;
    return (
      (barcode !== undefined && source?.barcode === barcode) ||
      (phoneNumber !== undefined && source?.phone_number === phoneNumber)
    );
  });
}

/** Every charge of the account, oldest first (the list is paged by 100). */
export async function listCharges(read: <T>(path: string) => Promise<T>): Promise<WireCharge[]> {
  const charges: WireCharge[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await read<{ data: WireCharge[]; total: number }>(
      `/charges?limit=100&offset=${offset}&order=chronological`,
    );
    charges.push(...page.data);
    if (charges.length >= page.total || page.data.length === 0) return charges;
  }
}
