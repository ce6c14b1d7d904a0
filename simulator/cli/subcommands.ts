import { listenCommand } from './listen-command.js';
import { replayCommand } from './replay-command.js';

/** `omise-sim <subcommand> ...`: each returns the exit status. Without one, omise-sim serves the API. */
export const subcommands: Readonly<
  Record<string, (argv: readonly string[], env: NodeJS.ProcessEnv) => Promise<number>>
> = {
  replay: (argv, env) => replayCommand(argv, env),
  listen: (argv, env) => listenCommand(argv, env),
};
