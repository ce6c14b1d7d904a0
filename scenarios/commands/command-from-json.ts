import type { Outcome } from '../world/world-money.js';
import {
  type AmbiguousFailure,
  AmbiguousFaultCommand,
  type AmbiguousOperation,
} from './ambiguous-fault-command.js';
import { BrowserReturnCommand } from './browser-return-command.js';
import { CheckoutCommand } from './checkout-command.js';
import { CustomerAbandonsCommand } from './customer-abandons-command.js';
import { CustomerFailsCommand } from './customer-fails-command.js';
import { CustomerPaysCommand } from './customer-pays-command.js';
import { ForeignChargeCommand } from './foreign-charge-command.js';
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
import type { ScenarioCommand, StepJson } from './scenario-command.js';
import { type StaffRefundSize, StaffRefundsCommand } from './staff-refunds-command.js';
import { TimePassesCommand } from './time-passes-command.js';
import { UnreliableWebhooksCommand } from './unreliable-webhooks-command.js';
import { type WebhookFault, WebhookFaultCommand } from './webhook-fault-command.js';
import { WebhookGivenUpCommand } from './webhook-given-up-command.js';

const n = (value: unknown) => Number(value);

/** Rebuilds a step saved in a scenario file (the inverse of each command's toJSON). */
export function commandFromJson(step: StepJson): ScenarioCommand {
  switch (step.kind) {
    case 'checkout':
      return new CheckoutCommand(String(step.method), n(step.amount), String(step.currency));
    case 'customer_pays':
      return new CustomerPaysCommand(n(step.pick));
    case 'customer_fails':
      return new CustomerFailsCommand(n(step.pick), n(step.codePick));
    case 'customer_abandons':
      return new CustomerAbandonsCommand(n(step.pick));
    case 'time_passes':
      return new TimePassesCommand(n(step.seconds));
    case 'webhook_fault': {
      const { kind: _kind, pick, ...spec } = step;
      return new WebhookFaultCommand(n(pick), spec as unknown as WebhookFault);
    }
    case 'forged_webhook':
      return new ForgedWebhookCommand(n(step.pick));
    case 'replayed_webhook':
      return new ReplayedWebhookCommand(n(step.pick), n(step.eventPick));
    case 'merchant_refunds':
      return new MerchantRefundsCommand(n(step.pick), step.size as RefundSize);
    case 'merchant_expires':
      return new MerchantExpiresCommand(n(step.pick));
    case 'provider_fault':
      return new ProviderFaultCommand(
        step.fault as ProviderFault,
        (step.target as ProviderFaultTarget) ?? 'next_call',
      );
    case 'unreliable_webhooks': {
      const { kind: _kind, probability, ...spec } = step;
      return new UnreliableWebhooksCommand(spec as unknown as WebhookFault, probability as 0.5 | 0.34);
    }
    case 'next_checkout_reorder':
      return new NextCheckoutReorderCommand();
    default:
      return roundTwoCommand(step);
  }
}

/** Steps added in round two: unclear API failures, and more of the world acting on the account. */
function roundTwoCommand(step: StepJson): ScenarioCommand {
  switch (step.kind) {
    case 'ambiguous_fault':
      return new AmbiguousFaultCommand(
        step.operation as AmbiguousOperation,
        step.failure as AmbiguousFailure,
        n(step.amount ?? 1),
      );
    case 'staff_refunds':
      return new StaffRefundsCommand(n(step.pick), step.size as StaffRefundSize);
    case 'foreign_charge':
      return new ForeignChargeCommand(n(step.pick), step.outcome as Outcome, step.collides === true);
    case 'browser_return':
      return new BrowserReturnCommand(n(step.pick), step.outcome as Outcome, step.beforeWebhook === true);
    case 'webhook_given_up':
      return new WebhookGivenUpCommand(n(step.pick));
    default:
      throw new Error(`unknown step kind in scenario file: ${step.kind}`);
  }
}
