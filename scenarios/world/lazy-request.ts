/**
 * A Request for an app in the same process, built only as far as the app reads it. A Hono app reads a
 * request's method, URL, headers and body text; a Fetch Request would also make an AbortSignal, parse its
 * URL into a record and wrap a string body in a web stream that the app then reads back. Those four are
 * served here from what the caller gave; anything else (`signal`, `body`, `clone()`, `blob()`, ...) is read
 * from a real Request made the first time it is asked for. `instanceof Request` holds.
 * Only string bodies (or none) on a URL string take this path: anything else is a real Request at once.
 */
export function lazyRequest(url: string, init: RequestInit = {}): Request {
  const { body } = init;
  const method = (init.method ?? 'GET').toUpperCase();
  if ((body !== undefined && body !== null && typeof body !== 'string') || init.signal) {
    return new Request(url, init);
  }
  // A method that is no HTTP token, or one Fetch forbids, throws as a Request does.
  if (!METHOD_TOKEN.test(method) || FORBIDDEN_METHODS.has(method)) return new Request(url, init);
  // A GET or HEAD with a body throws, as a Request does.
  if (typeof body === 'string' && (method === 'GET' || method === 'HEAD')) return new Request(url, init);
  return new Proxy(Object.create(Request.prototype) as Request, new LazyRequestHandler(url, init));
}

const STANDARD_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const METHOD_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

class LazyRequestHandler implements ProxyHandler<Request> {
  readonly #init: RequestInit;
  readonly #url: string;
  #headers: Headers | undefined;
  #real: Request | undefined;
  #used = false;

  constructor(url: string, init: RequestInit) {
    this.#url = new URL(url).href;
    this.#init = init;
  }

  get(_target: Request, key: string | symbol): unknown {
    switch (key) {
      case 'method':
        return this.#method();
      case 'url':
        return this.#url;
      case 'headers':
        return this.#headersOf();
      case 'bodyUsed':
        return this.#used || (this.#real?.bodyUsed ?? false);
      case 'text':
        return () => this.#read((text) => text);
      case 'json':
        return () => this.#read((text) => JSON.parse(text) as unknown);
      case 'arrayBuffer':
        return () => this.#read((text) => new TextEncoder().encode(text).buffer);
      case 'bytes':
        return () => this.#read((text) => new TextEncoder().encode(text));
      default:
        return this.#fromReal(key);
    }
  }

  // A Request upper-cases the standard methods only (`patch` stays `patch`).
  #method(): string {
    const method = this.#init.method ?? 'GET';
    return STANDARD_METHODS.has(method.toUpperCase()) ? method.toUpperCase() : method;
  }

  #headersOf(): Headers {
    if (this.#real) return this.#real.headers;
    if (!this.#headers) {
      this.#headers = new Headers(this.#init.headers);
      if (typeof this.#init.body === 'string' && !this.#headers.has('content-type')) {
        this.#headers.set('content-type', 'text/plain;charset=UTF-8');
      }
    }
    return this.#headers;
  }

  /** The body read once, as a Request's is: a second read rejects with the TypeError a Request gives. */
  async #read<T>(as: (text: string) => T): Promise<T> {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    if (this.#real) return as(await this.#real.text());
    this.#used = true;
    return as(typeof this.#init.body === 'string' ? this.#init.body : '');
  }

  #fromReal(key: string | symbol): unknown {
    if (!this.#real) {
      const headers = this.#headersOf();
      this.#real = new Request(this.#url, { ...this.#init, headers });
      // Its body read already: the real one is read too, so it refuses again as a Request does.
      if (this.#used) void this.#real.arrayBuffer();
    }
    const value = Reflect.get(this.#real, key, this.#real) as unknown;
    return typeof value === 'function' ? value.bind(this.#real) : value;
  }
}
