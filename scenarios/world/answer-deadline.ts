import type { MerchantUnderTest } from '../merchant-under-test.js';

/** How long the merchant may take to answer one call of the harness, unless told otherwise. */
export const DEFAULT_ANSWER_TIMEOUT_MS = 10_000;

/**
 * The merchant did not answer a call in time: a hang, or something far slower than any Omise call it could
 * be waiting for. Not a refusal: the scenario fails, saying which call.
 */
export class MerchantDidNotAnswer extends Error {
  constructor(call: string, ms: number) {
    super(
      `the merchant did not answer ${call} within ${ms} ms: it hangs, or waits on something that never ` +
        'comes (raise answerTimeoutMs, or --answer-timeout-ms, if it is only slow)',
    );
    this.name = 'MerchantDidNotAnswer';
  }
}

/** A call the merchant must answer (reading an order, a hook) failed: says which call, then why. */
export class MerchantCallFailed extends Error {
  constructor(call: string, cause: unknown) {
    super(`the merchant's ${call} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'MerchantCallFailed';
  }
}

/** Resolves as `promise` does, or rejects with MerchantDidNotAnswer after `ms`. */
export async function answerWithin<T>(promise: Promise<T>, ms: number, call: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MerchantDidNotAnswer(call, ms)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The merchant as the harness calls it during a run: every call bounded by `ms`, plus twice the merchant's
 * own API timeout (it may wait that long on Omise, then look the call up). Read after start(), since a
 * merchant over HTTP learns its hooks then; optional members stay absent when the merchant has none.
 */
export function withAnswerDeadline(merchant: MerchantUnderTest, ms: number): MerchantUnderTest {
  const limit = ms + 2 * (merchant.apiTimeoutMs ?? 0);
  // Checkout and refund may throw as a refusal; any other call that throws fails the scenario, named.
  const bound =
    <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>, mayRefuse = false) =>
    async (...args: A) => {
      const said = `${name}(${args.map(describe).join(', ')})`;
      try {
        return await answerWithin(call.apply(merchant, args), limit, said);
      } catch (error) {
        if (mayRefuse || error instanceof MerchantDidNotAnswer) throw error;
        throw new MerchantCallFailed(said, error);
      }
    };
  const { refund, settled, tick, browserReturn, stop } = merchant;
  return {
    start: (sim) => merchant.start(sim),
    checkout: bound('checkout', merchant.checkout, true),
    order: bound('order', merchant.order),
    ...(refund && { refund: bound('refund', refund, true) }),
    ...(settled && { settled: bound('settled', settled) }),
    ...(tick && { tick: bound('tick', tick) }),
    ...(browserReturn && { browserReturn: bound('browserReturn', browserReturn) }),
    ...(stop && { stop: bound('stop', stop) }),
    ...(merchant.apiTimeoutMs !== undefined && { apiTimeoutMs: merchant.apiTimeoutMs }),
    ...(merchant.remote !== undefined && { remote: merchant.remote }),
    ...(merchant.url !== undefined && { url: merchant.url }),
  };
}

function describe(arg: unknown): string {
  if (arg instanceof Date) return arg.toISOString();
  if (typeof arg === 'object' && arg !== null && 'orderId' in arg) return String(arg.orderId);
  return typeof arg === 'string' ? arg : JSON.stringify(arg);
}
