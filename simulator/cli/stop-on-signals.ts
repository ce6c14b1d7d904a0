const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How long open connections may take to finish before the process exits anyway. */
const GRACE_MS = 3000;
const PARENT_CHECK_MS = 500;

/**
 * Closes the server and exits 0 on Ctrl+C, `kill PID` or a closed terminal, so the port is free as soon
 * as the process is gone. A second signal, or connections still open after the grace period, exit at once.
 * Returns the stop function, for other reasons to stop.
 */
export function stopOnSignals(close: () => Promise<void>): () => void {
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(0);
    stopping = true;
    setTimeout(() => process.exit(0), GRACE_MS).unref();
    close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  for (const signal of SIGNALS) process.on(signal, stop);
  return stop;
}

/**
 * `npm start` and `npx omise-sim` do not pass a kill on to the process they started: killing the PID a CI
 * script got ends npm and leaves the server listening. Started by npm (it sets `npm_command`), the server
 * therefore stops when that npm process is gone (its parent changes).
 */
export function stopWithNpmParent(stop: () => void, env: NodeJS.ProcessEnv): void {
  if (env.npm_command === undefined) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop();
  }, PARENT_CHECK_MS);
  timer.unref();
}
