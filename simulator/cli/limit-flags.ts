import { MAX_DEPTH_CEILING, type RequestLimits } from '../http/limits/request-limits.js';
import { CliUsageError } from './cli-options.js';

/** Each request limit's flag and environment variable: `maxBodyBytes` is `--max-body-bytes`, `OMISE_SIM_MAX_BODY_BYTES`. */
const LIMIT_FLAGS: Readonly<Record<keyof RequestLimits, string>> = {
  maxBodyBytes: 'max-body-bytes',
  maxParams: 'max-params',
  maxDepth: 'max-depth',
  maxKeyLength: 'max-key-length',
  maxStringLength: 'max-string-length',
  maxMetadataBytes: 'max-metadata-bytes',
  maxWebhookEndpoints: 'max-webhook-endpoints',
};

/** The `parseArgs` options of the limit flags. */
export const limitFlagOptions = Object.fromEntries(
  Object.values(LIMIT_FLAGS).map((flag) => [flag, { type: 'string' as const }]),
);

/** The limits given by flags (which win) or `OMISE_SIM_MAX_*` variables; the rest keep their defaults. */
export function readLimitFlags(
  values: Readonly<Record<string, unknown>>,
  env: NodeJS.ProcessEnv,
): Partial<RequestLimits> {
  const limits: Partial<Record<keyof RequestLimits, number>> = {};
  for (const [name, flag] of Object.entries(LIMIT_FLAGS) as [keyof RequestLimits, string][]) {
    const envName = `OMISE_SIM_${flag.toUpperCase().replaceAll('-', '_')}`;
    const value = (values[flag] as string | undefined) ?? env[envName];
    if (value === undefined) continue;
    if (!/^[1-9]\d*$/.test(value) || !Number.isSafeInteger(Number(value)))
      throw new CliUsageError(`--${flag} must be a whole number of 1 or more, not ${value}`);
    if (name === 'maxDepth' && Number(value) > MAX_DEPTH_CEILING)
      throw new CliUsageError(`--${flag} must be at most ${MAX_DEPTH_CEILING}, not ${value}`);
    limits[name] = Number(value);
  }
  return limits;
}
