import type { RenderContext } from './api-version.js';
import { iso } from './timestamps.js';

export interface BalanceFigures {
  /** Upper-case ISO 4217: the account's currency. */
  readonly currency: string;
  readonly total: number;
  /** When the account was created (the balance's `created_at`, as omise-php's 2025 recording shows). */
  readonly createdAt: number;
}

/**
 * The balance, keys as omise-php's 2025 balance-get.json; 2017-11-02 as docs.omise.co/balance-api?version=
 * 2017-11-02 shows it (`available`, `reserve_amount`, lower-case currency). Test mode holds nothing back and
 * makes every amount transferable at once, so transferable (available) is the total.
 */
export function renderBalance(balance: BalanceFigures, ctx: RenderContext): Record<string, unknown> {
  if (ctx.version === '2017-11-02') {
    return {
      object: 'balance',
      livemode: false,
      currency: balance.currency.toLowerCase(),
      reserve_amount: 0,
      available: balance.total,
      total: balance.total,
      location: '/balance',
    };
  }
  return {
    object: 'balance',
    livemode: false,
    location: '/balance',
    currency: balance.currency,
    total: balance.total,
    transferable: balance.total,
    reserve: 0,
    on_hold: 0,
    created_at: iso(balance.createdAt),
  };
}
