import { createHash } from 'node:crypto';
import type { ApiVersion } from './api-version.js';
import { iso } from './timestamps.js';

export interface AccountFigures {
  readonly name: string;
  readonly country: string;
  readonly currency: string;
  readonly apiVersion: ApiVersion;
  readonly createdAt: number;
}

// omise-php's 2025 account-get.json (a Thai test account), in its order.
const THAI_SUPPORTED_CURRENCIES = [
  'THB',
  'JPY',
  'USD',
  'EUR',
  'GBP',
  'SGD',
  'AUD',
  'CHF',
  'CNY',
  'DKK',
  'HKD',
  'MYR',
];

/** 19 base-36 characters, the same for the same name and purpose in every run: ids are part of the account. */
function stableId(purpose: string, name: string): string {
  const digest = createHash('sha256').update(`${purpose}:${name}`).digest();
  let id = '';
  for (let i = 0; id.length < 19; i++) id += ((digest[i] ?? 0) % 36).toString(36);
  return id;
}

/**
 * `GET /account`, keys and values as omise-php's 2025 account-get.json. What the simulator has no notion of
 * is given the recording's values (chains, transfers, metadata export keys); `supported_currencies` is the
 * Thai account's list, with the account's own currency first elsewhere (assumed).
 */
export function renderAccount(account: AccountFigures): Record<string, unknown> {
  const createdAt = iso(account.createdAt);
  return {
    object: 'account',
    id: `account_test_${stableId('account', account.name)}`,
    team: `acct_${stableId('team', account.name)}`,
    livemode: false,
    location: '/account',
    country: account.country,
    currency: account.currency,
    email: `${account.name}@merchant.example`,
    created_at: createdAt,
    supported_currencies: [
      account.currency,
      ...THAI_SUPPORTED_CURRENCIES.filter((currency) => currency !== account.currency),
    ],
    api_version: account.apiVersion,
    auto_activate_recipients: false,
    chain_enabled: false,
    zero_interest_installments: false,
    chain_return_uri: null,
    webhook_uri: null,
    metadata_export_keys: { charge: [], transfer: [], refund: [], dispute: [] },
    chaining_allowed: true,
    last_updated_api_version: createdAt.slice(0, 10),
    transfer_config: {
      min_transfer_amount: '30.00',
      max_transfer_amount: '1000000000.00',
      same_bank_max_transfer_amount: '1000000000.00',
      is_payout_enabled: false,
      fee: '30.00',
      provider: '',
      merchant_id: 'OPNK',
      transfer_service_availability: null,
      max_active_realtime_transfer_schedules: null,
    },
  };
}
