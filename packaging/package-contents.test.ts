import { type ChildProcessByStdio, execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_DIR } from './bundle-cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// What `npm pack` reads and runs: the build's inputs, its scripts and the documents it ships.
const PROJECT = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'README.md',
  'FIDELITY.md',
  'LICENSE',
  'simulator',
  'scenarios',
  'packaging',
];
const LEFT_OVER = 'dist/simulator/renamed-long-ago.js';
// A clean build of the whole project: half a minute on a busy 2-core machine.
const PACK_TIMEOUT_MS = 300_000;

/**
 * What `npm pack` puts in the tarball, scripts and all (`prepack` builds dist/ from scratch), run in a copy
 * of the project whose dist/ holds a file an older build left behind; the repository's own dist/ is untouched.
 */
async function packedFiles(work: string): Promise<string[]> {
  for (const entry of PROJECT)
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(work, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  mkdirSync(join(work, 'dist', 'simulator'), { recursive: true });
  writeFileSync(join(work, LEFT_OVER), 'export {};\n');
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json'], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const [pack] = JSON.parse(stdout) as { files: { path: string }[] }[];
  return (pack?.files ?? []).map((file) => file.path);
}

describe('the npm package', () => {
  const work = mkdtempSync(join(tmpdir(), 'omise-sim-pack-'));
  let files: string[] = [];
  beforeAll(async () => {
    files = await packedFiles(work);
  }, PACK_TIMEOUT_MS);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the CLI, every public entry point with its types, and the documentation', () => {
    for (const path of [
      'package.json',
      'README.md',
      'FIDELITY.md',
      'dist/simulator/cli/main.js',
      'dist/simulator/index.js',
      'dist/simulator/index.d.ts',
      'dist/simulator/nock/index.js',
      'dist/simulator/nock/index.d.ts',
      'dist/scenarios/index.js',
      'dist/scenarios/index.d.ts',
    ]) {
      expect(files).toContain(path);
    }
  });

  it('leaves out tests, test helpers, build info, source maps and the repository fixtures', () => {
    const unwanted = files.filter(
      (path) =>
        /\.test\.|\/test-support\/|\/testing\/|\.tsbuildinfo$|\.map$/.test(path) ||
        !/^(dist\/|package\.json$|README\.md$|FIDELITY\.md$|LICENSE)/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('is built from scratch: nothing an older build left in dist/ is packed, every file has its source', () => {
    expect(files).not.toContain(LEFT_OVER);
    const withoutSource = files
      .filter((path) => path.startsWith('dist/') && !path.startsWith(`dist/${CHUNK_DIR}/`))
      .map((path) => path.slice('dist/'.length).replace(/(\.d)?\.js$|\.d\.ts$/, '.ts'))
      .filter((source) => !existsSync(join(root, source)));
    expect(withoutSource).toEqual([]);
  });

  it('ships a CLI bundle that runs: its version and its options', async () => {
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [join(work, 'dist/simulator/cli/main.js'), ...args], {
        cwd: work,
      });
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await run('--version')).stdout.trim()).toBe(version);
    expect((await run('--help')).stdout).toContain('--port');
    expect(files.some((path) => path.startsWith(`dist/${CHUNK_DIR}/`))).toBe(true);
  });

  it('ships a CLI bundle that serves the API, its lazily loaded QR encoder included', async () => {
    const cli = spawn(process.execPath, [join(work, 'dist/simulator/cli/main.js'), '--port', '0'], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await listeningUrl(cli);
      const auth = { authorization: `Basic ${Buffer.from('skey_test_pack:').toString('base64')}` };
      const charge = await fetch(`${url}/charges`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'amount=10000&currency=THB&source[type]=promptpay',
      });
      expect(charge.status).toBe(200);
      const { source } = (await charge.json()) as ChargeWithQr;
      const qr = await fetch(`${source.scannable_code.image.download_uri}?format=svg`);
      expect(qr.status).toBe(200);
      expect(await qr.text()).toContain('<svg');
    } finally {
      const exited = new Promise((resolve) => cli.once('exit', resolve));
      if (cli.kill()) await exited;
    }
  }, 60_000);
});

interface ChargeWithQr {
  readonly source: { readonly scannable_code: { readonly image: { readonly download_uri: string } } };
}

/** The URL the CLI prints once it listens (waited for, however long the machine takes). */
function listeningUrl(cli: ChildProcessByStdio<null, Readable, null>): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    cli.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    cli.once('exit', (code) => reject(new Error(`the CLI exited with ${code} before listening:\n${output}`)));
  });
}
