import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The peer the issue compares with: Stripe's stateful mock, pinned, from the npm registry. */
export const PEER_PACKAGE = 'stripe-stateful-mock';
export const PEER_VERSION = '0.0.16';

/**
 * A folder holding the peer, installed there on first use (outside the project: it is a benchmark baseline,
 * not a dependency of ours, and `npm ci` stays lean). Null, with the reason printed, when it cannot be
 * installed (no registry) or `BENCH_PEERS=0` turns peers off.
 */
export async function installPeer(): Promise<string | null> {
  if (process.env.BENCH_PEERS === '0') return null;
  const folder = join(tmpdir(), `omise-sim-bench-peers-${PEER_VERSION}`);
  if (existsSync(join(folder, 'node_modules', PEER_PACKAGE, 'package.json'))) return folder;
  await mkdir(folder, { recursive: true });
  try {
    await promisify(execFile)(
      'npm',
      [
        'install',
        '--prefix',
        folder,
        '--no-save',
        '--no-audit',
        '--no-fund',
        `${PEER_PACKAGE}@${PEER_VERSION}`,
      ],
      { timeout: 180_000 },
    );
    return folder;
  } catch (error) {
    console.error(
      `(${PEER_PACKAGE} left out: npm install failed: ${(error as Error).message.split('\n')[0]})`,
    );
    return null;
  }
}
