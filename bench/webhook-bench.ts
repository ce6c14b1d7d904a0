import { Agent, request } from 'node:http';
import type { EventRecord } from '../simulator/domain/records.js';
import type { Simulator } from '../simulator/index.js';
import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../simulator/webhooks/testing/webhook-receiver.js';
import type { BenchResult } from './bench-result.js';
import { fromBuild } from './from-build.js';
import { measureThroughput } from './load.js';

const EVENTS = 3000;
const CATCH_UP_EVENTS = 300;
const CONCURRENCY = 32;
const ROUNDS = 5;
const BASELINE = 'bare fetch loop: POST the same body to the receiver, 32 at once';
const HTTP_BASELINE = 'bare node:http keep-alive loop: the same POSTs, 32 at once';
const HTTP_CPU = 'bare node:http keep-alive loop: CPU per request (this process, receiver included)';
const FLOOR = 'the floor: the node:http loop, each body rendered and signed as it is sent';
const FLOOR_CPU = 'the floor: CPU per request (this process, receiver included)';
/** Any secret does for the floor: what it costs is one HMAC-SHA256 of the body, whichever key. */
const FLOOR_SECRET = Buffer.from('omise-sim bench: the floor').toString('base64');

type Simulators = typeof import('../simulator/index.js');
type Payloads = typeof import('../simulator/webhooks/delivery/webhook-payload-json.js');
type Signatures = typeof import('../simulator/webhooks/signature/sign-payload.js');

/** A measured burst: how fast, and how much CPU this process spent per request (less noisy when shared). */
interface Run {
  readonly rate: number;
  readonly cpuUs: number;
}

/**
 * Webhooks delivered to a local receiver on 127.0.0.1, each rendered, signed, POSTed and logged, next to a
 * bare fetch loop POSTing the same body to the same receiver with the simulator's concurrency.
 */
export async function webhookBench(): Promise<BenchResult[]> {
  const receiver = await startWebhookReceiver();
  const { createSimulator } = await fromBuild<Simulators>(
    '../dist/simulator/index.js',
    () => import('../simulator/index.js'),
  );
  const sim = createSimulator({ seed: 3, log: () => {}, webhooks: { url: receiver.url } });
  try {
    const template = await sampleEvent(sim);
    const body = sim.webhooks.state('bench').payload(template);
    const headers = { 'content-type': 'application/json' };
    const baseline = await measureThroughput(EVENTS, CONCURRENCY, () =>
      fetch(receiver.url, { method: 'POST', headers, body }),
    );
    const floorRequest = await floorRequests(body);
    // Turn by turn, so that a busy moment of the shared machine falls on all three: the medians of ROUNDS each.
    const loops: Run[] = [];
    const floors: Run[] = [];
    const deliveries: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      loops.push(await httpLoopRate(receiver.url, () => ({ body, headers: JSON_HEADERS })));
      floors.push(await httpLoopRate(receiver.url, floorRequest));
      deliveries.push(await deliveryRate(sim, receiver, template, `a${round}_`));
    }
    const httpBaseline = median(loops.map((run) => run.rate));
    const delivered = median(deliveries.map((run) => run.rate));
    const catchUp = await catchUpRate(sim, receiver, template);
    return [
      { name: BASELINE, value: baseline, unit: 'req/s' },
      { name: HTTP_BASELINE, value: httpBaseline, unit: 'req/s' },
      {
        name: 'omise-sim: events delivered (render, sign, POST, log)',
        value: delivered,
        unit: 'events/s',
        baseline: HTTP_BASELINE,
      },
      { name: FLOOR, value: median(floors.map((run) => run.rate)), unit: 'req/s', baseline: HTTP_BASELINE },
      {
        name: 'omise-sim: events delivered, against the floor',
        value: delivered,
        unit: 'events/s',
        baseline: FLOOR,
      },
      { name: HTTP_CPU, value: median(loops.map((run) => run.cpuUs)), unit: 'us CPU/req' },
      { name: FLOOR_CPU, value: median(floors.map((run) => run.cpuUs)), unit: 'us CPU/req' },
      {
        name: 'omise-sim: CPU per event delivered (this process, receiver included)',
        value: median(deliveries.map((run) => run.cpuUs)),
        unit: 'us CPU/event',
        baseline: HTTP_CPU,
      },
      {
        name: 'omise-sim: retries fired by a 1-day clock advance',
        value: catchUp,
        unit: 'attempts/s',
        baseline: BASELINE,
      },
    ];
  } finally {
    await sim.close();
    await receiver.close();
  }
}

const JSON_HEADERS: Readonly<Record<string, string>> = { 'content-type': 'application/json' };

