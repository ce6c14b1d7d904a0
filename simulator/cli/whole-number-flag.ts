import { CliUsageError } from './cli-options.js';

/** A flag's whole number of at least `min` (undefined when the flag is absent); anything else is bad usage. */
export function wholeNumberFlag(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min)
    throw new CliUsageError(`${flag} must be a whole number of at least ${min}`);
  return number;
}
