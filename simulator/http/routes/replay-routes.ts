import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import type { ReplayOptions } from '../../webhooks/delivery/account-webhooks.js';
import { readHttpUrlField, rejectUnknown } from '../../webhooks/read-fields.js';
import { selectEvents } from '../../webhooks/replay/select-events.js';
import { readWebhookSecret } from '../../webhooks/settings/read-webhook-settings.js';
import type { SimulatorWebhooks } from '../../webhooks/simulator-webhooks.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import type { Params } from '../form-params.js';
import { readEventSelection } from './read-event-selection.js';

/** Sends events again, now, freshly signed, with retries: one event, or every event in a range. */
export function replayRoutes(accounts: Accounts, webhooks: SimulatorWebhooks): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/events/replay', authenticate(accounts, 'secret'));
  routes.use('/_sim/events/:id/replay', authenticate(accounts, 'secret'));

  routes.post('/_sim/events/replay', (c) => {
    const account = c.get('account');
    const params = c.get('params');
    rejectUnknown(params, ['url', 'secret', 'from', 'to', 'keys', 'only_failed']);
    const events = selectEvents(
      account.store.events.values(),
      webhooks.state(account.name).log,
      readEventSelection(params),
    );
    const deliveries = webhooks.replayEvents(account.name, events, readReplayOptions(params));
    return c.json({ object: 'sim_replay', events: events.map((event) => event.id), deliveries });
  });

  routes.post('/_sim/events/:id/replay', (c) => {
    rejectUnknown(c.get('params'), ['url', 'secret']);
    const id = c.req.param('id');
    const deliveries = webhooks.replay(c.get('account').name, id, readReplayOptions(c.get('params')));
    return c.json({ object: 'sim_replay', events: [id], deliveries });
  });

  return routes;
}

function readReplayOptions(params: Params): ReplayOptions {
  return { url: readHttpUrlField(params, 'url'), secret: readWebhookSecret(params, 'secret') };
}
