import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface CommandResult {
  readonly code: number | null;
  readonly timedOut: boolean;
  /** Everything the command printed, for counting and for showing on failure. */
  readonly output: string;
}

export interface CommandOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  /** Appends the command and its output here. */
  readonly logFile: string;
}

/** Runs a command in its own process group, killed whole when it outlives its time. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandResult> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`\n$ ${command} ${args.join(' ')}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: 'pipe' });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs);
    const finish = (code: number | null, error?: Error) => {
      clearTimeout(timer);
      if (error) output += `\n${error.message}\n`;
      log.end(() => resolve({ code, timedOut, output }));
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}
