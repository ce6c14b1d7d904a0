import { randomBytes } from 'node:crypto';
import { signatureHeaders } from '../../simulator/webhooks/signature/signature-headers.js';
import type { WebhookTarget } from '../merchant-under-test.js';
import type { SimulatorControl } from './simulator-control.js';

/**
 * What an attacker posts to a merchant's webhook: a charge.complete claiming the charge was paid, shaped like
 * the real event, signed with a key that is not the webhook secret. Sent to the merchant directly.
 */
export async function sendForgedCompletion(
  control: SimulatorControl,
  target: WebhookTarget,
  chargeId: string,
): Promise<void> {
  const charge = await control.charge(chargeId);
  const forged = { ...charge, status: 'successful', paid: true, authorized: true, failure_code: null };
  const id = `evnt_test_forged${randomBytes(6).toString('hex')}`;
  const body = JSON.stringify({
    object: 'event',
    id,
    livemode: false,
    location: `/events/${id}`,
    key: 'charge.complete',
    data: forged,
  });
  const headers = signatureHeaders(body, [randomBytes(24).toString('base64')], Math.floor(Date.now() / 1000));
  const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body };
  // The merchant's answer does not matter: only what it does with its books.
  if ('webhook' in target) {
    await target.webhook(new Request('http://merchant.invalid/webhooks/omise', init)).catch(() => undefined);
  } else {
    await fetch(target.webhookUrl, init).catch(() => undefined);
  }
}
