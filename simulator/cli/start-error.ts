/** Why the server could not start, in one line that says what to do; null for errors that are not about listening. */
export function describeStartError(error: unknown, host: string, port: number): string | null {
  const code = (error as { code?: string } | null)?.code;
  const where = `${host}:${port}`;
  switch (code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use: stop what runs there or pick another port with --port`;
    case 'EACCES':
    case 'EPERM':
      return `not allowed to listen on ${where}: ports below 1024 need privileges; pick another port with --port`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `--host ${host} is not an address or a name this machine can resolve`;
    case 'EADDRNOTAVAIL':
      return `--host ${host} is not an address of this machine`;
    default:
      return null;
  }
}

/** Loopback addresses are reachable only from this machine; anything else exposes the simulator. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export const exposedWarning = (host: string) =>
  `omise-sim: warning: listening on ${host}, beyond this machine: anyone who can reach it can use any ` +
  'account (test keys are only names), the /_sim control API and the customer pages (README "Security notes")';
