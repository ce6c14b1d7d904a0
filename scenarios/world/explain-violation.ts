import type { OrderSnapshot } from '../invariants/invariant.js';
import type { SimulatorControl } from './simulator-control.js';

interface Delivery {
  readonly key: string;
  readonly attempt: number;
  readonly status: number | null;
  readonly error: string | null;
  readonly faults: readonly string[];
  readonly kind: string;
  readonly response_body: string | null;
  readonly attempted_at: string;
}

const CHARGE_FIELDS = ['status', 'amount', 'currency', 'refunded_amount', 'failure_code'] as const;

/** The order and its charge side by side, then the charge's webhook deliveries with the merchant's answers. */
export async function explainViolation(
  control: SimulatorControl,
  snapshot: OrderSnapshot,
): Promise<string[]> {
  const { order, charge } = snapshot;
  const rows: Array<[string, string]> = [
    ['order (merchant)', `charge ${charge.id} (omise-sim)`],
    [`status: ${order.status}`, `status: ${charge.status}`],
    [`fulfilments: ${order.fulfilments}`, `amount: ${charge.amount} ${charge.currency}`],
    [`refundedAmount: ${order.refundedAmount}`, `refunded_amount: ${charge.refunded_amount}`],
    [`failureCode: ${order.failureCode ?? '-'}`, `failure_code: ${charge.failure_code ?? '-'}`],
  ];
  const width = Math.max(...rows.map(([left]) => left.length)) + 4;
  const lines = rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
  const others = (snapshot.charges ?? []).filter((c) => c.id !== charge.id);
  for (const other of others) {
    lines.push(`  also of this order: ${other.id} ${CHARGE_FIELDS.map((f) => other[f]).join(' ')}`);
  }
  lines.push(
    '',
    `Webhook deliveries of ${charge.id} (merchant's answers):`,
    ...(await deliveries(control, charge.id)),
  );
  return lines;
}

async function deliveries(control: SimulatorControl, chargeId: string): Promise<string[]> {
  const { status, body } = await control.call<{ data?: Delivery[] }>(
    'GET',
    `/_sim/deliveries?charge=${chargeId}&order=chronological&limit=100`,
  );
  if (status !== 200 || !body.data || body.data.length === 0) return ['  none'];
  return body.data.map((d) => {
    const answer = d.status === null ? `no answer (${d.error ?? 'dropped'})` : `${d.status}`;
    const faults = d.faults.length > 0 ? ` [${d.faults.join(', ')}]` : '';
    const said = d.response_body ? ` ${d.response_body.replace(/\s+/g, ' ').slice(0, 60)}` : '';
    const kind = d.kind === 'event' ? '' : ` (${d.kind})`;
    return `  ${d.attempted_at} ${d.key}${kind} attempt ${d.attempt}: ${answer}${faults}${said}`;
  });
}
