/**
 * A step of a request that may finish in its own turn or later: most requests never wait for anything, and
 * each promise made for them anyway costs turns of the event loop (see fused-routes.ts).
 */
export type SyncOrAsync<T> = T | Promise<T>;

export function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function';
}

/** `then` on a promise, or the call at once on a value. */
export function thenOrNow<T, R>(value: SyncOrAsync<T>, then: (settled: T) => SyncOrAsync<R>): SyncOrAsync<R> {
  return isPromise(value) ? (value as Promise<T>).then(then) : then(value as T);
}

/** Runs `work`, then `after` however it ends (`try ... finally` of a step that may or may not wait). */
export function andFinally<T>(work: () => SyncOrAsync<T>, after: () => void): SyncOrAsync<T> {
  let result: SyncOrAsync<T>;
  try {
    result = work();
  } catch (error) {
    after();
    throw error;
  }
  if (isPromise(result)) return (result as Promise<T>).finally(after);
  after();
  return result;
}
