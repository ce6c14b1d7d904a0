import { TOOLING_HEADER } from '../api-faults/apply-api-fault.js';

export type Json = Record<string, unknown>;

export interface ApiAnswer {
  readonly status: number;
  readonly body: Json;
}

/**
 * The dashboard reads and acts through the API itself, with the account's secret key, so every action is the
 * same operation an API client would run and records the same events. The tooling header lets its requests
 * pass by the API faults a test injected for the merchant's next calls.
 */
export class DashboardApi {
  readonly #dispatch: (request: Request) => Promise<Response>;
  readonly #origin: string;
  readonly #authorization: string;

  constructor(dispatch: (request: Request) => Promise<Response>, origin: string, account: string) {
    this.#dispatch = dispatch;
    this.#origin = origin;
    this.#authorization = `Basic ${Buffer.from(`skey_test_${account}:`).toString('base64')}`;
  }

  get(path: string): Promise<ApiAnswer> {
    return this.send('GET', path);
  }

  post(path: string, form: Record<string, string> = {}): Promise<ApiAnswer> {
    return this.send('POST', path, form);
  }

  async send(method: string, path: string, form?: Record<string, string>): Promise<ApiAnswer> {
    const body = form === undefined ? undefined : new URLSearchParams(form).toString();
    const headers: Record<string, string> = {
      authorization: this.#authorization,
      [TOOLING_HEADER]: 'dashboard',
    };
    if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await this.#dispatch(new Request(`${this.#origin}${path}`, { method, headers, body }));
    const text = await response.text();
    return { status: response.status, body: parseJson(text) };
  }
}

/** Every API answer is JSON; anything else (none is expected) reads as an empty object, never a crash. */
function parseJson(text: string): Json {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Json) : {};
  } catch {
    return {};
  }
}
