import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { ImportBudget } from '../../snapshot/import-budget.js';
import { parseSnapshotText, snapshotLimits } from '../../snapshot/parse-snapshot-text.js';
import { SNAPSHOT_MAX_BYTES } from '../../snapshot/snapshot-file.js';
import type { Snapshots } from '../../snapshot/snapshots.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readRawBody } from '../raw-body.js';

/** `/_sim/snapshot`: the key's account (or, with `all=true`, every account) as a file, and back. */
export function snapshotRoutes(accounts: Accounts, snapshots: Snapshots): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/snapshot', authenticate(accounts, 'secret'));

  routes.get('/_sim/snapshot', (c) => {
    const all = readAll(c.req.query('all'));
    const file = snapshots.export(all ? undefined : [c.get('account').name]);
    const name = all ? 'all' : c.get('account').name;
    c.header('Content-Disposition', `attachment; filename="omise-sim-${name}.json"`);
    return answerJson(c, file);
  });

  // The file is read here, after the key, not from the parsed parameters: it is one JSON document of any
  // content type (curl --data-binary says form), far larger than an API request, and only this route takes one.
  const budget = new ImportBudget(2 * SNAPSHOT_MAX_BYTES);
  routes.put('/_sim/snapshot', async (c) => {
    const all = readAll(c.req.query('all'));
    // A chunked upload says nothing of its size: it may be the largest.
    const declared = Number(c.req.header('content-length') ?? SNAPSHOT_MAX_BYTES) || SNAPSHOT_MAX_BYTES;
    const limits = snapshotLimits(c.get('limits').maxDepth);
    const read = () => readRawBody(c, SNAPSHOT_MAX_BYTES).then((text) => parseSnapshotText(text, { limits }));
    const file = await budget.within(Math.min(declared, SNAPSHOT_MAX_BYTES), read);
    if (file === undefined) throw omiseError('service_unavailable', messages.snapshotImportsBusy);
    const names = snapshots.import(file, all ? {} : { into: c.get('account').name });
    const imported = names.map((name) => accounts.get(name));
    return answerJson(c, {
      object: 'sim_snapshot_import',
      accounts: imported.map((account) => ({
        name: account.name,
        charges: account.store.charges.size,
        events: account.store.events.size,
        pending_jobs: account.scheduler.pending,
      })),
    });
  });

  return routes;
}

function readAll(value: string | undefined): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw omiseError('bad_request', messages.invalidField('all'));
}
