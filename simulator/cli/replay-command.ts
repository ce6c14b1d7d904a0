import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { filterReplayFile } from '../webhooks/replay/filter-replay-file.js';
import { ReplayFileError, readReplayFile } from '../webhooks/replay/replay-file.js';
import { type ReplayResult, sendReplayFile } from '../webhooks/replay/send-replay-file.js';
import { CliUsageError } from './cli-options.js';
import { readWebhookFlags } from './webhook-flags.js';

export const replayUsage = `Usage: omise-sim replay FILE|- --to URL (--secret S | --as-recorded | --unsigned) [options]

Sends a saved delivery log (GET /_sim/deliveries/export) or a hand-written replay file to any URL,
event by event in file order, once each.
  --to URL              where to POST the events (e.g. a staging merchant's webhook endpoint)
  --secret S            sign afresh with this base64 secret, timestamp now (OMISE_SIM_WEBHOOK_SECRET)
  --as-recorded         send each event's recorded headers: the old signature and timestamp
  --unsigned            send no signature at all
  --keys K1,K2          only these event keys
  --event ID            only this event (repeatable)
  --only-failed         only events that were attempted and never delivered
  --timeout-seconds N   per request (default 10)
Exit status: 0 when every event got a 2xx, 1 otherwise.`;

/** `omise-sim replay`: QA's "replay yesterday's failure against staging". */
export async function replayCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out = console.log,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      to: { type: 'string' },
      secret: { type: 'string' },
      'as-recorded': { type: 'boolean' },
      unsigned: { type: 'boolean' },
      keys: { type: 'string' },
      event: { type: 'string', multiple: true },
      'only-failed': { type: 'boolean' },
      'timeout-seconds': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    out(replayUsage);
    return 0;
  }
  const [path] = positionals;
  if (path === undefined || positionals.length > 1)
    throw new CliUsageError('replay takes one FILE (or - for stdin)');
  const { webhookUrl: to, webhookSecret: secret } = readWebhookFlags(
    values.to,
    values.secret ?? env.OMISE_SIM_WEBHOOK_SECRET,
  );
  if (to === undefined) throw new CliUsageError('replay needs --to URL');
  const asRecorded = values['as-recorded'] ?? false;
  if (!secret && !asRecorded && !values.unsigned) {
    throw new CliUsageError("pass --secret (the merchant's webhook secret), --as-recorded or --unsigned");
  }
  const timeout = Number(values['timeout-seconds'] ?? '10');
  if (!(timeout > 0 && timeout <= 120))
    throw new CliUsageError('--timeout-seconds must be a number from 0 to 120');
  const file = filterReplayFile(await readReplay(path), {
    keys: values.keys?.split(',').map((key) => key.trim()),
    events: values.event,
    onlyFailed: values['only-failed'],
  });
  const results = await sendReplayFile(
    file,
    { url: to, secret: asRecorded ? undefined : secret, asRecorded, timeoutMs: timeout * 1000 },
    (result) => out(describe(result)),
  );
  const delivered = results.filter((result) => result.delivered).length;
  out(
    `replayed ${results.length} event(s) to ${to}: ${delivered} delivered, ${results.length - delivered} not`,
  );
  return delivered === results.length ? 0 : 1;
}

async function readReplay(path: string) {
  const bytes = path === '-' ? await readStdin() : await readFile(path).catch(() => null);
  if (bytes === null) throw new CliUsageError(`cannot read ${path}`);
  // Read as UTF-8 regardless, a bad byte would become U+FFFD: a replayed body that is not the one recorded.
  if (!isUtf8(bytes)) throw new CliUsageError(`${path === '-' ? 'standard input' : path} is not valid UTF-8`);
  const text = bytes.toString('utf8');
  try {
    return readReplayFile(text);
  } catch (error) {
    if (error instanceof ReplayFileError)
      throw new CliUsageError(`${path} is not a replay file: ${error.message}`);
    throw error;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

function describe(result: ReplayResult): string {
  const outcome = result.status === null ? '---' : String(result.status);
  return `${outcome}  ${result.key.padEnd(16)} ${result.event}  ${result.error ?? `${result.durationMs} ms`}`;
}
