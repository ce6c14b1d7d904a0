import fc from 'fast-check';
import { findChargeMethod } from '../../simulator/domain/methods/index.js';
import { CheckoutCommand } from './checkout-command.js';
import { CustomerAbandonsCommand } from './customer-abandons-command.js';
import { CustomerFailsCommand } from './customer-fails-command.js';
import { CustomerPaysCommand } from './customer-pays-command.js';
import { ForgedWebhookCommand } from './forged-webhook-command.js';
import { MerchantExpiresCommand } from './merchant-expires-command.js';
import { MerchantRefundsCommand, type RefundSize } from './merchant-refunds-command.js';
import { NextCheckoutReorderCommand } from './next-checkout-reorder-command.js';
import {
  type ProviderFault,
  ProviderFaultCommand,
  type ProviderFaultTarget,
} from './provider-fault-command.js';
import { ReplayedWebhookCommand } from './replayed-webhook-command.js';
import type { ScenarioCommand } from './scenario-command.js';
import { TimePassesCommand } from './time-passes-command.js';
import { UnreliableWebhooksCommand } from './unreliable-webhooks-command.js';
import { WebhookFaultCommand } from './webhook-fault-command.js';
import { worldCommands } from './world-commands.js';

// Durations that cross the seed methods' rules: a minute, WeChat Pay MPM's 2 h expiry, the 24 h and 7-day
// expiries, the first retries of a webhook, the 30- and 90-day refund windows; and the timers merchants
// keep themselves (15 min, 30 min, an hour), which must not outrun the method's own expiry.
const DURATIONS = [
  30,
  61,
  15 * 60,
  30 * 60,
  3600,
  2 * 3600 + 1,
  24 * 3600 + 1,
  7 * 86400 + 1,
  31 * 86400,
  91 * 86400,
];

/** Amounts at and around the method's limits for the currency, and ordinary ones in between. */
function amountFor(method: string, currency: string): fc.Arbitrary<number> {
  const limit = findChargeMethod(method)?.limits[currency];
  if (!limit) throw new Error(`${method} has no limits for ${currency}`);
  const inRange = fc.integer({ min: limit.min, max: Math.min(limit.max, limit.min * 500) });
  const edges = fc.constantFrom(limit.min - 1, limit.min, limit.max, limit.max + 1);
  return fc.oneof({ arbitrary: inRange, weight: 4 }, { arbitrary: edges, weight: 1 });
}

/** Every method as often as the others (then one of its currencies), so each flow gets its share. */
function checkout(methods: readonly string[]): fc.Arbitrary<ScenarioCommand> {
  return fc
    .constantFrom(...methods)
    .chain((method) =>
      fc
        .constantFrom(...Object.keys(findChargeMethod(method)?.limits ?? {}))
        .map((currency) => ({ method, currency })),
    )
    .chain(({ method, currency }) =>
      amountFor(method, currency).map((amount) => new CheckoutCommand(method, amount, currency)),
    );
}

const pick = fc.nat({ max: 20 });

// Duplicates are the fault merchants meet most in real life: twice as likely as the others.
const webhookFault = fc.oneof(
  fc.constant({ fault: 'duplicate' as const }),
  fc.constant({ fault: 'duplicate' as const }),
  fc.constant({ fault: 'reorder' as const }),
  fc.constantFrom(60, 900, 3600).map((seconds) => ({ fault: 'delay' as const, seconds })),
  fc.integer({ min: 1, max: 3 }).map((attempts) => ({ fault: 'drop_first' as const, attempts })),
  fc.constant({ fault: 'stale_payload' as const }),
);

const providerFault = fc
  .tuple(
    fc.constantFrom<ProviderFault>(500, 429, 500, 429, 'slow'),
    fc.constantFrom<ProviderFaultTarget>('next_call', 'charge_retrieval'),
  )
  .map(([fault, target]) => new ProviderFaultCommand(fault, target));

/**
 * Every step the scenarios generate, for the given methods, weighted by how often each is listed: checkouts
 * and payments are the common case, faults the seasoning. Refunds only if the merchant can refund.
 */
export function scenarioCommands(
  methods: readonly string[],
  canRefund: boolean,
): fc.Arbitrary<ScenarioCommand>[] {
  const webhookFaultOnOrder = fc
    .tuple(pick, webhookFault)
    .map(([p, spec]) => new WebhookFaultCommand(p, spec));
  const commands: fc.Arbitrary<ScenarioCommand>[] = [
    checkout(methods),
    checkout(methods),
    checkout(methods),
    pick.map((p) => new CustomerPaysCommand(p)),
    pick.map((p) => new CustomerPaysCommand(p)),
    pick.map((p) => new CustomerPaysCommand(p)),
    fc.tuple(pick, fc.nat({ max: 10 })).map(([p, code]) => new CustomerFailsCommand(p, code)),
    pick.map((p) => new CustomerAbandonsCommand(p)),
    fc.constantFrom(...DURATIONS).map((seconds) => new TimePassesCommand(seconds)),
    fc.constantFrom(...DURATIONS).map((seconds) => new TimePassesCommand(seconds)),
    webhookFaultOnOrder,
    webhookFaultOnOrder,
    fc.constant(new NextCheckoutReorderCommand()),
    fc
      .tuple(webhookFault, fc.constantFrom<0.5 | 0.34>(0.5, 0.34))
      .map(([spec, probability]) => new UnreliableWebhooksCommand(spec, probability)),
    pick.map((p) => new ForgedWebhookCommand(p)),
    fc.tuple(pick, fc.nat({ max: 10 })).map(([p, event]) => new ReplayedWebhookCommand(p, event)),
    pick.map((p) => new MerchantExpiresCommand(p)),
    providerFault,
    providerFault,
    providerFault,
  ];
  if (canRefund) {
    const size = fc.constantFrom<RefundSize>('all', 'half', 'one', 'too_much');
    commands.push(fc.tuple(pick, size).map(([p, s]) => new MerchantRefundsCommand(p, s)));
  }
  return [...commands, ...worldCommands(pick)];
}
