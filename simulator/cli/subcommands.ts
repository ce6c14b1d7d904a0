import { listenCommand } from './listen-command.js';
import { replayCommand } from './replay-command.js';
import { replayScenarioCommand } from './replay-scenario-command.js';
import { scenariosCommand } from './scenarios-command.js';

/** `omise-sim <subcommand> ...`: each returns the exit status. Without one, omise-sim serves the API. */
export const subcommands: Readonly<
  Record<string, (argv: readonly string[], env: NodeJS.ProcessEnv) => Promise<number>>
> = {
  // A scenario file goes to a merchant (--merchant), a delivery log to a webhook URL (--to).
  replay: (argv, env) =>
    argv.some((arg) => arg === '--merchant' || arg.startsWith('--merchant='))
      ? replayScenarioCommand(argv, env)
      : replayCommand(argv, env),
  listen: (argv, env) => listenCommand(argv, env),
  scenarios: (argv, env) => scenariosCommand(argv, env),
};
