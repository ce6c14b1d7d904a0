import { Hono } from 'hono';
import type { Account } from '../../account/account.js';
import type { Accounts } from '../../account/accounts.js';
import { MAX_HELD_OPERATIONS } from '../../api-faults/held-operations.js';
import { MAX_API_FAULT_RULES, readApiFault } from '../../api-faults/read-api-fault.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { iso } from '../../render/timestamps.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';

/**
 * `/_sim/api_faults`: the account's next API calls fail instead of running, run and lose their answer, answer
 * late, or are held and land later; GET also lists the held operations and what they became.
 */
export function apiFaultRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/api_faults', authenticate(accounts, 'secret'));

  routes.get('/_sim/api_faults', (c) => answerJson(c, renderFaults(c.get('account'))));

  routes.post('/_sim/api_faults', (c) => {
    const rule = readApiFault(c.get('params'));
    if (c.get('account').apiFaults.list().length >= MAX_API_FAULT_RULES)
      throw omiseError('bad_request', messages.tooManyApiFaults(MAX_API_FAULT_RULES));
    if (rule.mode === 'held' && heldFaultRoom(c.get('account')) < rule.remaining)
      throw omiseError('bad_request', messages.tooManyHeldOperations(MAX_HELD_OPERATIONS));
    c.get('account').apiFaults.add(rule);
    return answerJson(c, renderFaults(c.get('account')));
  });

  routes.delete('/_sim/api_faults', (c) => {
    c.get('account').apiFaults.clear();
    return answerJson(c, renderFaults(c.get('account')));
  });

  return routes;
}

/** How many more operations `held` rules may hold: each waiting one keeps its request until it lands. */
function heldFaultRoom(account: Account): number {
  const promised = account.apiFaults
    .list()
    .reduce((sum, rule) => sum + (rule.mode === 'held' ? rule.remaining : 0), 0);
  return MAX_HELD_OPERATIONS - account.heldOperations.waiting() - promised;
}

function renderFaults(account: Account): Record<string, unknown> {
  return {
    object: 'api_faults',
    data: account.apiFaults.list().map((rule) => ({
      id: rule.id,
      mode: rule.mode,
      status: rule.status,
      delay_ms: rule.delayMs,
      land_after_seconds: rule.mode === 'held' ? rule.landAfterSeconds : null,
      method: rule.method,
      path: rule.path,
      operation: rule.operation,
      remaining: rule.remaining,
    })),
    held: account.heldOperations.list().map((held) => ({
      id: held.id,
      fault: held.ruleId,
      method: held.method,
      path: held.path,
      held_at: iso(held.heldAt),
      lands_at: iso(held.landsAt),
      landed: held.landed && { status: held.landed.status, object_id: held.landed.objectId },
    })),
  };
}
