// The dashboard's pages, its form posts and its live stream, as the OpenAPI document describes them.
import type { OperationText } from './omise-api-operations.js';

export const dashboardOperations: readonly OperationText[] = [
  {
    method: 'GET',
    path: '/_sim/ui/:account',
    description: "dashboard: the account's charges, clock, webhooks, faults",
    auth: 'none',
    html: true,
  },
  {
    method: 'GET',
    path: '/_sim/ui/:account/charges/:id',
    description: 'dashboard: a charge, its events and webhook attempts',
    auth: 'none',
    html: true,
  },
  {
    method: 'GET',
    path: '/_sim/ui/:account/sources',
    description: "dashboard: the account's sources",
    auth: 'none',
    html: true,
  },
  {
    method: 'GET',
    path: '/_sim/ui/:account/refunds',
    description: "dashboard: the account's refunds",
    auth: 'none',
    html: true,
  },
  {
    method: 'GET',
    path: '/_sim/ui/:account/events',
    description: "dashboard: the account's events",
    auth: 'none',
    html: true,
  },
  {
    method: 'GET',
    path: '/_sim/ui/:account/deliveries',
    description: 'dashboard: the delivery log, every webhook attempt (filters of /_sim/deliveries)',
    auth: 'none',
    html: true,
  },
  {
    method: 'GET',
    path: '/_sim/ui/:account/live',
    description:
      "dashboard: the account's changes (events, webhook attempts, resets) as server-sent events, ids only, for its open pages",
    auth: 'none',
    eventStream: true,
  },
  {
    method: 'GET',
    path: '/_sim/ui/:account/requests',
    description: 'dashboard: the request journal',
    auth: 'none',
    html: true,
  },
  {
    method: 'POST',
    path: '/_sim/ui/:account/charges/:id/:action',
    description: 'dashboard: mark paid, mark failed, expire, refund',
    auth: 'none',
    html: true,
  },
  {
    method: 'POST',
    path: '/_sim/ui/:account/events/:id/replay',
    description: 'dashboard: replays an event',
    auth: 'none',
    html: true,
  },
  {
    method: 'POST',
    path: '/_sim/ui/:account/:action',
    description: 'dashboard: clock, webhook, fault and reset actions',
    auth: 'none',
    html: true,
  },
];
