import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createSimulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';

const PENDING = 10_000;
const auth = { authorization: `Basic ${Buffer.from('skey_test_clockbench:').toString('base64')}` };
const form = { ...auth, 'content-type': 'application/x-www-form-urlencoded' };
const ADVANCE = 'clock advance over 10k pending charges: the POST /_sim/clock/advance';

/**
 * 10,000 pending QR charges on one account, then one clock advance of 2 days (every one of them expires,
 * each with its event): how long the advance takes, and the longest the event loop was blocked meanwhile
 * (perf_hooks monitorEventLoopDelay, 1 ms resolution).
 */
export async function clockAdvanceBench(): Promise<BenchResult[]> {
  const sim = createSimulator({ seed: 5 });
  try {
    for (let i = 0; i < PENDING; i++) {
      const body = `amount=${2000 + i}&currency=THB&source[type]=wechat_pay_mpm`;
      await (await sim.request('/charges', { method: 'POST', headers: form, body })).arrayBuffer();
    }
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the monitor's first samples
    const started = performance.now();
    const response = await sim.request('/_sim/clock/advance', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ seconds: 2 * 86_400 }),
    });
    const fired = ((await response.json()) as { events_fired?: number }).events_fired;
    const took = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20)); // the monitor samples after the block
    delay.disable();
    return [
      { name: ADVANCE, value: took, unit: `ms (${fired ?? '?'} events fired)` },
      {
        name: 'clock advance over 10k pending charges: longest event-loop block',
        value: delay.max / 1e6,
        unit: 'ms',
      },
    ];
  } finally {
    await sim.close();
  }
}
