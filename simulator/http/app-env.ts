import type { Account } from '../account/account.js';
import type { RenderContext } from '../render/api-version.js';
import type { RenderedJson } from './answer-json.js';
import type { Params } from './form-params.js';
import type { RequestLimits } from './limits/request-limits.js';

export type KeyKind = 'public' | 'secret';

/** What middleware hands to routes: parsed parameters, and for authenticated routes the account. */
export interface AppEnv {
  Variables: {
    params: Params;
    /** What a request may carry: the parsers check most of it, request readers the rest (metadata). */
    limits: RequestLimits;
    account: Account;
    keyKind: KeyKind;
    render: RenderContext;
    /** Base URL as the client reached the simulator (or the configured public URL). */
    origin: string;
    /** The query string as received (without `?`), parsed once for the params and the request journal. */
    query: string;
    /** The body as received, for a held operation to be sent again when it lands. */
    rawBody: string;
    /** Sends a request through the whole app, as a client would (a held operation landing). */
    dispatch: (request: Request) => Promise<Response>;
    /** The JSON text the route answered with, noted for the observers (observe-requests.ts). */
    renderedJson: RenderedJson;
  };
}
