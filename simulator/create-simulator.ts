import type { Hono } from 'hono';
import type { Account } from './account/account.js';
import { Accounts } from './account/accounts.js';
import { connectionResetError, isConnectionReset } from './api-faults/connection-reset.js';
import { DashboardFeed } from './dashboard/dashboard-feed.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';
import type { QrPayloadMode } from './documents/qr-payload.js';
import { type CountryCode, DEFAULT_COUNTRY } from './domain/country/account-country.js';
import { IdGenerator, seededRandom } from './domain/ids.js';
import type { AppEnv } from './http/app-env.js';
import { createApp } from './http/create-app.js';
import type { Logger } from './http/handle-errors.js';
import { type RequestLimits, resolveRequestLimits } from './http/limits/request-limits.js';
import { requestJournalRoutes } from './http/routes/request-journal-routes.js';
import { startServer } from './http/start-server.js';
import { DEFAULT_JOURNAL_SIZE, RequestJournal } from './journal/request-journal.js';
import { ActivityLog } from './logging/activity-log.js';
import { type LogFormat, type LogLevel, writeToStdout } from './logging/log-settings.js';
import { requestObservers } from './logging/request-observers.js';
import { openApiRoutes } from './openapi/openapi-routes.js';
import { customerRoutes } from './pages/customer-routes.js';
import { type ApiVersion, DEFAULT_API_VERSION } from './render/api-version.js';
import { ApiOccupancy } from './shared/api-occupancy.js';
import type { SnapshotFile } from './snapshot/snapshot-file.js';
import { snapshotKit } from './snapshot/snapshot-kit.js';
import type { Snapshots } from './snapshot/snapshots.js';
import { createEngine } from './store/engines/create-engine.js';
import type { StorageEngine } from './store/engines/storage-engine.js';
import { createWebhooks, type WebhookOptions } from './webhooks/create-webhooks.js';
import type { DeliveryAttempt } from './webhooks/delivery/delivery-attempt.js';
import type { SimulatorWebhooks } from './webhooks/simulator-webhooks.js';

export interface SimulatorOptions {
  /** Seeds ids and download tokens, so two runs with the same seed and requests give the same objects. */
  readonly seed?: number;
  /** A snapshot (`GET /_sim/snapshot`) to start from, every account in it: a file's path, or the file's JSON. */
  readonly load?: string | SnapshotFile;
  /** The API version new accounts render events and webhooks with (default 2019-05-29). */
  readonly apiVersion?: ApiVersion;
  /**
   * The country new accounts start in (default TH): funding currency, VAT on fees, the method/currency pairs
   * accepted and what GET /capability lists. One account can change it with PATCH /_sim/account.
   */
  readonly country?: CountryCode;
  /** Base URL put in download_uri and authorize_uri (default: the origin each request came to). */
  readonly publicUrl?: string;
  /** Where internal errors are reported (default: stderr). */
  readonly log?: Logger;
  /** The real-time source behind every account clock (tests may replace it). */
  readonly realNow?: () => number;
  /** What QR documents encode: `auto` (default: real interbank codes, else the wallet page), `wallet_url`, `realistic`. */
  readonly qrPayload?: QrPayloadMode;
  /** Where every account's webhooks go to start with (`url`, base64 `secret`), and how many requests at once. */
  readonly webhooks?: WebhookOptions;
  /** Sends webhook requests instead of the global `fetch`, e.g. straight to a merchant's in-process handler. */
  readonly webhookFetch?: typeof fetch;
  /** What one request may carry (body size, parameters, depth, lengths, metadata, webhook_endpoints). */
  readonly limits?: Partial<RequestLimits>;
  /**
   * One line per request and per webhook attempt: `silent` (the default here, so test suites stay quiet;
   * the CLI defaults to `info`), `info`, or `debug` (adds the User-Agent and webhook answers).
   */
  readonly logLevel?: LogLevel;
  /** `text` (default) or `json`, one object a line. */
  readonly logFormat?: LogFormat;
  /** Where log lines go (default: stdout). */
  readonly logWrite?: (line: string) => void;
  /** Requests kept per account for `GET /_sim/requests` (default 100; 0 keeps none). */
  readonly journalSize?: number;
  /**
   * Where accounts are kept: `memory` (default) or a `postgres://` URL (any number of simulators on one
   * database). Wait for `ready` before the first request in-process (`listen` does).
   */
  readonly store?: string;
  /** A directory for one persistent simulator without a server (embedded PostgreSQL, PGlite). */
  readonly dataDir?: string;
}

