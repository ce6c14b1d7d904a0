import type { SimulatorControl } from './simulator-control.js';
import type { WebhookControl } from './webhook-control.js';

/** Webhook delivery of one account through the simulator's control API (`/_sim/webhooks` and friends). */
export function httpWebhookControl(control: SimulatorControl): WebhookControl {
  return {
    async secret() {
      return (await control.must<{ secret: string }>('GET', '/_sim/webhooks')).secret;
    },
    async sendTo(url, secret) {
      await control.must('PUT', '/_sim/webhooks', { url, ...(secret && { secret }) });
    },
    async addFault(rule) {
      await control.must('POST', '/_sim/webhook_faults', rule);
    },
    async replay(eventId) {
      await control.must('POST', `/_sim/events/${eventId}/replay`);
    },
    async settle() {
      await control.must('POST', '/_sim/webhooks/wait', { timeout_seconds: 30 });
    },
    async drain() {
      await control.must('POST', '/_sim/webhooks/drain', { timeout_seconds: 60 });
    },
    async unsettledCharges() {
      const status = await control.must<{ pending_charges: string[] }>('GET', '/_sim/webhooks/status');
      return new Set(status.pending_charges);
    },
  };
}