interface LoopRequest {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The floor of a webhook sender on this stack: each request's body is rendered from an event of its own (the
 * simulator's charge.create under a new id, written as the Ruby-style pretty JSON Omise sends) and signed
 * (HMAC-SHA256 of "<timestamp>.<body>"), then sent with its two signature headers. No queue, retries, faults,
 * log or per-attempt headers: what the floor costs against the bare loop is the part of the gap no webhook
 * sender closes, as the HTTP bench's floor is for creates. Rendering and signing are the simulator's own
 * functions, from its build.
 */
async function floorRequests(body: string): Promise<(n: number) => LoopRequest> {
  const { webhookPayloadJson } = await fromBuild<Payloads>(
    '../dist/simulator/webhooks/delivery/webhook-payload-json.js',
    () => import('../simulator/webhooks/delivery/webhook-payload-json.js'),
  );
  const { signPayload } = await fromBuild<Signatures>(
    '../dist/simulator/webhooks/signature/sign-payload.js',
    () => import('../simulator/webhooks/signature/sign-payload.js'),
  );
  const event = JSON.parse(body) as Record<string, unknown>;
  return (n) => {
    const text = webhookPayloadJson({ ...event, id: `evnt_test_floor${n.toString(36).padStart(10, '0')}` });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'content-type': 'application/json',
      'omise-signature': signPayload(text, FLOOR_SECRET, timestamp),
      'omise-signature-timestamp': String(timestamp),
    };
    return { body: text, headers };
  };
}

/**
 * POSTs EVENTS requests with node:http on a keep-alive agent, CONCURRENCY at once: `make(n)` gives the n-th
 * one's body and headers (the same body each time for the limit; a new, signed one each for the floor).
 */
async function httpLoopRate(url: string, make: (n: number) => LoopRequest): Promise<Run> {
  const agent = new Agent({ keepAlive: true });
  let made = 0;
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const { body, headers: own } = make(made++);
      const headers = { ...own, 'content-length': Buffer.byteLength(body) };
      const outgoing = request(url, { method: 'POST', headers, agent }, (incoming) => {
        incoming.resume();
        incoming.on('end', () => (incoming.statusCode === 200 ? resolve() : reject(new Error('not 200'))));
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  let next = 0;
  const worker = async () => {
    while (next++ < EVENTS) await post();
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const spent = process.cpuUsage(cpu);
  agent.destroy();
  return {
    rate: EVENTS / ((performance.now() - started) / 1000),
    cpuUs: (spent.user + spent.system) / EVENTS,
  };
}

/** One real charge's charge.create, as the template of the synthetic burst. */
async function sampleEvent(sim: Simulator): Promise<EventRecord> {
  const account = sim.account('bench');
  account.clock.freeze();
  await sim.request('/charges', {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('skey_test_bench:').toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      amount: 150000,
      currency: 'THB',
      source: { type: 'wechat_pay_upm', barcode: '130991292552725093' },
    }),
  });
  await sim.webhooks.idle('bench');
  return [...account.store.events.values()][0] as EventRecord;
}

/** A burst of events of distinct charges, recorded at once; the time until the last is delivered and logged. */
async function deliveryRate(
  sim: Simulator,
  receiver: WebhookReceiver,
  template: EventRecord,
  tag: string,
): Promise<Run> {
  const before = receiver.received.length;
  const started = performance.now();
  const cpu = process.cpuUsage();
  burst(sim, template, EVENTS, tag);
  await sim.webhooks.idle('bench', { timeoutMs: 120_000 });
  const spent = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  if (receiver.received.length - before !== EVENTS) throw new Error('not every event was delivered');
  return { rate: EVENTS / seconds, cpuUs: (spent.user + spent.system) / EVENTS };
}

/** Events whose endpoint always fails; a 1-day advance then fires 7 retries each, in due order. */
async function catchUpRate(
  sim: Simulator,
  receiver: WebhookReceiver,
  template: EventRecord,
): Promise<number> {
  receiver.answer(() => 500);
  burst(sim, template, CATCH_UP_EVENTS, 'b');
  await sim.webhooks.idle('bench', { timeoutMs: 120_000 });
  const attemptsBefore = sim.webhooks.status('bench').attempts;
  const started = performance.now();
  sim.account('bench').clock.advance(86_400_000);
  await sim.webhooks.idle('bench', { timeoutMs: 120_000 });
  const seconds = (performance.now() - started) / 1000;
  return (sim.webhooks.status('bench').attempts - attemptsBefore) / seconds;
}

function burst(sim: Simulator, template: EventRecord, count: number, tag: string): void {
  const account = sim.account('bench');
  const now = account.clock.now();
  for (let i = 0; i < count; i++) {
    account.recordEvent({
      ...template,
      id: account.ids.next('evnt', now),
      createdAt: now,
      chargeId: `chrg_bench_${tag}${i}`,
    });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
