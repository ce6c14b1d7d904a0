// `npm run test:sdks [node python go java]`: the official Omise SDKs against ONE simulator started here, on
// a free port of 127.0.0.1 (and on port 80 for the Node SDK over HTTP, which has no port option, when it
// can be bound). Each language gets its own account. Prints one line per language, then the total.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulator, type Simulator } from '../simulator/index.js';
import {
  type Counts,
  countGoTestJson,
  countJunitXml,
  countSurefireReports,
  countVitestJson,
} from './runner/count-results.js';
import { type CommandResult, runCommand } from './runner/run-command.js';

const here = dirname(fileURLToPath(import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'omise-sim-sdks-'));
const MINUTE = 60_000;

interface Step {
  readonly command: string;
  readonly args: readonly string[];
  readonly timeoutMs: number;
}

interface Language {
  readonly name: string;
  readonly dir: string;
  readonly steps: (dir: string) => Step[];
  readonly count: (run: CommandResult, dir: string) => Counts;
  readonly env?: (http80: string | null) => Record<string, string>;
}

const languages: Language[] = [
  {
    name: 'node',
    dir: join(here, '..'),
    steps: () => [
      step('npx', ['--no-install', 'vitest', 'run', '--project', 'sdk-node', ...vitestReport()], 5),
    ],
    count: () => countVitestJson(readFileSync(join(scratch, 'node.json'), 'utf8')),
    env: (http80) => ({
      OMISE_SIM_NODE_ACCOUNT: 'sdk_node_http',
      ...(http80 && { OMISE_SIM_HTTP_HOST: http80 }),
    }),
  },
  {
    name: 'python',
    dir: join(here, 'python'),
    steps: (dir) => [
      ...(existsSync(join(dir, '.venv/bin/python')) ? [] : [step('python3', ['-m', 'venv', '.venv'], 2)]),
      step(
        '.venv/bin/python',
        ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', '-r', 'requirements.txt'],
        5,
      ),
      step(
        '.venv/bin/python',
        ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${join(scratch, 'python.xml')}`],
        5,
      ),
    ],
    count: () => countJunitXml(readFileSync(join(scratch, 'python.xml'), 'utf8')),
    env: () => ({ PYTHONDONTWRITEBYTECODE: '1' }),
  },
  {
    name: 'go',
    dir: join(here, 'go'),
    steps: () => [step('go', ['test', '-count=1', '-json', './...'], 10)],
    count: (run) => countGoTestJson(run.output),
  },
  {
    name: 'java',
    dir: join(here, 'java'),
    steps: (dir) => {
      rmSync(join(dir, 'target/surefire-reports'), { recursive: true, force: true });
      return [step('mvn', ['-B', '-q', 'test'], 15)];
    },
    count: (_run, dir) => countSurefireReports(join(dir, 'target/surefire-reports')),
  },
];

function step(command: string, args: readonly string[], minutes: number): Step {
  return { command, args, timeoutMs: minutes * MINUTE };
}

function vitestReport(): string[] {
  return ['--reporter=default', '--reporter=json', `--outputFile.json=${join(scratch, 'node.json')}`];
}

async function runLanguage(
  language: Language,
  simUrl: string,
  http80: string | null,
): Promise<Counts & { note: string }> {
  const logFile = join(scratch, `${language.name}.log`);
  const account = `sdk_${language.name}`;
  const env = {
    ...process.env,
    OMISE_SIM_URL: simUrl,
    OMISE_SECRET_KEY: `skey_test_${account}`,
    OMISE_PUBLIC_KEY: `pkey_test_${account}`,
    ...language.env?.(http80),
  };
  let last: CommandResult | undefined;
  for (const each of language.steps(language.dir)) {
    last = await runCommand(each.command, each.args, {
      cwd: language.dir,
      env,
      timeoutMs: each.timeoutMs,
      logFile,
    });
    if (last.code !== 0) break;
  }
  const counts = safeCount(language, last);
  const problem = last?.timedOut ? 'timed out' : last?.code !== 0 ? `exited with ${last?.code}` : '';
  // A command that failed without a failing test (install, build, crash) still counts as a failure.
  if (problem && counts.failed === 0) counts.failed = 1;
  if (problem)
    console.error(
      `--- ${language.name} ${problem}; last lines of ${logFile}:\n${tail(last?.output ?? '', 60)}`,
    );
  return { ...counts, note: problem ? ` (${problem})` : '' };
}

function safeCount(language: Language, run: CommandResult | undefined): Counts {
  try {
    return run ? language.count(run, language.dir) : { passed: 0, failed: 0, skipped: 0 };
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

async function listenOnPort80(sim: Simulator): Promise<string | null> {
  try {
    await sim.listen({ port: 80, host: '127.0.0.1' });
    return '127.0.0.1';
  } catch (error) {
    console.log(
      `node over HTTP: port 80 cannot be bound (${(error as Error).message}); that case is skipped`,
    );
    return null;
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const only = process.argv.slice(2);
  const internalErrors: string[] = [];
  const sim = createSimulator({
    log: (message, error) => internalErrors.push(`${message}: ${String(error)}`),
  });
  const server = await sim.listen({ port: 0, host: '127.0.0.1' });
  const http80 = await listenOnPort80(sim);
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    for (const language of languages.filter((each) => only.length === 0 || only.includes(each.name))) {
      const counts = await runLanguage(language, server.url, http80);
      const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
      console.log(
        `${language.name}: ${counts.passed} passed, ${counts.failed} failed${skipped}${counts.note}`,
      );
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    }
  } finally {
    await sim.close();
  }
  for (const error of internalErrors) console.error(`simulator internal error: ${error}`);
  console.log(`took ${Math.round((Date.now() - started) / 1000)}s against ${server.url}; logs in ${scratch}`);
  console.log(`${total.passed} passed, ${total.failed + internalErrors.length} failed`);
  return total.failed + internalErrors.length > 0 ? 1 : 0;
}

process.exitCode = await main();
