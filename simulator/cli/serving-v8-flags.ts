import v8 from 'node:v8';

/** The V8 flag the command line sets for itself (see `useServingV8Flags`). */
export const SERVING_V8_FLAG = '--no-allocation-site-pretenuring';

/**
 * Turns off V8's allocation-site pretenuring for this process, unless node was started with a flag naming it.
 *
 * V8 watches where objects are made: when most objects from one place in the code are still alive at a
 * young-generation collection, it makes them in the old generation from then on. Serving requests back to
 * back, V8 came to decide so for places that make per-request objects, and whole families of them then went to
 * the old generation, where only full collections free them: under load, 2.6 KB promoted per charge retrieve
 * and 7.8 KB per create instead of 0 and 1.7, full collections every second, and about a third fewer requests
 * per second. Without it, a stored charge is still promoted once, as any long-lived object.
 *
 * What tipped it was a closure made per request and kept on Hono's context (the app replaced `c.json` on every
 * context; its routes now answer through `answerJson`, http/answer-json.ts); since then the request path
 * measures the same with V8's default (paired with and without the flag, the difference is within the noise).
 * The flag stays.
 *
 * Only the command line does this: a library does not change how its host process runs. Node refuses V8 flags
 * in NODE_OPTIONS, so a choice of one's own is a flag to node itself
 * (`node --allocation-site-pretenuring node_modules/.bin/omise-sim`).
 */
export function useServingV8Flags(execArgv: readonly string[] = process.execArgv): boolean {
  if (!choosesServingV8Flags(execArgv)) return false;
  v8.setFlagsFromString(SERVING_V8_FLAG);
  return true;
}

/** Whether the flag is left to us: a node flag naming pretenuring (either way) is the user's choice. */
export function choosesServingV8Flags(execArgv: readonly string[]): boolean {
  return !execArgv.some((option) => option.includes('pretenuring'));
}
