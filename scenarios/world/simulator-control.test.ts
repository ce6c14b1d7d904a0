import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/create-simulator.js';
import { inProcessCall } from '../../simulator/http/in-process-call.js';
import { HARNESS_USER_AGENT, SimulatorControl } from './simulator-control.js';

describe('SimulatorControl', () => {
  it("names the harness in the simulator's request journal, called directly or over fetch", async () => {
    const sim = createSimulator();
    try {
      const direct = new SimulatorControl('http://sim.invalid', globalThis.fetch, 'skey_test_shop', (call) =>
        inProcessCall(sim.app, call),
      );
      const overFetch = new SimulatorControl(
        'http://sim.invalid',
        async (input, init) => sim.request(String(input).replace('http://sim.invalid', ''), init),
        'skey_test_shop',
      );
      await direct.advanceClock(60);
      await overFetch.advanceClock(60);
      const journal = await sim.request('/_sim/requests', {
        headers: { authorization: `Basic ${Buffer.from('skey_test_shop:').toString('base64')}` },
      });
      const entries = ((await journal.json()) as { data: { path: string; user_agent: string }[] }).data;
      expect(entries.map((entry) => [entry.path, entry.user_agent])).toEqual([
        ['/_sim/clock/advance', HARNESS_USER_AGENT],
        ['/_sim/clock/advance', HARNESS_USER_AGENT],
      ]);
    } finally {
      await sim.close();
    }
  });

  it('reads an unchanged answer once: the same value while its text stays the same', async () => {
    const sim = createSimulator();
    try {
      const control = new SimulatorControl('http://sim.invalid', globalThis.fetch, 'skey_test_shop', (call) =>
        inProcessCall(sim.app, call),
      );
      await control.must('POST', '/_sim/clock/freeze');
      const first = await control.read('/_sim/clock');
      expect(await control.read('/_sim/clock')).toBe(first);
      await control.advanceClock(60);
      const moved = await control.read<{ now_ms: number }>('/_sim/clock');
      expect(moved).not.toBe(first);
      expect(moved.now_ms).toBe((first.now_ms as number) + 60_000);
      await expect(control.read('/charges/chrg_test_none')).rejects.toThrow(/refused GET .* 404/);
    } finally {
      await sim.close();
    }
  });
});
