// First: it must run before nock patches `https.request` (see the module).
import './agent-base-compat.js';
import nock from 'nock';
import type { Account } from '../account/account.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../create-simulator.js';
import { toFetchRequest } from './to-fetch-request.js';

/** The hosts the official SDKs call: the API, and the vault for tokens (omise-node `lib/api.js`, `Token.js`). */
export const omiseOrigins = ['https://api.omise.co', 'https://vault.omise.co'] as const;

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;

export interface InterceptOmiseOptions extends SimulatorOptions {
  /** Serve this simulator; by default a new one is made (with these options) and closed by `restore()`. */
  readonly simulator?: Simulator;
}

export interface OmiseInterception {
  readonly simulator: Simulator;
  /** The account behind `skey_test_<name>` / `pkey_test_<name>`: its clock, store and events. */
  account(name: string): Account;
  /** The account's test keys, to spread into the SDK's config: `omise({ ...keys('shop') })`. */
  keys(name: string): { publicKey: string; secretKey: string };
  /** Moves the account's clock forward: expiries and other jobs that fall due fire, in order. */
  advanceClock(name: string, seconds: number): void;
  /** Clears one account (objects, events, scheduled jobs, clock) as `POST /_sim/reset` does, or all of them. */
  reset(name?: string): Promise<void>;
  /** Removes these interceptors only (other nock interceptors stay) and closes a simulator made here. */
  restore(): Promise<void>;
}

/**
 * Serves `https://api.omise.co` and `https://vault.omise.co` from an in-process simulator through nock:
 * the official `omise` npm SDK (or any Node HTTP client) reaches it with no socket and no port.
 */
export function interceptOmise(options: InterceptOmiseOptions = {}): OmiseInterception {
  const { simulator: given, ...simulatorOptions } = options;
  const simulator = given ?? createSimulator(simulatorOptions);
  const interceptors = omiseOrigins.flatMap((origin) => interceptOrigin(origin, simulator));
  const keys = (name: string) => ({ publicKey: `pkey_test_${name}`, secretKey: `skey_test_${name}` });

  return {
    simulator,
    account: (name) => simulator.account(name),
    keys,
    advanceClock: (name, seconds) => simulator.account(name).clock.advance(seconds * 1000),
    async reset(name) {
      const names =
        name === undefined ? [...simulator.accounts.all()].map((account) => account.name) : [name];
      for (const each of names) await resetAccount(simulator, keys(each).secretKey);
    },
    async restore() {
      for (const interceptor of interceptors) nock.removeInterceptor(interceptor);
      if (!given) await simulator.close();
    },
  };
}

function interceptOrigin(origin: string, simulator: Simulator): nock.Interceptor[] {
  // allowUnmocked: once restore() removed the interceptors, the host is reached as if nock had never seen it.
  const scope = nock(origin, { allowUnmocked: true }).persist();
  const rawBodies = new WeakMap<object, string>();
  // nock hands reply functions a JSON body already parsed; its 'request' event still has the raw text.
  scope.on('request', (req: object, _interceptor: unknown, body: string) => rawBodies.set(req, body ?? ''));
  return METHODS.map((method) => {
    const interceptor = scope.intercept(() => true, method);
    interceptor.reply(async function (path) {
      const request = toFetchRequest(origin, method, path, this.req.headers, rawBodies.get(this.req) ?? '');
      const response = await simulator.fetch(request);
      const body = Buffer.from(await response.arrayBuffer());
      return [response.status, body, headersOf(response)] as const;
    });
    return interceptor;
  });
}

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

async function resetAccount(simulator: Simulator, secretKey: string): Promise<void> {
  const authorization = `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}`;
  await simulator.fetch(
    new Request(`${omiseOrigins[0]}/_sim/reset`, { method: 'POST', headers: { authorization } }),
  );
}
