// `npm run bench:cold-packed`: what a user of the published package waits for. Packs the tarball (`prepack`
// builds dist/ from scratch), installs it into an empty project in a temporary folder (its dependencies from
// the registry, or npm's cache), then takes turns: bare Hono with `node`, the installed bin
// (node_modules/.bin/omise-sim) and `npx omise-sim` (npm's own start included).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatResults } from '../format-results.js';
import { bareHono, medianOf, takeTurns } from './cold-start-bench.js';
import type { Launch } from './time-to-first-200.js';

const RUNS = 7;
const root = fileURLToPath(new URL('../../', import.meta.url));
const BARE = 'bare Hono (node, plain JS)';

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'omise-sim-cold-'));
  try {
    const run = (command: string, args: string[], cwd: string) =>
      execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'cold-start', private: true }));
    run('npm', ['install', '--no-audit', '--no-fund', join(work, pack.filename)], work);
    const launches: Array<[string, Launch]> = [
      [BARE, bareHono],
      ['omise-sim installed, node_modules/.bin/omise-sim', bin(work, 'node_modules/.bin/omise-sim')],
      ['omise-sim installed, npx omise-sim', bin(work, 'npx', '--no-install', 'omise-sim')],
    ];
    const times = await takeTurns(
      launches.map(([, launch]) => launch),
      RUNS,
    );
    const results = launches.map(([name], index) => ({
      ...medianOf(`cold start, spawn to first 200: ${name}`, times[index] ?? []),
      ...(index > 0 && { baseline: `cold start, spawn to first 200: ${BARE}` }),
    }));
    console.log(`Cold start of the packed tarball (${pack.filename}), ${RUNS} runs each, taking turns`);
    for (const line of formatResults(results)) console.log(line);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function bin(cwd: string, command: string, ...args: string[]): Launch {
  return { command, args: [...args, '--port'], cwd };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
