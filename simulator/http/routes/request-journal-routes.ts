import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { JournalFilter } from '../../journal/journal-entry.js';
import { renderJournalEntry } from '../../journal/render-journal-entry.js';
import type { RequestJournal } from '../../journal/request-journal.js';
import { renderList } from '../../render/render-list.js';
import { paginate } from '../../store/paginate.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import type { Params } from '../form-params.js';
import { readListQuery } from '../list-params.js';
import { readString } from '../param-readers.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** `/_sim/requests`: the account's recent requests, newest first unless `order` says otherwise; clearable. */
export function requestJournalRoutes(accounts: Accounts, journal: RequestJournal): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/requests', authenticate(accounts, 'secret'));

  routes.get('/_sim/requests', (c) => {
    const { account, params, render } = c.var;
    const filter = readJournalFilter(params);
    const query = readListQuery(params, Date.now());
    const order = readString(params, 'order') === null ? 'reverse_chronological' : query.order;
    const page = paginate(journal.list(account.name, filter), { ...query, order });
    return answerJson(c, renderList(page, '/_sim/requests', renderJournalEntry, render));
  });

  routes.delete('/_sim/requests', (c) => {
    const cleared = journal.clear(c.var.account.name);
    return answerJson(c, { object: 'sim_requests_cleared', account: c.var.account.name, cleared });
  });

  return routes;
}

/** `method` (GET...), `path` (a prefix, from `/`), `status` (404, or 4xx); anything else is refused. */
function readJournalFilter(params: Params): JournalFilter {
  const method = readString(params, 'method')?.toUpperCase();
  if (method !== undefined && !METHODS.includes(method))
    throw omiseError('bad_request', messages.invalidField('method'));
  const pathPrefix = readString(params, 'path') ?? undefined;
  if (pathPrefix !== undefined && !pathPrefix.startsWith('/'))
    throw omiseError('bad_request', messages.invalidField('path'));
  return { method, pathPrefix, status: readStatus(readString(params, 'status')) };
}

function readStatus(value: string | null): JournalFilter['status'] {
  if (value === null) return undefined;
  if (/^[1-5]\d\d$/.test(value)) return { exact: Number(value) };
  if (/^[1-5]xx$/i.test(value)) return { class: Number(value[0]) };
  throw omiseError('bad_request', messages.invalidField('status'));
}
