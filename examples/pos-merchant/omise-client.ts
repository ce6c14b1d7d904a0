/** The few Omise API calls a POS backend makes, over any fetch (real HTTP, or omise-sim in-process). */
export interface OmiseClientOptions {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly secretKey: string;
  /** Gives up on a call after this many ms (default: waits for the answer). */
  readonly timeoutMs?: number;
}

export class OmiseApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${status} ${code}: ${message}`);
  }

  /**
   * The call may or may not have happened: a 5xx, or no answer at all (status 0: a reset connection, a
   * timeout). Omise has no idempotency key, so the call must be looked up before it is tried again.
   */
  get unclear(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export type OmiseObject = Record<string, unknown> & { id: string; object: string };

export function createOmiseClient(options: OmiseClientOptions) {
  const authorization = `Basic ${Buffer.from(`${options.secretKey}:`).toString('base64')}`;
  const call = async (method: string, path: string, body?: unknown): Promise<OmiseObject> => {
    let response: Response;
    let json: Record<string, unknown>;
    try {
      response = await options.fetch(`${options.baseUrl}${path}`, {
        method,
        headers: { authorization, ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        ...(options.timeoutMs !== undefined && { signal: AbortSignal.timeout(options.timeoutMs) }),
      });
      json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    } catch (error) {
      throw new OmiseApiError(0, 'no_answer', (error as Error).message);
    }
    if (response.status !== 200 || json.object === 'error') {
      throw new OmiseApiError(
        response.status,
        String(json.code ?? 'unknown'),
        String(json.message ?? response.statusText),
      );
    }
    return json as OmiseObject;
  };
  const list = async (path: string) =>
    (await call('GET', `${path}?limit=100&order=reverse_chronological`)).data as OmiseObject[];
  return {
    createSource: (params: Record<string, unknown>) => call('POST', '/sources', params),
    createCharge: (params: Record<string, unknown>) => call('POST', '/charges', params),
    retrieveCharge: (id: string) => call('GET', `/charges/${id}`),
    expireCharge: (id: string) => call('POST', `/charges/${id}/expire`),
    createRefund: (chargeId: string, amount: number, metadata: Record<string, string> = {}) =>
      call('POST', `/charges/${chargeId}/refunds`, { amount, metadata }),
    /** The newest charges first (a POS looks for a charge it may have made moments ago). */
    recentCharges: () => list('/charges'),
    refundsOf: (chargeId: string) => list(`/charges/${chargeId}/refunds`),
  };
}

export type OmiseClient = ReturnType<typeof createOmiseClient>;
