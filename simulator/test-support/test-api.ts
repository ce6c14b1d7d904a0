import { createSimulator, type Simulator, type SimulatorOptions } from '../create-simulator.js';
import { findPaymentMethod } from '../domain/methods/index.js';
import { exampleOrderDetails } from '../domain/source/example-order-details.js';

export type Body = Record<string, unknown>;

export interface ApiResponse {
  status: number;
  body: Body;
}

export interface TestApi {
  readonly sim: Simulator;
  readonly account: string;
  post(path: string, params?: Body, options?: RequestOptions): Promise<ApiResponse>;
  get(path: string, params?: Body, options?: RequestOptions): Promise<ApiResponse>;
  patch(path: string, params?: Body, options?: RequestOptions): Promise<ApiResponse>;
  send(method: string, path: string, params?: Body, options?: RequestOptions): Promise<ApiResponse>;
  /** Freezes the account clock at a time (ISO string or epoch ms). */
  freezeAt(time: string | number): void;
  advance(seconds: number): Promise<ApiResponse>;
}

export interface RequestOptions {
  key?: string | null;
  json?: boolean;
  headers?: Record<string, string>;
}

/** An in-process simulator and a client for one account, sending form bodies like curl unless `json`. */
export function testApi(account = 'test', options: SimulatorOptions = {}): TestApi {
  const sim = createSimulator({ seed: 42, log: () => {}, ...options });
  const send = async (method: string, path: string, params: Body = {}, opts: RequestOptions = {}) => {
    const key = opts.key === undefined ? `skey_test_${account}` : opts.key;
    const headers: Record<string, string> = { ...opts.headers };
    if (key !== null) headers.authorization = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    let url = path;
    let body: string | undefined;
    if (method === 'GET') {
      const query = toForm(params);
      if (query) url += `${path.includes('?') ? '&' : '?'}${query}`;
    } else if (opts.json) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(params);
    } else {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = toForm(params);
    }
    const response = await sim.request(url, { method, headers, body });
    return { status: response.status, body: (await response.json()) as Body };
  };
  return {
    sim,
    account,
    post: (path, params, opts) => send('POST', path, params, opts),
    get: (path, params, opts) => send('GET', path, params, opts),
    patch: (path, params, opts) => send('PATCH', path, params, opts),
    send,
    freezeAt(time) {
      const clock = sim.account(account).clock;
      clock.freeze();
      clock.set(typeof time === 'number' ? time : Date.parse(time));
    },
    advance: (seconds) => send('POST', '/_sim/clock/advance', { seconds }, { json: true }),
  };
}

/** Form encoding with brackets for nested objects and arrays (`source[type]=x`, `webhook_endpoints[]=u`). */
export function toForm(params: Body, prefix = ''): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    const key = prefix ? `${prefix}[${name}]` : name;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        // A list of hashes (`items[][sku]=...`): Rack starts a new hash when a key repeats.
        if (typeof item === 'object' && item !== null) parts.push(toForm(item as Body, `${key}[]`));
        else parts.push(`${encodeURIComponent(`${key}[]`)}=${encodeURIComponent(String(item))}`);
      }
    } else if (typeof value === 'object') {
      const nested = toForm(value as Body, key);
      if (nested) parts.push(nested);
    } else {
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
    }
  }
  return parts.join('&');
}

/** Creates a pending charge of any seed method with valid parameters; returns its wire object. */
export async function createPendingCharge(
  api: TestApi,
  type: string,
  amount = 150000,
  currency = 'THB',
): Promise<Body> {
  const params = chargeParams(type, amount, currency);
  const response = await api.post('/charges', params);
  if (response.status !== 200) throw new Error(`charge create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export function chargeParams(type: string, amount: number, currency = 'THB'): Body {
  const source: Body = { type };
  const method = findPaymentMethod(type);
  if (method?.sourceParams.includes('barcode')) source.barcode = '130991292552725093';
  if (method?.sourceParams.includes('phone_number')) source.phone_number = '0812345678';
  if (method?.sourceParams.includes('items')) Object.assign(source, exampleOrderDetails(amount));
  return {
    amount,
    currency,
    source,
    ...(method?.chargeRequiresReturnUri && { return_uri: 'https://shop.example/orders/1/complete' }),
  };
}
