import https from 'node:https';
import { urlToHttpOptions } from 'node:url';

// omise-node depends on https-proxy-agent 2, whose agent-base 4 replaces `https.request` when it is loaded
// by a function of `(options, callback)` only (agent-base/patch-core.js). Loaded before nock, that function
// ends up under nock's interceptor (@mswjs/interceptors), which calls `https.request(url, options, callback)`:
// the options arrive as the callback and the SDK's first request throws ("The listener argument must be of
// type function"). Evaluated before nock (index.ts imports it first), this teaches it the three-argument form.
const PATCH_MARKER = '__agent_base_https_request_patched__';

type HttpsRequest = typeof https.request & { [PATCH_MARKER]?: boolean };
type TwoArgumentRequest = (options: unknown, callback?: unknown) => ReturnType<typeof https.request>;

export function acceptThreeArgumentRequests(): void {
  const current = https.request as HttpsRequest;
  if (!current[PATCH_MARKER] || current.length !== 2) return;
  const twoArguments = current as unknown as TwoArgumentRequest;
  const request = function (this: unknown, input: unknown, options?: unknown, callback?: unknown) {
    const isUrl = typeof input === 'string' || input instanceof URL;
    if (!isUrl || typeof options !== 'object' || options === null)
      return twoArguments.call(this, input, options);
    const url = urlToHttpOptions(typeof input === 'string' ? new URL(input) : input);
    return twoArguments.call(this, { ...url, ...options }, callback);
  } as unknown as HttpsRequest;
  request[PATCH_MARKER] = true;
  https.request = request;
}

acceptThreeArgumentRequests();
