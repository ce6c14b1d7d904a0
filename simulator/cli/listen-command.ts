import { parseArgs } from 'node:util';
import { type Forwarded, forwardEvents } from '../webhooks/forward/forward-events.js';
import { CliUsageError } from './cli-options.js';
import { readWebhookFlags } from './webhook-flags.js';

export const listenUsage = `Usage: omise-sim listen --forward-to URL [options]

Forwards the events of a running simulator to a local URL as they happen, like \`stripe listen\`:
each is POSTed once, in order, with the simulator's signature (the account's webhook secret).
  --forward-to URL   where to POST each event
  --sim URL          the running simulator (OMISE_SIM_URL, default http://127.0.0.1:4100)
  --key KEY          the account's secret key, skey_test_<account> (OMISE_SIM_KEY)
  --secret S         re-sign with this base64 secret, timestamp now (default: keep the simulator's)
  --keys K1,K2       only these event keys
Ctrl+C to stop.`;

/** `omise-sim listen`: runs until interrupted (or `signal` aborts); returns the exit status. */
export async function listenCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out = console.log,
  signal?: AbortSignal,
): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'forward-to': { type: 'string' },
      sim: { type: 'string' },
      key: { type: 'string' },
      secret: { type: 'string' },
      keys: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(listenUsage);
    return 0;
  }
  const { webhookUrl: forwardTo, webhookSecret: secret } = readWebhookFlags(
    values['forward-to'],
    values.secret,
  );
  const sim = values.sim ?? env.OMISE_SIM_URL ?? 'http://127.0.0.1:4100';
  const key = values.key ?? env.OMISE_SIM_KEY;
  if (forwardTo === undefined) throw new CliUsageError('listen needs --forward-to URL');
  if (!key?.startsWith('skey_test_'))
    throw new CliUsageError('listen needs --key skey_test_<account> (or OMISE_SIM_KEY)');
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  signal?.addEventListener('abort', interrupt, { once: true });
  try {
    await forwardEvents({
      sim,
      key,
      forwardTo,
      secret,
      keys: values.keys?.split(',').map((k) => k.trim()),
      signal: stop.signal,
      onConnect: () =>
        out(`Ready: forwarding ${key.slice('skey_test_'.length)}'s events from ${sim} to ${forwardTo}`),
      onDisconnect: (error) => out(`Lost the simulator (${(error as Error).message ?? error}); reconnecting`),
      onForward: (forwarded) => out(describe(forwarded)),
    });
  } finally {
    process.off('SIGINT', interrupt);
  }
  return 0;
}

function describe(forwarded: Forwarded): string {
  const outcome = forwarded.status === null ? '---' : String(forwarded.status);
  return `--> ${forwarded.key.padEnd(16)} ${forwarded.id}  [${outcome}] ${forwarded.error ?? `${forwarded.durationMs} ms`}`;
}
