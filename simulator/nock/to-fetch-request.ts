/** Headers that describe one hop of a real connection, meaningless for an in-process Fetch Request. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'host',
  'upgrade',
]);

export type InterceptedHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * An intercepted SDK request as the Fetch Request the simulator serves, at the origin the SDK called
 * (so `download_uri`s point back at it). A Fetch Request cannot carry a GET body, yet omise-go and
 * omise-python send list parameters exactly there: those move to the query string, which the simulator
 * reads the same way (query first, body on top: `http/read-params.ts`).
 */
export function toFetchRequest(
  origin: string,
  method: string,
  path: string,
  headers: InterceptedHeaders,
  body: string,
): Request {
  const url = new URL(path, origin);
  const bodyless = method === 'GET' || method === 'HEAD';
  if (bodyless && body.trim() !== '')
    appendBodyToQuery(url.searchParams, String(headers['content-type'] ?? ''), body);
  return new Request(url, {
    method,
    headers: fetchHeaders(headers),
    body: bodyless || body === '' ? undefined : body,
  });
}

function fetchHeaders(headers: InterceptedHeaders): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    result.set(name, typeof value === 'string' ? value : value.join(', '));
  }
  return result;
}

function appendBodyToQuery(query: URLSearchParams, contentType: string, body: string): void {
  if (!contentType.includes('json')) {
    for (const [name, value] of new URLSearchParams(body)) query.append(name, value);
    return;
  }
  try {
    appendParam(query, '', JSON.parse(body));
  } catch {
    // Not JSON after all: the simulator would answer 400 over HTTP; here the parameters are dropped.
  }
}

/** `{"limit":2,"order":null,"metadata":{"a":1}}` -> `limit=2&metadata[a]=1` (null means absent). */
function appendParam(query: URLSearchParams, key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    query.append(key, String(value));
    return;
  }
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  for (const [name, item] of entries) appendParam(query, key === '' ? name : `${key}[${name}]`, item);
}
