import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { httpMerchant, runMerchantScenarios, ScenarioFailure } from '../../scenarios/index.js';
import type { MerchantBug } from './bugs.js';
import { servePosMerchant } from './serve-pos-merchant.js';

const TIMEOUT = 120_000;
const servers: Array<{ close(): Promise<void> }> = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function serve(options: { bug?: MerchantBug; async?: boolean } = {}) {
  const server = await servePosMerchant({ ...options, port: 0 });
  servers.push(server);
  return server.url;
}

test(
  'runs with runMerchantScenarios: each run hands the running service a fresh account through setup',
  async () => {
    const summary = await runMerchantScenarios({
      merchant: httpMerchant(await serve()),
      seed: 1,
      numRuns: 10,
    });
    expect(summary.runs).toBe(10);
  },
  TIMEOUT,
);

test(
  'keeps the asynchronous service to its settled hook over HTTP',
  async () => {
    const merchant = httpMerchant(await serve({ async: true }));
    await runMerchantScenarios({ merchant, seed: 2, numRuns: 10 });
  },
  TIMEOUT,
);

test(
  "catches a running service that finds orders by metadata, with another terminal's colliding charge; the rerun keeps the timing options",
  async () => {
    const merchant = httpMerchant(await serve({ bug: 'finds-orders-by-metadata' }));
    const timing = { graceMs: 2000, answerTimeoutMs: 20_000 };
    const saveTo = mkdtempSync(join(tmpdir(), 'omise-sim-scenarios-'));
    const failure = await runMerchantScenarios({ merchant, seed: 3, saveTo, ...timing }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ScenarioFailure);
    expect((failure as ScenarioFailure).scenario.failure?.invariant).toBe('foreign-events-change-no-order');
    expect((failure as ScenarioFailure).message).toContain(
      `run it again: npx omise-sim scenarios --merchant ${merchant.url} --grace-ms 2000 --answer-timeout-ms 20000 --seed 3 --path`,
    );
    expect((failure as ScenarioFailure).message).toMatch(
      new RegExp(
        `replay it: npx omise-sim replay \\S+\\.json --merchant ${merchant.url} --grace-ms 2000 --answer-timeout-ms 20000$`,
      ),
    );
  },
  TIMEOUT,
);
