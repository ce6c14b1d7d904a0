const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How long open connections may take to finish before the process exits anyway. */
const GRACE_MS = 3000;

/**
 * Closes the server and exits 0 on Ctrl+C, `kill PID` or a closed terminal, so the port is free as soon
 * as the process is gone. A second signal, or connections still open after the grace period, exit at once.
 */
export function stopOnSignals(close: () => Promise<void>): void {
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
}
