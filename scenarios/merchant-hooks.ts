import type { MerchantRequest } from './merchant-protocol.js';
import type { MerchantUnderTest } from './merchant-under-test.js';

export type MerchantHook = 'settled' | 'tick' | 'browser_return';

/**
 * The optional hooks of the merchant test protocol: `POST /test/settled` (answers once everything the
 * merchant acknowledged is applied), `POST /test/tick` (`{ now }`: the scenario time for the merchant's own
 * clock), and the browser's return: a GET of the return_uri's path and query on the merchant.
 */
export function merchantHooks(
  request: MerchantRequest,
  hooks: readonly MerchantHook[] = ['settled', 'tick', 'browser_return'],
): Pick<MerchantUnderTest, 'settled' | 'tick' | 'browserReturn'> {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await request(method, path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
  };
  return {
    ...(hooks.includes('settled') && { settled: () => call('POST', '/test/settled') }),
    ...(hooks.includes('tick') && {
      tick: (now: Date) => call('POST', '/test/tick', { now: now.toISOString() }),
    }),
    ...(hooks.includes('browser_return') && {
      browserReturn: async (returnUri: string) => {
        const url = new URL(returnUri);
        // A redirect (3xx) is a fine answer to a browser.
        const response = await request('GET', `${url.pathname}${url.search}`, {
          method: 'GET',
          redirect: 'manual',
        });
        await response.arrayBuffer();
      },
    }),
  };
}
