import { createSimulator, type Simulator } from '../../create-simulator.js';
import { TOOLING_HEADER } from '../../http/authenticate.js';
import { accountSnapshot } from '../account-snapshot.js';
import { chargeParams, toForm } from '../test-api.js';
import { encodeForm, percentEncode } from './fuzz-form.js';
import type { FuzzRequest, FuzzRoute } from './fuzz-request.js';

export const FUZZED = 'fuzz';
export const BYSTANDER = 'bystander';
const START = Date.parse('2024-09-10T03:57:17Z');

export interface FuzzAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/**
 * One simulator with the fuzzed account and a bystander, both holding charges in every state. Webhooks go
 * to an in-process stub (nothing leaves the process); clocks stay frozen between requests, and injected
 * API faults are cleared after each one, so every request meets a settled, fault-free account.
 */
export class FuzzWorld {
  readonly sim: Simulator = createSimulator({
    seed: 7,
    log: () => {},
    webhookFetch: async () => new Response('ok'),
  });

  /** Every GET/POST/... route the app has (middleware entries left out), collected from the app itself. */
  routes(): FuzzRoute[] {
    const seen = new Map<string, FuzzRoute>();
    for (const { method, path } of this.sim.app.routes)
      if (method !== 'ALL') seen.set(`${method} ${path}`, { method, path });
    return [...seen.values(), { method: 'GET', path: '/no/such/route' }];
  }

  async seed(): Promise<void> {
    for (const name of [FUZZED, BYSTANDER]) {
      const clock = this.sim.account(name).clock;
      clock.freeze();
      clock.set(START);
      await this.#seedCharges(name);
    }
  }

  snapshot(name: string): string {
    return accountSnapshot(this.sim, name);
  }

  /** Before each request: a fuzzed account that was reset or emptied gets charges again. */
  async prepare(): Promise<void> {
    if (this.sim.account(FUZZED).store.charges.size < 3) await this.#seedCharges(FUZZED);
  }

  async send(request: FuzzRequest): Promise<FuzzAnswer> {
    const { path, init } = this.toRequest(request);
    const response = await this.sim.request(path, init);
    const contentType = response.headers.get('content-type') ?? '';
    // An event stream never ends: its headers are the answer.
    const stream = contentType.includes('event-stream');
    if (stream) await response.body?.cancel();
    const text = stream ? '' : await response.text();
    await this.settle();
    return { status: response.status, contentType, text };
  }

  /** Lets deliveries finish, freezes every clock again and drops injected API faults. */
  async settle(): Promise<void> {
    await this.sim.webhooks.idle(undefined, { timeoutMs: 30_000 });
    for (const account of this.sim.accounts.all()) {
      if (!account.clock.frozen) account.clock.freeze();
      account.apiFaults.clear();
    }
  }

  /** What the account answers to a plain read, as the tooling (API faults pass it by). */
  async health(name: string): Promise<number[]> {
    const headers = {
      authorization: `Basic ${Buffer.from(`skey_test_${name}:`).toString('base64')}`,
      [TOOLING_HEADER]: '1',
    };
    const statuses: number[] = [];
    for (const path of ['/charges', '/events', '/_sim/clock', '/_sim/webhooks'])
      statuses.push((await this.sim.request(path, { headers })).status);
    return statuses;
  }

  toRequest(request: FuzzRequest): { path: string; init: RequestInit } {
    let index = 0;
    const path = request.route.replace(/:[A-Za-z]+/g, () => this.#resolve(request, index++));
    const query = [...encodeForm(request.query), ...request.rawQuery.map(String)].join('&');
    const headers: Record<string, string> = {};
    if (request.authorization !== null) headers.authorization = request.authorization;
    if (request.version !== null) headers['omise-version'] = request.version;
    const body = this.#body(request, headers);
    const withBody = request.method !== 'GET' && request.method !== 'HEAD';
    return {
      path: query ? `${path}?${query}` : path,
      init: { method: request.method, headers, ...(withBody && body !== undefined && { body }) },
    };
  }

  #body(request: FuzzRequest, headers: Record<string, string>): string | undefined {
    if (request.hugeBody) return `description=${'x'.repeat(1_100_000)}`;
    const [type, body] =
      request.encoding === 'json'
        ? ['application/json', JSON.stringify(request.body)]
        : request.encoding === 'form'
          ? [
              'application/x-www-form-urlencoded',
              [...encodeForm(request.body), ...request.rawForm.map(String)].join('&'),
            ]
          : request.encoding === 'raw'
            ? ['application/json', request.rawBody]
            : [null, undefined];
    const contentType = request.contentType ?? type;
    if (contentType !== null) headers['content-type'] = contentType;
    return body;
  }

  #resolve(request: FuzzRequest, index: number): string {
    const choice = request.ids[index % request.ids.length] ?? { pool: 0 };
    if ('raw' in choice) return percentEncode(String(choice.raw)) || 'x';
    const pool = this.#pool(request.route, index);
    return percentEncode(pool[choice.pool % pool.length] ?? 'none');
  }

  /** Ids of the fuzzed account only, so no request can legitimately touch the bystander. */
  #pool(route: string, index: number): string[] {
    const { store } = this.sim.account(FUZZED);
    const charges = store.charges.toArray();
    if (route.includes('/downloads/')) {
      const withDocument = charges.filter((charge) => charge.document);
      return withDocument.map(
        (charge) => [charge.id, charge.document?.id, charge.document?.token][index] ?? '',
      );
    }
    if (route.startsWith('/payments/')) return charges.map((charge) => charge.reference ?? charge.id);
    if (index === 1 && route.includes('refunds')) return [...store.refunds.keys()];
    return [
      ...charges.map((c) => c.id),
      ...store.sources.keys(),
      ...store.events.keys(),
      ...store.refunds.keys(),
    ];
  }

  async #seedCharges(name: string): Promise<void> {
    const headers = {
      authorization: `Basic ${Buffer.from(`skey_test_${name}:`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
      [TOOLING_HEADER]: '1',
    };
    const post = async (path: string, params: Record<string, unknown> = {}) =>
      (await (await this.sim.request(path, { method: 'POST', headers, body: toForm(params) })).json()) as {
        id: string;
      };
    for (const type of ['wechat_pay_mpm', 'alipayplus_mpm', 'truemoney', 'wechat_pay_upm']) {
      const charge = await post('/charges', chargeParams(type, 150000));
      if (type === 'alipayplus_mpm' || type === 'truemoney') await post(`/charges/${charge.id}/mark_as_paid`);
      if (type === 'truemoney') await post(`/charges/${charge.id}/refunds`, { amount: 1000 });
    }
    await this.settle();
  }
}
