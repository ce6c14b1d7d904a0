import { createHash } from 'node:crypto';

/**
 * A number in [0, 1) fixed by the seed, the rule and how many deliveries that rule has matched before:
 * the same seed and the same sequence of events give the same faults, however deliveries interleave.
 */
export function faultDraw(seed: number, rule: number, match: number): number {
  const digest = createHash('sha256').update(`${seed}:${rule}:${match}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}
