import { isHttpUrl } from '../shared/is-http-url.js';
import { isWebhookSecret } from '../webhooks/signature/webhook-secret.js';
import { CliUsageError } from './cli-options.js';

/** `--webhook-url` / `OMISE_SIM_WEBHOOK_URL` and `--webhook-secret` / `OMISE_SIM_WEBHOOK_SECRET`, checked. */
export function readWebhookFlags(
  url: string | undefined,
  secret: string | undefined,
): { webhookUrl: string | undefined; webhookSecret: string | undefined } {
  if (url !== undefined && !isHttpUrl(url)) {
    throw new CliUsageError(
      `--webhook-url must be an http or https URL such as http://127.0.0.1:3000/webhooks, not ${url}`,
    );
  }
  if (secret !== undefined && !isWebhookSecret(secret)) {
    throw new CliUsageError(
      `--webhook-secret must be base64, as the Omise dashboard shows it (e.g. c2VjcmV0), not ${secret}`,
    );
  }
  return { webhookUrl: url, webhookSecret: secret };
}
