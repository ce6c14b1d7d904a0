import { Hono } from 'hono';
import type { SSEStreamingApi } from 'hono/streaming';
import type { Account } from '../../account/account.js';
import type { Accounts } from '../../account/accounts.js';
import type { EventRecord } from '../../domain/records.js';
import { readEventKeys } from '../../webhooks/read-fields.js';
import type { SimulatorWebhooks } from '../../webhooks/simulator-webhooks.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import { readString } from '../param-readers.js';
import { pumpToStream } from '../pump-to-stream.js';
import { streamSse } from '../stream-sse.js';

/**
 * `GET /_sim/events/stream`: the account's events as server-sent events, each with the webhook body and
 * signature headers, for `omise-sim listen`. After a reconnect (`Last-Event-ID`, or `?after=evnt_...`) the
 * events recorded since are sent first, so a forwarder that lost its connection misses nothing.
 */
export function eventStreamRoutes(
  accounts: Accounts,
  webhooks: SimulatorWebhooks,
  closed: AbortSignal,
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/events/stream', authenticate(accounts, 'secret'));

  routes.get('/_sim/events/stream', (c) => {
    const account = c.get('account');
    const params = c.get('params');
    const keys = readEventKeys(params, 'keys');
    const after = c.req.header('last-event-id') ?? readString(params, 'after');
    const wanted = (event: EventRecord) => keys === null || keys.includes(event.key);
    return streamSse(c, async (stream) => {
      await pumpToStream<EventRecord>(stream, closed, {
        backlog: after ? eventsAfter(account, after) : [],
        subscribe: (push) =>
          account.onEvent((event) => {
            if (!account.recordingPast) push(event);
          }),
        write: async (event) => {
          if (wanted(event))
            await writeEvent(stream, event, webhooks.state(account.name).signedPayload(event));
        },
      });
    });
  });

  return routes;
}

function eventsAfter(account: Account, id: string): EventRecord[] {
  const events = account.store.events.toArray();
  const index = events.findIndex((event) => event.id === id);
  return index < 0 ? [] : events.slice(index + 1);
}

function writeEvent(
  stream: SSEStreamingApi,
  event: EventRecord,
  signed: { payload: string; headers: Record<string, string> },
) {
  const data = { id: event.id, key: event.key, payload: signed.payload, headers: signed.headers };
  return stream.writeSSE({ event: 'omise_event', id: event.id, data: JSON.stringify(data) });
}
