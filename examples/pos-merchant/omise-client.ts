/** The few Omise API calls a POS backend makes, over any fetch (real HTTP, or omise-sim in-process). */
export interface OmiseClientOptions {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly secretKey: string;
}

export class OmiseApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${status} ${code}: ${message}`);
  }
}

export type OmiseObject = Record<string, unknown> & { id: string; object: string };

export function createOmiseClient(options: OmiseClientOptions) {
  const authorization = `Basic ${Buffer.from(`${options.secretKey}:`).toString('base64')}`;
  const call = async (method: string, path: string, body?: unknown): Promise<OmiseObject> => {
    const response = await options.fetch(`${options.baseUrl}${path}`, {
      method,
      headers: { authorization, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.status !== 200 || json.object === 'error') {
      throw new OmiseApiError(
        response.status,
        String(json.code ?? 'unknown'),
        String(json.message ?? response.statusText),
      );
    }
    return json as OmiseObject;
  };
  return {
    createSource: (params: Record<string, unknown>) => call('POST', '/sources', params),
    createCharge: (params: Record<string, unknown>) => call('POST', '/charges', params),
    retrieveCharge: (id: string) => call('GET', `/charges/${id}`),
    createRefund: (chargeId: string, amount: number) =>
      call('POST', `/charges/${chargeId}/refunds`, { amount }),
  };
}

export type OmiseClient = ReturnType<typeof createOmiseClient>;
