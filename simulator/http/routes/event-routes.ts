import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import type { EventRecord } from '../../domain/records.js';
import { findCharge, findEvent } from '../../operations/find-records.js';
import type { ApiVersion } from '../../render/api-version.js';
import { renderEvent } from '../../render/render-event.js';
import { renderList } from '../../render/render-list.js';
import { paginate } from '../../store/paginate.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readListQuery } from '../list-params.js';

/** How an event's webhook deliveries are shown; the webhooks dispatcher provides them. */
export type DeliveriesOf = (accountName: string, eventId: string) => readonly unknown[];

export function eventRoutes(accounts: Accounts, deliveriesOf: DeliveriesOf): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/events/*', authenticate(accounts, 'secret'));
  routes.use('/charges/:id/events', authenticate(accounts, 'secret'));
  const renderOne = (accountName: string, version: ApiVersion) => (event: EventRecord) =>
    renderEvent(event, version, deliveriesOf(accountName, event.id));

  routes.get('/events', (c) => {
    const page = paginate(c.get('account').store.events, readListQuery(c.get('params'), c.get('render').now));
    return answerJson(
      c,
      renderList(page, '/events', renderOne(c.get('account').name, c.get('render').version), c.get('render')),
    );
  });

  routes.get('/events/:id', (c) => {
    const event = findEvent(c.get('account'), c.req.param('id'));
    return answerJson(c, renderOne(c.get('account').name, c.get('render').version)(event));
  });

  routes.get('/charges/:id/events', (c) => {
    const charge = findCharge(c.get('account'), c.req.param('id'));
    const page = paginate(
      c.get('account').store.eventsOf(charge.id),
      readListQuery(c.get('params'), c.get('render').now),
    );
    const render = renderOne(c.get('account').name, c.get('render').version);
    return answerJson(c, renderList(page, `/charges/${charge.id}/events`, render, c.get('render')));
  });

  return routes;
}
