#!/usr/bin/env node
import { createSimulator } from '../create-simulator.js';
import { paymentMethods } from '../domain/methods/index.js';
import type { WebhookOptions } from '../webhooks/create-webhooks.js';
import { CliUsageError, readCliOptions } from './cli-options.js';
import { helpText } from './help-text.js';
import { loadSnapshotFlag } from './load-snapshot-flag.js';
import { packageVersion } from './package-version.js';
import { useServingV8Flags } from './serving-v8-flags.js';
import { describeStartError, exposedWarning, isLoopback } from './start-error.js';
import { stopOnSignals, stopWithNpmParent } from './stop-on-signals.js';
import { subcommands } from './subcommands.js';
import { webhookBanner, webhookOptions } from './webhook-banner.js';

async function main(): Promise<void> {
  useServingV8Flags();
  const [first, ...rest] = process.argv.slice(2);
  const subcommand = first === undefined ? undefined : subcommands[first];
  if (subcommand) {
    process.exitCode = await subcommand(rest, process.env);
    return;
  }
  const options = readCliOptions(process.argv.slice(2), process.env);
  if (options.help) return void console.log(helpText);
  if (options.version) return void console.log(packageVersion());
  const load =
    options.load === undefined ? undefined : loadSnapshotFlag(options.load, options.limits.maxDepth);
  const webhooks = webhookOptions(options);
  const simulator = createSimulator({
    seed: options.seed,
    load,
    apiVersion: options.apiVersion,
    publicUrl: options.publicUrl,
    qrPayload: options.qrPayload,
    webhooks,
    limits: options.limits,
    logLevel: options.logLevel,
    logFormat: options.logFormat,
    journalSize: options.journalSize,
    store: options.store,
    dataDir: options.dataDir,
  });
  const server = await simulator
    .listen({ port: options.port, host: options.host })
    .catch((error: unknown) => {
      const reason = describeStartError(error, options.host, options.port);
      if (reason === null) throw error;
      console.error(`omise-sim: ${reason}`);
      process.exit(1);
    });
  stopWithNpmParent(
    stopOnSignals(() => simulator.close()),
    process.env,
  );
  console.log(banner(server.url, webhooks, describeStore(options)));
  if (!isLoopback(options.host)) console.error(exposedWarning(options.host));
}

function banner(url: string, webhooks: WebhookOptions, store: string): string {
  return [
    `omise-sim ${packageVersion()} listening on ${url} (pid ${process.pid})`,
    `  store:     ${store}`,
    '  keys:      skey_test_<account> / pkey_test_<account> (e.g. skey_test_shop), HTTP Basic, empty password',
    `  methods:   ${paymentMethods.map((method) => method.type).join(', ')}`,
    '  api:       /sources /charges /refunds /events /capability (as https://api.omise.co)',
    '  control:   /_sim (clock, reset; GET /_sim lists it)',
    `  dashboard: ${url}/_sim/ui (in a browser, updating live; deliveries and requests of each account)`,
    "  customer:  QR codes lead to /wallet/<charge>; redirect methods' authorize_uri to /payments/<ref>/authorize",
    webhookBanner(webhooks),
    '  Ctrl+C (or SIGTERM, SIGHUP to the pid) to stop',
  ].join('\n');
}

/** The engine in a word, without a postgres URL's password. */
function describeStore(options: { store: string; dataDir: string | undefined }): string {
  if (options.dataDir) return `embedded PostgreSQL (PGlite) in ${options.dataDir}, kept across restarts`;
  if (options.store === 'memory') return 'memory (a restart forgets everything; --data-dir DIR keeps it)';
  const url = new URL(options.store);
  if (url.password) url.password = '***';
  return `PostgreSQL ${url.toString()} (shared with every instance on it)`;
}

main().catch((error: unknown) => {
  if (error instanceof CliUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`omise-sim: ${(error as Error).message} (omise-sim --help lists the options)`);
    process.exit(2);
  }
  console.error(`omise-sim: ${(error as Error)?.message ?? String(error)}`);
  process.exit(1);
});
