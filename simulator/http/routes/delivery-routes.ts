import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { renderList } from '../../render/render-list.js';
import { paginate } from '../../store/paginate.js';
import type { DeliveryFilter } from '../../webhooks/delivery/delivery-log.js';
import { renderSimDelivery } from '../../webhooks/delivery/render-webhook-delivery.js';
import { exportReplayFile } from '../../webhooks/replay/export-replay-file.js';
import { selectEvents } from '../../webhooks/replay/select-events.js';
import type { SimulatorWebhooks } from '../../webhooks/simulator-webhooks.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import type { Params } from '../form-params.js';
import { readListQuery } from '../list-params.js';
import { readBoolean, readString } from '../param-readers.js';
import { readEventSelection } from './read-event-selection.js';

/** `/_sim/deliveries`: the delivery log, attempt by attempt, and its export as a replay file. */
export function deliveryRoutes(accounts: Accounts, webhooks: SimulatorWebhooks): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/deliveries/*', authenticate(accounts, 'secret'));

  routes.get('/_sim/deliveries', (c) => {
    const account = c.get('account');
    const params = c.get('params');
    const render = c.get('render');
    const attempts = webhooks.deliveries(account.name, readDeliveryFilter(params));
    const page = paginate(attempts, readListQuery(params, render.now));
    return answerJson(c, renderList(page, '/_sim/deliveries', renderSimDelivery, render));
  });

  routes.get('/_sim/deliveries/export', (c) => {
    const account = c.get('account');
    const params = c.get('params');
    const state = webhooks.state(account.name);
    const events = selectEvents(account.store.events.values(), state.log, readEventSelection(params));
    return answerJson(c, exportReplayFile(account.name, events, state, account.clock.now()));
  });

  return routes;
}

function readDeliveryFilter(params: Params): DeliveryFilter {
  const filter: Record<string, string | boolean> = {};
  for (const name of ['event', 'charge', 'key', 'uri'] as const) {
    const value = readString(params, name);
    if (value !== null) filter[name] = value;
  }
  const delivered = readBoolean(params, 'delivered');
  if (delivered !== null) filter.delivered = delivered;
  return filter;
}
