// `npm run bench`: every benchmark of the project, each figure next to a baseline measured in the same run.
// The machine is shared and noisy: read the ratios, not the absolute numbers.
import { apiBench } from './api-bench.js';
import type { BenchResult } from './bench-result.js';
import { cardBench } from './card-bench.js';
import { clockAdvanceBench } from './clock-advance-bench.js';
import { coldStartBench } from './cold/cold-start-bench.js';
import { engineBench } from './engine-bench.js';
import { formatResults } from './format-results.js';
import { formatHttpResults } from './http/format-http-results.js';
import { httpBench } from './http/http-bench.js';
import { loadGenerator } from './http/measure.js';
import { qrHttpBench } from './http/qr-http-bench.js';
import { issueTargets } from './issue-targets.js';
import { listBench } from './list-bench.js';
import { qrBench } from './qr-bench.js';
import { scenarioBench } from './scenario-bench.js';
import { snapshotBench } from './snapshot-bench.js';
import { webhookBench } from './webhook-bench.js';

const suites: Array<[string, () => Promise<BenchResult[]>]> = [
  ['Seeded histories and snapshots, in-process', snapshotBench],
  ['Memory', apiBench],
  ['Card flows, in-process', cardBench],
  ['Cold start (spawn to the first 200 on 127.0.0.1)', coldStartBench],
  ['QR rendering (download endpoint, in-process)', qrBench],
  ['QR over HTTP (the simulator in a process of its own, 127.0.0.1)', qrHttpBench],
  ['Webhook delivery to a receiver on 127.0.0.1', webhookBench],
  ['Clock advance over a backlog (in-process)', clockAdvanceBench],
  ['Lists at 10k and 100k charges (in-process)', listBench],
  ['Merchant scenarios, in-process and over HTTP', scenarioBench],
  [
    'Storage engines over HTTP (one account, POST /charges; OMISE_SIM_BENCH_POSTGRES adds postgres)',
    engineBench,
  ],
];

async function main(): Promise<void> {
  console.log(
    `API over HTTP (${loadGenerator} on its own core, each system in a fresh process of its own, rounds interleaved)`,
  );
  const http = await httpBench();
  for (const line of formatHttpResults(http)) console.log(line);
  const all: BenchResult[] = [];
  for (const [title, run] of suites) {
    const results = await run();
    all.push(...results);
    console.log(`\n${title}`);
    for (const line of formatResults(results)) console.log(line);
  }
  console.log('\nIssue 15 targets, against this run');
  for (const line of issueTargets(http, all)) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
