// The simulator's own control endpoints, machine-readable at `GET /_sim` (no key needed to read it).
// Every endpoint below it takes the account's secret key. Kept in step with the README's "Control API".
import { snapshotControlEndpoints } from '../../snapshot/snapshot-control-api.js';
import { webhookControlEndpoints } from '../../webhooks/webhook-control-api.js';

export const controlApi = {
  object: 'sim_control_api',
  auth: 'HTTP Basic with the account secret key (skey_test_<account>:), like the Omise API',
  endpoints: [
    { method: 'GET', path: '/_sim/clock', description: 'the account clock: now, frozen, pending jobs' },
    {
      method: 'POST',
      path: '/_sim/clock/advance',
      params: { seconds: 'number', minutes: 'number', hours: 'number', days: 'number' },
      description: 'moves time forward; every job that falls due fires at its own due time, in order',
    },
    {
      method: 'POST',
      path: '/_sim/clock/set',
      params: { to: 'ISO 8601 time or unix seconds' },
      description: 'sets the clock to a time (forward fires due jobs; backward fires nothing)',
    },
    { method: 'POST', path: '/_sim/clock/freeze', description: 'stops time at its current value' },
    { method: 'POST', path: '/_sim/clock/resume', description: 'lets time run again from where it is' },
    {
      method: 'GET',
      path: '/_sim/api_faults',
      description:
        'the API faults waiting for the next calls, and the held operations (waiting, and the latest 100 landed)',
    },
    {
      method: 'POST',
      path: '/_sim/api_faults',
      params: {
        mode: 'instead (default) | lost | late | held',
        status: 'instead: 429 | 500 | 503; lost and held: 500 | 502 | 503, or none for a reset connection',
        delay_ms: 'answer this much later (0..30000); late: required',
        land_after_seconds: 'held: when the operation lands, on the account clock (default 60)',
        count: 'how many calls it hits (default 1); held: at most 100 in flight per account',
        method: 'only this HTTP method',
        path: 'only paths starting with this',
        operation: 'only create_charge | create_source | create_refund',
      },
      description:
        "the account's next matching API calls fail instead of running, run and lose their answer, answer late, or are held and land later",
    },
    { method: 'DELETE', path: '/_sim/api_faults', description: 'removes every waiting API fault' },
    { method: 'POST', path: '/_sim/reset', description: 'clears the account: objects, events, jobs, clock' },
    { method: 'GET', path: '/_sim/account', description: 'account settings' },
    {
      method: 'PATCH',
      path: '/_sim/account',
      params: {
        api_version: '2019-05-29 | 2017-11-02',
        country: 'TH | SG | MY | JP: funding currency, VAT, accepted method/currency pairs (new charges)',
      },
      description: 'the API version events and webhooks are rendered with, and the account country',
    },
    ...webhookControlEndpoints,
    ...snapshotControlEndpoints,
    {
      method: 'GET',
      path: '/_sim/requests',
      params: {
        method: 'only this HTTP method',
        path: 'only paths starting with this',
        status: 'one status (404) or a class (4xx)',
        limit: 'at most 100 (default 20)',
        offset: 'number',
        order: 'reverse_chronological (default) | chronological',
      },
      description: "the account's recent requests (journal): status, duration, User-Agent, redacted bodies",
    },
    { method: 'DELETE', path: '/_sim/requests', description: "clears the account's request journal" },
    {
      method: 'GET',
      path: '/_sim/openapi.json',
      description:
        'OpenAPI 3.1 of the Omise API and this control API, built from the routes the app has (no key needed)',
    },
    {
      method: 'GET',
      path: '/_sim/ui',
      params: { account: "opens that account's page" },
      description:
        'the dashboard, in a browser (no key: README "Security notes"); GET / redirects a browser there. An account\'s pages (charges, sources, refunds, events, deliveries, requests) update themselves from /_sim/ui/<account>/live',
    },
  ],
  omise_test_endpoints: [
    { method: 'POST', path: '/charges/:id/mark_as_paid', description: 'the customer pays' },
    {
      method: 'POST',
      path: '/charges/:id/mark_as_failed',
      params: { failure_code: "one of the charge's method failure codes" },
      description: 'the payment fails',
    },
  ],
} as const;
