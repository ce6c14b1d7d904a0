import { randomBytes } from 'node:crypto';
import type { WebhookOptions } from '../webhooks/create-webhooks.js';
import type { CliOptions } from './cli-options.js';

/** `--webhook-url` without `--webhook-secret` gets one secret, shown in the banner, for every account. */
export function webhookOptions(options: CliOptions): WebhookOptions {
  const pacing = { busyRate: options.webhookBusyRate, busyTimeShare: options.webhookBusyTimeShare };
  if (options.webhookUrl === undefined) return { secret: options.webhookSecret, ...pacing };
  const secret = options.webhookSecret ?? randomBytes(32).toString('base64');
  return { url: options.webhookUrl, secret, ...pacing };
}

export function webhookBanner(webhooks: WebhookOptions): string {
  if (!webhooks.url)
    return '  webhooks:  none yet: PUT /_sim/webhooks {"url": ...} per account, or --webhook-url';
  return `  webhooks:  every account's events to ${webhooks.url}, secret ${webhooks.secret}`;
}
