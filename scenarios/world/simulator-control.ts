import { TOOLING_HEADER } from '../../simulator/http/authenticate.js';

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
  ) {
    this.#authorization = `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}`;
  }

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await this.fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: this.#authorization,
        [TOOLING_HEADER]: 'scenarios',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Like `call`, but a non-200 answer is a harness error (the simulator refused what should work). */
  async must<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, body: answer } = await this.call<T>(method, path, body);
    if (status !== 200)
      throw new Error(`omise-sim refused ${method} ${path}: ${status} ${JSON.stringify(answer)}`);
    return answer;
  }

  charge(id: string): Promise<WireCharge> {
    return this.must<WireCharge>('GET', `/charges/${id}`);
  }

  advanceClock(seconds: number): Promise<unknown> {
    return this.must('POST', '/_sim/clock/advance', { seconds });
  }
}
