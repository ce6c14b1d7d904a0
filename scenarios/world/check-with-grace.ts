import type { Invariant, StepContext } from '../invariants/invariant.js';
import type { MerchantOrder, MerchantUnderTest } from '../merchant-under-test.js';
import { type BrokenRule, findBrokenRule } from './check-orders.js';
import { explainViolation } from './explain-violation.js';
import { InvariantViolation } from './invariant-violation.js';
import { lateChangeHint } from './late-change-hint.js';
import type { AcceptedOrder } from './order-book.js';
import type { SimulatorControl } from './simulator-control.js';
import type { WebhookControl } from './webhook-control.js';

/** When the check ran, as a failure reports it: said at once, or worked out only for a failure. */
export type When = string | (() => Promise<string>);

export interface GraceCheckInput {
  readonly control: SimulatorControl;
  readonly merchant: MerchantUnderTest;
  readonly webhooks: WebhookControl;
  readonly orders: ReadonlyMap<string, AcceptedOrder>;
  readonly invariants: readonly Invariant[];
  readonly graceMs: number;
  /** Every order as the last passing check read it. */
  readonly lastSeen?: ReadonlyMap<string, MerchantOrder>;
}

/**
 * Checks every invariant once the merchant says it has settled; a merchant without settled() gets `graceMs`
 * for a broken rule to hold again (webhooks applied in the background): only what stays broken fails, as
 * an InvariantViolation saying when, with the order and its charge side by side. Resolves to every order as
 * it read them, for the next check's report.
 */
export async function checkWithGrace(
  input: GraceCheckInput,
  step: StepContext,
  when: When,
  before?: ReadonlyMap<string, MerchantOrder>,
): Promise<Map<string, MerchantOrder>> {
  const seen = new Map<string, MerchantOrder>();
  // No order yet (the steps before the first checkout): no rule has anything to read.
  if (input.orders.size === 0) return seen;
  const { merchant } = input;
  const deadline = performance.now() + (merchant.settled ? 0 : input.graceMs);
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    await merchant.settled?.();
    const unsettled = step.final ? new Set<string>() : await input.webhooks.unsettledCharges();
    const context = { ...step, appliesLate: !merchant.settled };
    const broken = await findBrokenRule({ ...input, unsettled, seen }, context, before);
    if (!broken) return seen;
    if (performance.now() >= deadline) throw await violation(input, broken, step, when);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

async function violation(
  input: GraceCheckInput,
  broken: BrokenRule,
  step: StepContext,
  saidWhen: When,
): Promise<InvariantViolation> {
  const when = typeof saidWhen === 'string' ? saidWhen : await saidWhen();
  const details = [
    ...(await explainViolation(input.control, broken.snapshot)),
    ...(input.merchant.settled ? [] : lateChangeHint(broken.snapshot, input.lastSeen)),
  ];
  const { invariant, snapshot, problem } = broken;
  return new InvariantViolation(invariant, snapshot.orderId, problem, step.description, { when, details });
}
