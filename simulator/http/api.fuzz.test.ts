import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ErrorCode, errorCodes, errorLocation } from '../errors/error-codes.js';
import { fuzzRequest } from '../test-support/fuzz/fuzz-request.js';
import { BYSTANDER, FUZZED, FuzzWorld } from '../test-support/fuzz/fuzz-world.js';

// Every route and method the app has, with whatever a client can send. FUZZ_RUNS=100000 before a release.
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
const world = new FuzzWorld();
const tally = { requests: 0, byClass: {} as Record<string, number>, serverErrors: 0, changedOnReject: 0 };

beforeAll(() => world.seed());
afterAll(async () => {
  if (process.env.FUZZ_RUNS) console.log(`fuzz: ${JSON.stringify(tally)}`);
  await world.sim.close();
});

/** Everything on the prototypes every object shares: a polluted key shows up here. */
function prototypes(): string {
  const describe = (proto: object) =>
    Object.getOwnPropertyNames(proto).map(
      (name) => `${name}:${typeof Object.getOwnPropertyDescriptor(proto, name)?.value}`,
    );
  return JSON.stringify([
    describe(Object.prototype),
    describe(Array.prototype),
    describe(Function.prototype),
  ]);
}

/** Pages for a customer's browser answer their mistakes as HTML pages; everything else as Omise errors. */
const isCustomerPage = (route: string) => route.startsWith('/wallet/') || route.startsWith('/payments/');

test(
  'no request breaks the simulator: no 5xx, Omise errors, rejected requests change nothing, every account keeps answering',
  { timeout: Math.max(120_000, RUNS * 200) },
  async () => {
    const baseline = prototypes();
    await fc.assert(
      fc.asyncProperty(fuzzRequest(world.routes()), async (request) => {
        await world.prepare();
        const before = { fuzz: world.snapshot(FUZZED), bystander: world.snapshot(BYSTANDER) };
        const answer = await world.send(request);
        tally.requests++;
        const statusClass = `${String(answer.status)[0]}xx`;
        tally.byClass[statusClass] = (tally.byClass[statusClass] ?? 0) + 1;
        if (answer.status >= 500) tally.serverErrors++;
        const rejected = answer.status >= 400;
        if (rejected && world.snapshot(FUZZED) !== before.fuzz) tally.changedOnReject++;

        expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
        const html = isCustomerPage(request.route) && answer.contentType.includes('html');
        if (rejected && request.method !== 'HEAD' && !html) {
          const body = JSON.parse(answer.text) as { code: ErrorCode };
          expect(body).toEqual({
            object: 'error',
            location: errorLocation(body.code),
            code: expect.any(String),
            message: expect.any(String),
          });
          expect(errorCodes[body.code]?.status).toBe(answer.status);
        }
        if (rejected) expect(world.snapshot(FUZZED)).toBe(before.fuzz);
        expect(world.snapshot(BYSTANDER)).toBe(before.bystander);
        expect(prototypes()).toBe(baseline);
        expect(await world.health(FUZZED)).toEqual([200, 200, 200, 200]);
        expect(await world.health(BYSTANDER)).toEqual([200, 200, 200, 200]);
      }),
      {
        numRuns: RUNS,
        endOnFailure: true,
        ...(process.env.FUZZ_SEED && { seed: Number(process.env.FUZZ_SEED) }),
      },
    );
  },
);
