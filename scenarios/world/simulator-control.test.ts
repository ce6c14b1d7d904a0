import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/create-simulator.js';
import { inProcessCall } from '../../simulator/http/in-process-call.js';
import { AccountChanges } from './account-changes.js';
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

  it('asks an in-process simulator again only once the account shows something new', async () => {
    const sim = createSimulator();
    const changes = new AccountChanges(sim.account('shop'));
    try {
      const asked: string[] = [];
      const control = new SimulatorControl(
        'http://sim.invalid',
        globalThis.fetch,
        'skey_test_shop',
        (call) => {
          asked.push(`${call.method} ${call.path}`);
          return inProcessCall(sim.app, call);
        },
        changes,
      );
      await control.must('POST', '/_sim/clock/freeze');
      const path = '/charges?limit=100&offset=0&order=chronological';
      const empty = await control.read(path);
      expect(await control.read(path)).toBe(empty);
      expect(asked.filter((call) => call === `GET ${path}`)).toHaveLength(1);
      // A record written, the clock moved, the API version changed: each makes the next read ask.
      await control.must('POST', '/charges', {
        amount: 150000,
        currency: 'THB',
        source: { type: 'promptpay' },
      });
      const one = await control.read<{ data: unknown[] }>(path);
      expect(one.data).toHaveLength(1);
      await control.advanceClock(1);
      const later = await control.read(path);
      expect(later).not.toBe(one);
      sim.account('shop').apiVersion = '2017-11-02';
      await control.read(path);
      expect(await control.read(path)).toBeDefined();
      expect(asked.filter((call) => call === `GET ${path}`)).toHaveLength(4);
      // What fell due on the account clock is fired before the mark, as the read itself would fire it.
      let fired = false;
      const account = sim.account('shop');
      account.scheduler.schedule(account.clock.now(), 'a job due now', () => {
        fired = true;
      });
      await control.read(path);
      expect(fired).toBe(true);
    } finally {
      changes.stop();
      await sim.close();
    }
  });
});
