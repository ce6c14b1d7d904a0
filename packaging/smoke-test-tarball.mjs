#!/usr/bin/env node
// CI: what a user gets from npm. Packs the tarball, installs it into an empty project, runs
// `npx omise-sim --help`, starts `npx omise-sim --port 0` and waits for its first 200 (GET /capability).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'omise-sim-tarball-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8' });

try {
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'tarball-smoke', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', join(work, pack.filename)], work);
  const help = run('npx', ['--no-install', 'omise-sim', '--help'], work);
  if (!help.includes('--port')) throw new Error(`omise-sim --help printed no options:\n${help}`);
  console.log(`ok: npx omise-sim --help from ${pack.filename}`);
  await firstOk(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Starts the installed CLI on a free port and waits (up to a generous minute) for GET /capability's 200. */
async function firstOk(cwd) {
  const child = spawn('npx', ['--no-install', 'omise-sim', '--port', '0'], {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('omise-sim printed no address within 60 s')), 60_000);
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1], clearTimeout(timer));
      });
      child.once('exit', (code) => reject(new Error(`omise-sim exited with ${code} before listening`)));
    });
    const auth = `Basic ${Buffer.from('skey_test_smoke:').toString('base64')}`;
    const response = await fetch(`${url}/capability`, { headers: { authorization: auth } });
    if (response.status !== 200) throw new Error(`GET /capability answered ${response.status}`);
    console.log(`ok: ${url}/capability answered 200`);
  } finally {
    child.kill('SIGTERM');
  }
}
