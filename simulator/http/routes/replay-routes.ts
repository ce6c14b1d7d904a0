import { Hono } from 'hono';
import type { Accounts } from '../../account/accounts.js';
import { findEvent } from '../../operations/find-records.js';
import type { ReplayOptions } from '../../webhooks/delivery/account-webhooks.js';
import { readHttpUrlField, rejectUnknown } from '../../webhooks/read-fields.js';
import { selectEvents } from '../../webhooks/replay/select-events.js';
import { readWebhookSecret } from '../../webhooks/settings/read-webhook-settings.js';
import type { SimulatorWebhooks } from '../../webhooks/simulator-webhooks.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import type { Params } from '../form-params.js';
import { notFound } from '../handle-errors.js';
import { readEventSelection } from './read-event-selection.js';

/** Sends events again, now, freshly signed, with retries: one event, or every event in a range. */
export function replayRoutes(accounts: Accounts, webhooks: SimulatorWebhooks): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/events/replay', authenticate(accounts, 'secret'));
  // `/_sim/events/:id/replay` as a wildcard read below: Hono's fast router refuses a parameter beside the
  // literal `/_sim/events/replay` and `/_sim/events/stream`, and one such route slows every request.
  const authenticateOne = authenticate(accounts, 'secret');
  routes.use('/_sim/events/*', async (c, next) => {
    if (replayedEventId(c.req.path) === null) return next();
    return authenticateOne(c, next);
  });

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
    return answerJson(c, { object: 'sim_replay', events: events.map((event) => event.id), deliveries });
  });

  routes.post('/_sim/events/*', (c) => {
    const id = replayedEventId(c.req.path);
    if (id === null) return notFound(c);
    // The event first, as Omise finds a resource before it reads the body: an unknown event is a 404.
    findEvent(c.get('account'), id);
    rejectUnknown(c.get('params'), ['url', 'secret']);
    const deliveries = webhooks.replay(c.get('account').name, id, readReplayOptions(c.get('params')));
    return answerJson(c, { object: 'sim_replay', events: [id], deliveries });
  });

  return routes;
}

function replayedEventId(path: string): string | null {
  const match = /^\/_sim\/events\/([^/]+)\/replay\/?$/.exec(path);
  if (match?.[1] === undefined) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

function readReplayOptions(params: Params): ReplayOptions {
  return { url: readHttpUrlField(params, 'url'), secret: readWebhookSecret(params, 'secret') };
}
