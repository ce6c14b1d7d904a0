// The webhook part of the machine-readable control API (`GET /_sim`), kept in step with the README.
const selection = {
  from: 'ISO 8601 time or unix seconds (event created_at)',
  to: 'ISO 8601 time or unix seconds',
  keys: 'event keys',
  only_failed: 'only events attempted and never delivered',
};

export const webhookControlEndpoints = [
  {
    method: 'GET',
    path: '/_sim/webhooks',
    description: "the account's webhook endpoints, secret, retry schedule",
  },
  {
    method: 'PUT',
    path: '/_sim/webhooks',
    params: {
      url: 'one endpoint (or endpoints: [{url, keys, secret}])',
      keys: 'event keys it gets (default all)',
      secret: 'base64 webhook secret (kept when not given)',
      previous_secret: 'also signed with, comma-separated, as during a rotation',
      retry_schedule:
        'seconds after each failed attempt (default 60, 300, 900, 3600, 3h, 6h, 12h, then daily: 14 attempts)',
      timeout_seconds: 'a 2xx within this is a success (default 10)',
      ordering:
        'none (default: each event is delivered on its own) | per_charge (a charge waits for its previous event)',
    },
    description: 'replaces the webhook settings; fields not given go back to their defaults',
  },
  { method: 'PATCH', path: '/_sim/webhooks', description: 'changes only the webhook settings given' },
  { method: 'DELETE', path: '/_sim/webhooks', description: 'back to the settings the account started with' },
  {
    method: 'GET',
    path: '/_sim/webhooks/status',
    description:
      'idle, in flight, due, scheduled, held, queued, pending deliveries and the next attempt time',
  },
  {
    method: 'POST',
    path: '/_sim/webhooks/wait',
    params: { timeout_seconds: 'at most 60 (default 10)' },
    description: 'answers once nothing is in flight or due now (retries later on the clock do not count)',
  },
  {
    method: 'POST',
    path: '/_sim/webhooks/drain',
    params: { timeout_seconds: 'at most 60 (default 10)' },
    description: 'moves the clock through every pending retry, delay and hold until all deliveries are done',
  },
  {
    method: 'GET',
    path: '/_sim/deliveries',
    params: {
      event: 'id',
      charge: 'id',
      key: 'event key',
      uri: 'endpoint',
      delivered: 'true | false',
      limit: 'list',
    },
    description: 'the delivery log: every attempt (webhook_delivery plus what the simulator knows)',
  },
  {
    method: 'GET',
    path: '/_sim/deliveries/export',
    params: selection,
    description: 'a replay file: events, their exact bodies and every attempt (omise-sim replay FILE)',
  },
  {
    method: 'POST',
    path: '/_sim/events/:id/replay',
    params: {
      url: 'another endpoint (default: where it would go today)',
      secret: 'base64 secret to sign with',
    },
    description: 'sends the event again now, freshly signed, with retries',
  },
  {
    method: 'POST',
    path: '/_sim/events/replay',
    params: { ...selection, url: 'another endpoint', secret: 'base64 secret' },
    description: 'replays every selected event in creation order',
  },
  {
    method: 'GET',
    path: '/_sim/events/stream',
    params: { keys: 'event keys', after: 'event id (or Last-Event-ID) to resume after' },
    description: 'server-sent events: each event with its webhook body and signature (omise-sim listen)',
  },
  {
    method: 'GET',
    path: '/_sim/webhook_faults',
    description: 'the delivery fault rules and what they hit so far',
  },
  {
    method: 'PUT',
    path: '/_sim/webhook_faults',
    params: {
      seed: 'draws probabilities reproducibly (default 0)',
      rules:
        '[{fault: duplicate | reorder | delay | drop_first | stale_payload | bad_signature | old_timestamp, ' +
        'keys, charge, url, probability, limit, copies, seconds, attempts}]',
    },
    description: 'replaces the delivery fault rules (and their counters)',
  },
  { method: 'POST', path: '/_sim/webhook_faults', description: 'adds one fault rule (the body is the rule)' },
  { method: 'DELETE', path: '/_sim/webhook_faults', description: 'removes every delivery fault rule' },
] as const;
