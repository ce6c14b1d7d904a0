import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));

/**
 * Node's arguments that run `omise-sim args…`: the CLI this test run bundled from the sources
 * (cli-bundle-setup.ts), as `npx omise-sim` runs the built bin; the sources through tsx when the run has no
 * bundle (a vitest configuration without that global setup).
 */
export function cliArgs(args: readonly string[]): string[] {
  const bundle = inject('cliBundle');
  return bundle ? [bundle, ...args] : ['--import', 'tsx', main, ...args];
}

/** Generous: starting a process on a busy machine can take many seconds; tests wait on output, never sleep. */
export const CLI_TIMEOUT_MS = 60_000;

export interface SpawnedCli {
  readonly child: ChildProcess;
  output(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string | null>;
  /** Resolves with the first match of `pattern` in stdout and stderr together. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
}

/** Runs `omise-sim` built from the sources under test (see cliArgs). */
export function spawnCli(args: readonly string[]): SpawnedCli {
  const child = spawn(process.execPath, cliArgs(args), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
    stderr += chunk;
  });
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (!match) return false;
        resolve(match);
        return true;
      };
      if (check()) return;
      const onData = () => {
        if (check()) cleanup();
      };
      const onExit = () => {
        if (!check()) reject(new Error(`exited before ${pattern}: ${output}`));
        cleanup();
      };
      const cleanup = () => {
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.off('exit', onExit);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', onExit);
    });
  return { child, output: () => output, stderr: () => stderr, exited, waitFor };
}
