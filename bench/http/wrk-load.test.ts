import { describe, expect, it } from 'vitest';
import { parseWrkOutput } from './wrk-load.js';

// wrk 4.1.0 (Debian's package), `-t1 -c2 -d1s --latency`, against a plain node:http server.
const report = `Running 1s test @ http://127.0.0.1:4199/bad
  1 threads and 2 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   180.49us  528.96us   5.24ms   93.87%
    Req/Sec    38.81k    17.05k   64.57k    63.64%
  Latency Distribution
     50%   42.00us
     75%   60.00us
     90%  243.00us
     99%    2.99ms
  42341 requests in 1.10s, 5.29MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 42341
Requests/sec:  38487.93
Transfer/sec:      4.81MB
`;

describe('parseWrkOutput', () => {
  it('reads req/s, the request count, p50 and p99 in ms, non-2xx answers and socket errors', () => {
    expect(parseWrkOutput(report)).toEqual({
      requestsPerSecond: 38487.93,
      requests: 42341,
      p50: 0.042,
      p99: 2.99,
      non2xx: 42341,
      errors: 3,
    });
  });

  it('reads latencies in seconds and a clean run as no errors', () => {
    const clean = report
      .replace('99%    2.99ms', '99%    1.20s')
      .replace(/ {2}Socket errors.*\n/, '')
      .replace(/ {2}Non-2xx.*\n/, '');
    expect(parseWrkOutput(clean)).toMatchObject({ p99: 1200, non2xx: 0, errors: 0 });
  });
});
