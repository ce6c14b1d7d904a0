import { TOOLING_HEADER } from '../../simulator/http/authenticate.js';
import type { InProcessAnswer, InProcessCall } from '../../simulator/http/in-process-call.js';
import type { AccountChanges } from './account-changes.js';

/** How the harness's own calls show in the request journal and the activity log. */
export const HARNESS_USER_AGENT = 'omise-sim-scenarios';

/** Reaches a simulator in the same process without Fetch objects (see simulator/http/in-process-call.ts). */
export type DirectCall = (call: InProcessCall) => Promise<InProcessAnswer>;

export interface WireCharge {
  readonly id: string;
  readonly status: string;
  readonly amount: number;
  readonly refunded_amount: number;
  readonly failure_code: string | null;
  readonly [key: string]: unknown;
}

/**
 * The harness's own calls to the simulator: the customer's and the provider's side of a payment, the clock,
 * webhook settings and faults. Marked as tooling, so API faults injected for the merchant pass them by.
 */
export class SimulatorControl {
  readonly #authorization: string;

  constructor(
    readonly baseUrl: string,
    readonly fetch: typeof globalThis.fetch,
    readonly secretKey: string,
    /** In-process: the harness's calls go this way, the merchant's through `fetch` as before. */
    readonly direct?: DirectCall,
    /** In-process: what tells `read` that nothing its answer shows has changed since the last one. */
    readonly changes?: AccountChanges,
  ) {
    this.#authorization = `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}`;
  }

  readonly #lastReads = new Map<string, { text: string; body: unknown; mark?: string }>();

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const { status, text } = await this.#send(method, path, body);
    return { status, body: JSON.parse(text) as T };
  }

  /**
   * A GET that must answer 200, for answers read again and again (the account's charges, after every
   * step): an answer with the same text as the last one of the path is not parsed again, the same value
   * is returned. In-process, nothing is asked while the account shows the same mark as at the last read
   * (AccountChanges): the answer would be the same. Its callers only read it.
   */
  async read<T = Record<string, unknown>>(path: string): Promise<T> {
    // Marked before the request: a change during it makes the next read ask again.
    const mark = await this.changes?.mark();
    const last = this.#lastReads.get(path);
    if (mark !== undefined && last?.mark === mark) return last.body as T;
    const { status, text } = await this.#send('GET', path);
    if (status === 200 && last?.text === text) {
      last.mark = mark;
      return last.body as T;
    }
    const body = JSON.parse(text) as T;
    if (status !== 200) throw refused('GET', path, status, body);
    this.#lastReads.set(path, { text, body, mark });
    return body;
  }

  async #send(method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = {
      authorization: this.#authorization,
      [TOOLING_HEADER]: 'scenarios',
      // Names the harness in a served simulator's request journal (a direct call has no client to name it).
      'user-agent': HARNESS_USER_AGENT,
      ...(body !== undefined && { 'content-type': 'application/json' }),
    };
    const text = body === undefined ? undefined : JSON.stringify(body);
    if (this.direct) return this.direct({ method, path, headers, body: text });
    const response = await this.fetch(`${this.baseUrl}${path}`, { method, headers, body: text });
    return { status: response.status, text: await response.text() };
  }

  /** Like `call`, but a non-200 answer is a harness error (the simulator refused what should work). */
  async must<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, body: answer } = await this.call<T>(method, path, body);
    if (status !== 200) throw refused(method, path, status, answer);
    return answer;
  }

  charge(id: string): Promise<WireCharge> {
    return this.must<WireCharge>('GET', `/charges/${id}`);
  }

  /** Moves the account clock; answers the clock as it is after the move. */
  advanceClock(seconds: number): Promise<{ now_ms: number }> {
    return this.must<{ now_ms: number }>('POST', '/_sim/clock/advance', { seconds });
  }
}

function refused(method: string, path: string, status: number, answer: unknown): Error {
  return new Error(`omise-sim refused ${method} ${path}: ${status} ${JSON.stringify(answer)}`);
}
