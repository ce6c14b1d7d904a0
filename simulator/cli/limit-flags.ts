import { limitProblem, type RequestLimits } from '../http/limits/request-limits.js';
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
    // Digits only, no leading zero: `Number` would also read `1e3`, `0x10` or ` 7 `.
    const number = /^[1-9]\d*$/.test(value) ? Number(value) : Number.NaN;
    const problem = limitProblem(name, number);
    if (problem) throw new CliUsageError(`--${flag} ${problem}, not ${value}`);
    limits[name] = number;
  }
  return limits;
}
