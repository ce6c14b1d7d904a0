// `npm run bench:http`: only the HTTP part of `npm run bench`.
import { formatHttpResults } from './format-http-results.js';
import { httpBench } from './http-bench.js';
import { loadGenerator } from './measure.js';

console.log(
  `API over HTTP (${loadGenerator} on its own core, each system in a fresh process, rounds interleaved)`,
);

httpBench()
  .then((results) => {
    for (const line of formatHttpResults(results)) console.log(line);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
