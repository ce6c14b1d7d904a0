#!/usr/bin/env node
import { createSimulator } from '../create-simulator.js';
import { paymentMethods } from '../domain/methods/index.js';
import type { WebhookOptions } from '../webhooks/create-webhooks.js';
import { CliUsageError, readCliOptions } from './cli-options.js';
import { helpText } from './help-text.js';
import { loadSnapshotFlag } from './load-snapshot-flag.js';
import { packageVersion } from './package-version.js';
import { subcommands } from './subcommands.js';
import { webhookBanner, webhookOptions } from './webhook-banner.js';

async function main(): Promise<void> {
  const [first, ...rest] = process.argv.slice(2);
  const subcommand = first === undefined ? undefined : subcommands[first];
  if (subcommand) {
    process.exitCode = await subcommand(rest, process.env);
    return;
  }
  const options = readCliOptions(process.argv.slice(2), process.env);
  if (options.help) return void console.log(helpText);
  if (options.version) return void console.log(packageVersion());
  const load = options.load === undefined ? undefined : loadSnapshotFlag(options.load);
  const webhooks = webhookOptions(options);
  const simulator = createSimulator({
    seed: options.seed,
    load,
    apiVersion: options.apiVersion,
    publicUrl: options.publicUrl,
    qrPayload: options.qrPayload,
    webhooks,
  });
  const server = await simulator.listen({ port: options.port, host: options.host });
  console.log(banner(server.url, webhooks));
  const stop = async () => {
    await simulator.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function banner(url: string, webhooks: WebhookOptions): string {
  return [
    `omise-sim ${packageVersion()} listening on ${url}`,
    '  keys:      skey_test_<account> / pkey_test_<account> (e.g. skey_test_shop), HTTP Basic, empty password',
    `  methods:   ${paymentMethods.map((method) => method.type).join(', ')}`,
    '  api:       /sources /charges /refunds /events /capability (as https://api.omise.co)',
    '  control:   /_sim (clock, reset; GET /_sim lists it)',
    '  customer:  QR codes lead to /wallet/<charge>; TrueMoney authorize_uri to /payments/<ref>/authorize',
    webhookBanner(webhooks),
    '  Ctrl+C to stop',
  ].join('\n');
}

main().catch((error: unknown) => {
  if (error instanceof CliUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`omise-sim: ${(error as Error).message}\nRun omise-sim --help for the options.`);
    process.exit(2);
  }
  if ((error as { code?: string }).code === 'EADDRINUSE') {
    console.error(`omise-sim: ${(error as Error).message}: pick another port with --port`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
