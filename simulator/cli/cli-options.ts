import { parseArgs } from 'node:util';
import { isQrPayloadMode, type QrPayloadMode } from '../documents/qr-payload.js';
import type { RequestLimits } from '../http/limits/request-limits.js';
import { isLogFormat, isLogLevel, type LogFormat, type LogLevel } from '../logging/log-settings.js';
import { type ApiVersion, DEFAULT_API_VERSION, isApiVersion } from '../render/api-version.js';
import { limitFlagOptions, readLimitFlags } from './limit-flags.js';
import { readWebhookFlags } from './webhook-flags.js';

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string | undefined;
  readonly apiVersion: ApiVersion;
  readonly seed: number | undefined;
  /** A snapshot file to start from. */
  readonly load: string | undefined;
  readonly qrPayload: QrPayloadMode;
  /** Where every account's webhooks go to start with, and the secret they are signed with. */
  readonly webhookUrl: string | undefined;
  readonly webhookSecret: string | undefined;
  /** Webhook attempts a second while the API is busy (`--webhook-busy-rate`); 'off' never paces them. */
  readonly webhookBusyRate: number | 'off' | undefined;
  /** The share of the loop's time webhook attempts may take while the API is busy (`--webhook-busy-time-share`). */
  readonly webhookBusyTimeShare: number | undefined;
  /** Request limits given by `--max-*` flags or `OMISE_SIM_MAX_*` variables. */
  readonly limits: Partial<RequestLimits>;
  readonly logLevel: LogLevel;
  readonly logFormat: LogFormat;
  /** Requests kept per account for `GET /_sim/requests`. */
  readonly journalSize: number | undefined;
  /** `memory` or a postgres:// URL (`--store`, OMISE_SIM_STORE). */
  readonly store: string;
  /** A directory for the embedded persistent engine (`--data-dir`, OMISE_SIM_DATA_DIR). */
  readonly dataDir: string | undefined;
  readonly help: boolean;
  readonly version: boolean;
}

/** Thrown for a flag or environment value the CLI cannot use; main prints it with the usage hint. */
export class CliUsageError extends Error {}

/** Flags win over `OMISE_SIM_*` environment variables, which win over defaults. */
export function readCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      'public-url': { type: 'string' },
      'api-version': { type: 'string' },
      seed: { type: 'string' },
      load: { type: 'string' },
      'qr-payload': { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      'webhook-busy-rate': { type: 'string' },
      'webhook-busy-time-share': { type: 'string' },
      'log-level': { type: 'string' },
      'log-format': { type: 'string' },
      'journal-size': { type: 'string' },
      store: { type: 'string' },
      'data-dir': { type: 'string' },
      ...limitFlagOptions,
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
    strict: true,
    allowPositionals: false,
  });
  const apiVersion = values['api-version'] ?? env.OMISE_SIM_API_VERSION ?? DEFAULT_API_VERSION;
  if (!isApiVersion(apiVersion))
    throw new CliUsageError(`--api-version must be 2019-05-29 or 2017-11-02, not ${apiVersion}`);
  const seed = values.seed ?? env.OMISE_SIM_SEED;
  const qrPayload = values['qr-payload'] ?? env.OMISE_SIM_QR_PAYLOAD ?? 'auto';
  if (!isQrPayloadMode(qrPayload))
    throw new CliUsageError(`--qr-payload must be auto, wallet_url or realistic, not ${qrPayload}`);
  return {
    port: readPort(values.port ?? env.OMISE_SIM_PORT ?? '4100'),
    host: values.host ?? env.OMISE_SIM_HOST ?? '127.0.0.1',
    publicUrl: readUrl(values['public-url'] ?? env.OMISE_SIM_PUBLIC_URL),
    apiVersion,
    seed: seed === undefined ? undefined : readInteger('--seed', seed),
    load: values.load ?? (env.OMISE_SIM_LOAD || undefined),
    qrPayload,
    ...readWebhookFlags(
      values['webhook-url'] ?? env.OMISE_SIM_WEBHOOK_URL,
      values['webhook-secret'] ?? env.OMISE_SIM_WEBHOOK_SECRET,
    ),
    webhookBusyRate: readBusyRate(values['webhook-busy-rate'] ?? env.OMISE_SIM_WEBHOOK_BUSY_RATE),
    webhookBusyTimeShare: readBusyTimeShare(
      values['webhook-busy-time-share'] ?? env.OMISE_SIM_WEBHOOK_BUSY_TIME_SHARE,
    ),
    limits: readLimitFlags(values, env),
    ...readLogFlags(
      values['log-level'] ?? env.OMISE_SIM_LOG_LEVEL,
      values['log-format'] ?? env.OMISE_SIM_LOG_FORMAT,
    ),
    journalSize: readOptionalInteger('--journal-size', values['journal-size'] ?? env.OMISE_SIM_JOURNAL_SIZE),
    ...readStoreFlags(values.store ?? env.OMISE_SIM_STORE, values['data-dir'] ?? env.OMISE_SIM_DATA_DIR),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

/** The CLI prints one line per request and webhook attempt unless told otherwise. */
function readLogFlags(level = 'info', format = 'text'): { logLevel: LogLevel; logFormat: LogFormat } {
  if (!isLogLevel(level)) throw new CliUsageError(`--log-level must be silent, info or debug, not ${level}`);
  if (!isLogFormat(format)) throw new CliUsageError(`--log-format must be text or json, not ${format}`);
  return { logLevel: level, logFormat: format };
}

/** One engine: memory (default), a PostgreSQL URL, or a data directory (embedded PostgreSQL). */
function readStoreFlags(
  store = 'memory',
  dataDir: string | undefined,
): { store: string; dataDir: string | undefined } {
  const postgres = /^postgres(ql)?:\/\//.test(store);
  if (!postgres && store !== 'memory')
    throw new CliUsageError(`--store must be memory or a postgres:// URL, not ${store}`);
  if (postgres && dataDir)
    throw new CliUsageError('--store postgres://... and --data-dir are two engines: choose one');
  return { store, dataDir: dataDir || undefined };
}

function readPort(value: string): number {
  const port = readInteger('--port', value);
  if (port < 0 || port > 65535) throw new CliUsageError(`--port must be between 0 and 65535, not ${value}`);
  return port;
}

function readBusyRate(value: string | undefined): number | 'off' | undefined {
  if (value === undefined || value === 'off') return value;
  if (!/^\d+$/.test(value))
    throw new CliUsageError(
      `--webhook-busy-rate must be a whole number of attempts a second or off, not ${value}`,
    );
  return Number(value);
}

function readBusyTimeShare(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const share = /^(0?\.\d+|1(\.0*)?)$/.test(value) ? Number(value) : Number.NaN;
  if (!(share > 0 && share <= 1))
    throw new CliUsageError(`--webhook-busy-time-share must be a number above 0 and at most 1, not ${value}`);
  return share;
}

function readOptionalInteger(flag: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : readInteger(flag, value);
}

function readInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new CliUsageError(`${flag} must be a whole number, not ${value}`);
  return Number(value);
}

function readUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    throw new CliUsageError(`--public-url must be a URL such as http://192.168.1.10:4100, not ${value}`);
  }
}
