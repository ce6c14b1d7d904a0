import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono';
import type { ParamIndexMap, Params, Result, Router } from 'hono/router';
import type { H, RouterRoute } from 'hono/types';
import type { AppEnv } from './app-env.js';
import { isPromise, type SyncOrAsync } from './sync-or-async.js';

/**
 * A middleware whose `next` may have finished when it returns (then it returns nothing, not a promise). Hono's
 * own compose runs it as any middleware; the fused routes follow it in the same turn.
 */
export type StepMiddleware = (c: Context<AppEnv>, next: () => SyncOrAsync<void>) => SyncOrAsync<void>;

/** Marks the middlewares that take a `next` which may have finished (the others get Hono's promise). */
const TAKES_STEPS = Symbol('takes steps');

/** A step middleware as Hono's routes take it (their type says every middleware returns a promise). */
export function asMiddleware(step: StepMiddleware): MiddlewareHandler<AppEnv> {
  return Object.assign(step, { [TAKES_STEPS]: true }) as unknown as MiddlewareHandler<AppEnv>;
}

/** What a handler or middleware gives back: nothing, an answer, or a promise of either. */
type Outcome = unknown;
type Handler = (c: Context, next: () => Outcome) => Outcome;
/** What Hono keeps per route: its handler and where it was added. */
type Entry = [H, RouterRoute];
type Matched = [Entry, ParamIndexMap | Params];

/**
 * A router that hands Hono one handler per request: the middlewares and the route a path matches, fused.
 * Hono calls a single matched handler directly, and when it answers in the same turn the answer is written
 * in that turn; for more than one it composes them with an `async` step each, which costs every request
 * turns of its own even when nothing waits. The fused handler runs them as Hono's compose does (in order,
 * an error answered where it is thrown, the not-found answer past the last), without a promise until a
 * step makes one. Most requests (a read, a create on the memory engine) never make one.
 */
export class FusingRouter implements Router<Entry> {
  readonly name = 'FusingRouter';
  readonly #fused = new WeakMap<readonly Matched[], Matched>();

  constructor(
    /** The router that matches (its routes stay in the shape Hono's fast router accepts). */
    readonly inner: Router<Entry>,
    private readonly answers: { readonly onError: ErrorHandler; readonly notFound: NotFoundHandler },
  ) {}

  add(method: string, path: string, handler: Entry): void {
    this.inner.add(method, path, handler);
  }

  match(method: string, path: string): Result<Entry> {
    const result = this.inner.match(method, path) as [Matched[], ...unknown[]];
    const matched = result[0];
    if (matched.length <= 1) return result as Result<Entry>;
    // The fast router hands out the same array for every request of a route: fused once.
    let fused = this.#fused.get(matched);
    if (fused === undefined) {
      fused = this.#fuse(matched);
      this.#fused.set(matched, fused);
    }
    return [[fused], ...result.slice(1)] as Result<Entry>;
  }

  #fuse(matched: readonly Matched[]): Matched {
    const handlers = matched.map(([[handler]]) => handler as unknown as Handler);
    const takesSteps = handlers.map((handler) => TAKES_STEPS in handler);
    const route = matched.find(([[, added]]) => added.method !== 'ALL') ?? (matched.at(-1) as Matched);
    // Each step read its own parameters; all of them name the same path's segments, the route's last.
    const params = Object.assign({}, ...matched.map(([, own]) => own), route[1]);
    const { onError, notFound } = this.answers;
    const fused = (c: Context) => {
      const answered = runSteps(handlers, takesSteps, c, onError, notFound);
      return isPromise(answered) ? answered.then(() => finalAnswer(c)) : finalAnswer(c);
    };
    return [[fused as unknown as H, route[0][1]], params];
  }
}

/** As Hono ends a composed request: a chain that set no answer is a bug of the app (then a 500). */
function finalAnswer(c: Context): Response {
  if (!c.finalized)
    throw new Error(
      'Context is not finalized. Did you forget to return a Response object or `await next()`?',
    );
  return c.res;
}

/**
 * Hono's compose (hono/compose.ts), step for step, except that a step that answers in its turn is followed
 * in the same turn. A middleware not marked as taking steps (one added to `sim.app` by its user) gets a
 * `next` that returns a promise, as Hono's does: it may `next().then(...)`.
 */
function runSteps(
  handlers: readonly Handler[],
  takesSteps: readonly boolean[],
  c: Context,
  onError: ErrorHandler,
  notFound: NotFoundHandler,
): Outcome {
  let index = -1;
  const answer = (res: Outcome, isError: boolean): Outcome => {
    if (isPromise(res)) return res.then((settled) => answer(settled, isError));
    if (res && (c.finalized === false || isError)) c.res = res as Response;
    return undefined;
  };
  const fail = (error: unknown): Outcome => {
    if (!(error instanceof Error)) throw error;
    c.error = error;
    return answer(onError(error, c), true);
  };
  const step = (i: number): Outcome => {
    if (i <= index) throw new Error('next() called multiple times');
    index = i;
    const handler = handlers[i];
    if (handler === undefined) return c.finalized === false ? answer(notFound(c), false) : undefined;
    const next = takesSteps[i] ? () => step(i + 1) : () => promised(() => step(i + 1));
    let res: Outcome;
    try {
      res = handler(c, next);
    } catch (error) {
      return fail(error);
    }
    return isPromise(res) ? res.then((settled) => answer(settled, false), fail) : answer(res, false);
  };
  return step(0);
}

/** What `run` returns or throws, as a promise. */
function promised(run: () => Outcome): Promise<unknown> {
  try {
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error);
  }
}