export interface ListenOptions {
  readonly port?: number;
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface Simulator {
  readonly app: Hono<AppEnv>;
  readonly accounts: Accounts;
  /** Webhook delivery: wait until it settles (`idle`, `drain`), read the log, set endpoints and faults. */
  readonly webhooks: SimulatorWebhooks;
  /** Accounts to a snapshot file and back: `export(names?)`, `import(file, { into })`, `load(path)`. */
  readonly snapshots: Snapshots;
  /** Resolves once the storage engine has loaded every account (at once for `memory`); rejects if it cannot. */
  readonly ready: Promise<void>;
  /** The storage engine: `memory`, `pglite` (`dataDir`) or `postgres` (`store`). */
  readonly engine: StorageEngine;
  /** The Fetch handler: `sim.fetch(new Request('http://sim/charges', ...))`, no socket involved. */
  fetch(request: Request): Promise<Response>;
  /** Hono's in-process request helper, for tests: `sim.request('/charges', { headers })`. */
  request: Hono<AppEnv>['request'];
  /** The account with that name (created if new): its clock, store and events. */
  account(name: string): Account;
  /** Serves the simulator over HTTP (default 127.0.0.1:4100; port 0 picks a free port). */
  listen(options?: ListenOptions): Promise<RunningServer>;
  /** Stops timers and every server started by `listen`. */
  close(): Promise<void>;
}

const defaultLog: Logger = (message, error) => console.error(`[omise-sim] ${message}`, error ?? '');

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const log = options.log ?? defaultLog;
  const limits = resolveRequestLimits(options.limits);
  const ids = new IdGenerator(options.seed === undefined ? undefined : seededRandom(options.seed));
  const engine = createEngine({ store: options.store, dataDir: options.dataDir });
  const accounts = new Accounts({
    engine,
    ids,
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
    country: options.country ?? DEFAULT_COUNTRY,
    realNow: options.realNow,
    onJobError: (error) => log('a scheduled job failed', error),
  });
  const activity = new ActivityLog({
    level: options.logLevel ?? 'silent',
    format: options.logFormat ?? 'text',
    write: options.logWrite ?? writeToStdout,
  });
  const journal = new RequestJournal(options.journalSize ?? DEFAULT_JOURNAL_SIZE);
  const feed = new DashboardFeed(accounts);
  // Webhooks yield to API requests: the app measures how busy its API is, the webhooks pace themselves by it.
  const occupancy = new ApiOccupancy();
  const webhookOptions = {
    ...options.webhooks,
    // An `occupancy: undefined` given would otherwise turn the pacing off.
    occupancy: options.webhooks?.occupancy ?? occupancy,
    onAttempt: (account: string, attempt: DeliveryAttempt) => {
      activity.webhookAttempt(account, attempt);
      feed.attempt(account, attempt);
    },
    fetch: options.webhookFetch ?? options.webhooks?.fetch,
    realNow: options.realNow,
  };
  const webhooks = createWebhooks(accounts, webhookOptions, options.seed, log);
  const opened = engine.open(accounts, {
    webhooksOf: (name) => webhooks.handle.state(name),
    keepSecret: webhooks.keepSecret,
    resetWebhooks: webhooks.resetState,
    log,
  });
  webhooks.onStateChange((name) => {
    const account = accounts.find(name);
    if (account) engine.touch(account);
  });
  // A persistent engine loads first; a snapshot given at start then replaces what it names (and is committed).
  const persistent = engine.kind !== 'memory';
  const ready = opened.then(() => {
    if (persistent && options.load !== undefined) snapshots.load(options.load);
  });
  ready.catch(() => {});
  const app = createApp({
    ready: persistent ? ready : undefined,
    occupancy,
    accounts,
    publicUrl: options.publicUrl,
    log,
    deliveriesOf: webhooks.deliveriesOf,
    limits,
    extraRoutes: [
      ...customerRoutes(accounts, { qrPayload: options.qrPayload }),
      ...webhooks.routes,
      requestJournalRoutes(accounts, journal),
      dashboardRoutes(accounts, feed),
      openApiRoutes(() => app.routes),
    ],
    observers: requestObservers(journal, activity),
  });
  const { snapshots, routes: snapshotRoutes } = snapshotKit(
    accounts,
    webhooks.handle,
    options.realNow,
    limits.maxDepth,
  );
  for (const routes of snapshotRoutes) app.route('/', routes);
  if (!persistent && options.load !== undefined) snapshots.load(options.load);
  const servers = new Set<RunningServer>();

  return {
    app,
    accounts,
    webhooks: webhooks.handle,
    // A reset connection (an API fault) rejects, as fetch does on a network error.
    fetch: async (request) => {
      const response = await app.fetch(request);
      if (isConnectionReset(response)) throw connectionResetError();
      return response;
    },
    request: app.request.bind(app),
    account: (name) => accounts.get(name),
    snapshots,
    ready,
    engine,
    async listen(listenOptions = {}) {
      await ready;
      const server = await startServer(app, listenOptions);
      servers.add(server);
      return server;
    },
    // Servers and timers stop first; the engine commits what is left while webhooks still hold their state.
    async close() {
      feed.close();
      await Promise.all([...servers].map((server) => server.close()));
      servers.clear();
      accounts.stop();
      await ready.catch(() => {});
      await engine.close();
      webhooks.close();
    },
  };
}
