import type { Hono } from 'hono';
import type { Accounts } from '../account/accounts.js';
import type { AppEnv } from '../http/app-env.js';
import { seedRoutes } from '../http/routes/seed-routes.js';
import { snapshotRoutes } from '../http/routes/snapshot-routes.js';
import type { SimulatorWebhooks } from '../webhooks/simulator-webhooks.js';
import { Snapshots } from './snapshots.js';

export interface SnapshotKit {
  readonly snapshots: Snapshots;
  /** `/_sim/snapshot` and `/_sim/seed`. */
  readonly routes: readonly Hono<AppEnv>[];
}

/** Snapshots and seeded histories, wired to the simulator's accounts and webhooks. */
export function snapshotKit(
  accounts: Accounts,
  webhooks: SimulatorWebhooks,
  realNow: (() => number) | undefined,
  /** The nesting requests may make (`limits.maxDepth`): a snapshot can hold what they made. */
  requestDepth?: number,
): SnapshotKit {
  const snapshots = new Snapshots(accounts, webhooks, realNow, requestDepth);
  return { snapshots, routes: [snapshotRoutes(accounts, snapshots), seedRoutes(accounts)] };
}
