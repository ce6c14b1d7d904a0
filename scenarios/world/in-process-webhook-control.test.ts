import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/create-simulator.js';
import { inProcessCall } from '../../simulator/http/in-process-call.js';
import { httpWebhookControl } from './http-webhook-control.js';
import { inProcessWebhookControl } from './in-process-webhook-control.js';
import { SimulatorControl } from './simulator-control.js';

/** A merchant endpoint that refuses every first attempt of an event (each is then retried later). */
function refusingFirstAttempts(): { fetch: typeof fetch; received: string[] } {
  const received: string[] = [];
  const send = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const { id } = JSON.parse(String(init?.body)) as { id: string };
    const again = received.includes(id);
    received.push(id);
    return new Response(again ? 'ok' : 'busy', { status: again ? 200 : 503 });
  }) as typeof fetch;
  return { fetch: send, received };
}

async function scenarioWith(control: 'http' | 'in-process') {
  const endpoint = refusingFirstAttempts();
  const sim = createSimulator({ seed: 3, webhookFetch: endpoint.fetch });
  try {
    const simControl = new SimulatorControl(
      'http://sim.invalid',
      globalThis.fetch,
      'skey_test_shop',
      (call) => inProcessCall(sim.app, call),
    );
    const webhooks =
      control === 'http' ? httpWebhookControl(simControl) : inProcessWebhookControl(sim, simControl);
    await simControl.must('POST', '/_sim/clock/freeze');
    const secret = await webhooks.secret();
    await webhooks.sendTo('http://shop.invalid/webhooks');
    await webhooks.addFault({ fault: 'duplicate', charge: 'chrg_test_another', limit: 1 });
    const refused = await webhooks.sendTo('not a url').then(
      () => 'accepted',
      () => 'refused',
    );
    const charge = await simControl.must<{ id: string }>('POST', '/charges', {
      amount: 150000,
      currency: 'THB',
      source: { type: 'promptpay' },
    });
    await simControl.must('POST', `/charges/${charge.id}/mark_as_paid`);
    // Ids carry the real time they were made at: each run's are named by what they are.
    const seen = async () => ({
      unsettled: [...(await webhooks.unsettledCharges())].map((id) => (id === charge.id ? 'the charge' : id)),
      received: endpoint.received.map((id) => `event ${endpoint.received.indexOf(id)}`),
    });
    await webhooks.settle();
    const afterSettle = await seen();
    await webhooks.drain();
    const afterDrain = await seen();
    const { delivered, failed } = sim.webhooks.status('shop');
    const settings = sim.webhooks.settings('shop');
    return {
      afterSettle,
      afterDrain,
      delivered,
      failed,
      refused,
      secretShown: secret === settings.secret,
      endpoints: settings.endpoints.map((endpoint) => endpoint.url),
      faults: sim.webhooks.faults('shop').rules.length,
    };
  } finally {
    await sim.close();
  }
}

describe('inProcessWebhookControl', () => {
  it('sets up, settles, drains and reads unsettled charges as the control API does', async () => {
    const overHttp = await scenarioWith('http');
    const inProcess = await scenarioWith('in-process');
    expect(inProcess).toEqual(overHttp);
    // What the scenario shows: the first attempts refused, the charge unsettled until drained.
    expect(inProcess.afterSettle.unsettled).toEqual(['the charge']);
    expect(inProcess.afterSettle.received.length).toBeGreaterThan(0);
    expect(inProcess.afterDrain.unsettled).toEqual([]);
    expect(inProcess).toMatchObject({ refused: 'refused', secretShown: true, faults: 1 });
    expect(inProcess.endpoints).toEqual(['http://shop.invalid/webhooks']);
    expect(inProcess.afterDrain.received.length).toBe(2 * inProcess.afterSettle.received.length);
  });

  it('fires what the account clock made due before it reads, as a request does', async () => {
    const sim = createSimulator({ seed: 3, webhookFetch: refusingFirstAttempts().fetch });
    try {
      const control = new SimulatorControl('http://sim.invalid', globalThis.fetch, 'skey_test_shop', (call) =>
        inProcessCall(sim.app, call),
      );
      await control.must('POST', '/_sim/clock/freeze');
      const webhooks = inProcessWebhookControl(sim, control);
      let fired = false;
      const account = sim.account('shop');
      account.scheduler.schedule(account.clock.now(), 'a job due now', () => {
        fired = true;
      });
      await webhooks.unsettledCharges();
      expect(fired).toBe(true);
    } finally {
      await sim.close();
    }
  });
});
