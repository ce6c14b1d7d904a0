import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createSimulator, type Simulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';

const basic = (account: string) => `Basic ${Buffer.from(`skey_test_${account}:`).toString('base64')}`;
const json = (account: string) => ({ authorization: basic(account), 'content-type': 'application/json' });
const TWO_DAYS = 2 * 86_400;
const CREATE_AT_ONCE = 50;

interface AdvanceFigures {
  readonly tookMs: number;
  readonly longestBlockMs: number;
  readonly fired: number;
  /** Requests to another account answered while the advance ran (one sent on the turn after each answer). */
  readonly otherAnswered: number;
}

/**
 * `pending` pending QR charges on one account, then one clock advance of 2 days (every one of them expires,
 * each with its event), measured twice on fresh simulators: through the in-process account API (one
 * synchronous pass: the baseline of the same run) and through `POST /_sim/clock/advance` (fired in slices).
 * Each gives how long the advance takes and the longest the event loop was blocked meanwhile
 * (perf_hooks monitorEventLoopDelay, 1 ms resolution); the route also how many requests to another account
 * were answered before it finished.
 */
export async function clockAdvanceBench(
  sizes: readonly number[] = [10_000, 100_000],
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const pending of sizes) {
    const label = `clock advance over ${pending / 1000}k pending charges`;
    const onePass = await measure(pending, 'one synchronous pass');
    const sliced = await measure(pending, 'route');
    results.push(
      {
        name: `${label}: one synchronous pass, total`,
        value: onePass.tookMs,
        unit: `ms (${onePass.fired} fired)`,
      },
      {
        name: `${label}: one synchronous pass, longest event-loop block`,
        value: onePass.longestBlockMs,
        unit: 'ms',
      },
      {
        name: `${label}: POST /_sim/clock/advance, total`,
        value: sliced.tookMs,
        unit: `ms (${sliced.fired} events fired)`,
        baseline: `${label}: one synchronous pass, total`,
      },
      {
        name: `${label}: POST /_sim/clock/advance, longest event-loop block`,
        value: sliced.longestBlockMs,
        unit: 'ms',
        baseline: `${label}: one synchronous pass, longest event-loop block`,
      },
      {
        name: `${label}: requests to another account answered meanwhile`,
        value: sliced.otherAnswered,
        unit: 'requests',
      },
    );
  }
  return results;
}

async function measure(pending: number, how: 'one synchronous pass' | 'route'): Promise<AdvanceFigures> {
  const sim = createSimulator({ seed: 5 });
  try {
    await createPendingCharges(sim, pending);
    const other = await chargeOnAnotherAccount(sim);
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the monitor's first samples
    let done = false;
    let otherAnswered = 0;
    const started = performance.now();
    const asking = (async () => {
      while (!done) {
        await (await sim.request(other, { headers: { authorization: basic('clockother') } })).arrayBuffer();
        if (!done) otherAnswered++;
        // A client over HTTP sends its next request on a later turn of the event loop; an in-process loop of
        // promises only would never let the event loop turn (nor the advance's next slice run).
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const fired = how === 'route' ? await advanceByRoute(sim) : advanceInProcess(sim);
    const tookMs = performance.now() - started;
    done = true;
    await asking;
    await new Promise((resolve) => setTimeout(resolve, 20)); // the monitor samples after the block
    delay.disable();
    return { tookMs, longestBlockMs: delay.max / 1e6, fired, otherAnswered };
  } finally {
    await sim.close();
  }
}

async function advanceByRoute(sim: Simulator): Promise<number> {
  const response = await sim.request('/_sim/clock/advance', {
    method: 'POST',
    headers: json('clockbench'),
    body: JSON.stringify({ seconds: TWO_DAYS }),
  });
  return ((await response.json()) as { events_fired?: number }).events_fired ?? Number.NaN;
}

function advanceInProcess(sim: Simulator): number {
  const account = sim.account('clockbench');
  const before = account.store.events.size;
  account.clock.advance(TWO_DAYS * 1000);
  return account.store.events.size - before;
}

async function createPendingCharges(sim: Simulator, pending: number): Promise<void> {
  const headers = { authorization: basic('clockbench'), 'content-type': 'application/x-www-form-urlencoded' };
  for (let i = 0; i < pending; i += CREATE_AT_ONCE) {
    const batch = Array.from({ length: Math.min(CREATE_AT_ONCE, pending - i) }, async (_, j) => {
      const body = `amount=${2000 + i + j}&currency=THB&source[type]=wechat_pay_mpm`;
      await (await sim.request('/charges', { method: 'POST', headers, body })).arrayBuffer();
    });
    await Promise.all(batch);
  }
}

async function chargeOnAnotherAccount(sim: Simulator): Promise<string> {
  const response = await sim.request('/charges', {
    method: 'POST',
    headers: json('clockother'),
    body: JSON.stringify({ amount: 2000, currency: 'THB', source: { type: 'wechat_pay_mpm' } }),
  });
  return `/charges/${((await response.json()) as { id: string }).id}`;
}

// `node --import tsx bench/clock-advance-bench.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  for (const r of await clockAdvanceBench(sizes.length > 0 ? sizes : undefined))
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}`);
}
