import { spawn } from 'node:child_process';
import { afterEach, expect, test, vi } from 'vitest';
import { verifyOmiseSignature } from '../webhooks/signature/verify-omise-signature.js';
import { startWebhookReceiver, type WebhookReceiver } from '../webhooks/testing/webhook-receiver.js';
import { readCliOptions } from './cli-options.js';
import { CLI_TIMEOUT_MS, cliArgs } from './test-support/spawn-cli.js';

let receiver: WebhookReceiver | undefined;
afterEach(() => receiver?.close());

test('reads --webhook-url and --webhook-secret, or their environment variables', () => {
  expect(
    readCliOptions(['--webhook-url', 'http://127.0.0.1:3000/hooks', '--webhook-secret', 'c2VjcmV0'], {}),
  ).toMatchObject({
    webhookUrl: 'http://127.0.0.1:3000/hooks',
    webhookSecret: 'c2VjcmV0',
  });
  const env = { OMISE_SIM_WEBHOOK_URL: 'https://shop.test/hooks', OMISE_SIM_WEBHOOK_SECRET: 'b3RoZXI=' };
  expect(readCliOptions([], env)).toMatchObject({
    webhookUrl: 'https://shop.test/hooks',
    webhookSecret: 'b3RoZXI=',
  });
});

test('refuses a webhook URL that is not http and a secret that is not base64', () => {
  expect(() => readCliOptions(['--webhook-url', 'shop.test/hooks'], {})).toThrow(
    '--webhook-url must be an http or https URL',
  );
  expect(() => readCliOptions(['--webhook-secret', 'secret!'], {})).toThrow(
    '--webhook-secret must be base64',
  );
});

test(
  "sends every account's events to --webhook-url, signed with --webhook-secret",
  async () => {
    receiver = await startWebhookReceiver();
    const args = cliArgs(['--port', '0', '--webhook-url', receiver.url, '--webhook-secret', 'c2VjcmV0']);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    try {
      await vi.waitFor(() => expect(output).toMatch(/listening on http/), {
        timeout: CLI_TIMEOUT_MS,
        interval: 50,
      });
      expect(output).toContain(`webhooks:  every account's events to ${receiver.url}, secret c2VjcmV0`);
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      await fetch(`${url}/charges`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from('skey_test_cli:').toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          amount: 150000,
          currency: 'THB',
          source: { type: 'wechat_pay_upm', barcode: '130991292552725093' },
        }),
      });
      await vi.waitFor(() => expect(receiver?.received).toHaveLength(1), { timeout: 30_000 });
      const request = receiver.received[0];
      expect(verifyOmiseSignature(request?.body ?? '', request?.headers ?? {}, 'c2VjcmV0')).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  },
  2 * CLI_TIMEOUT_MS,
);
