import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-options.js';
import { wholeNumberFlag } from './whole-number-flag.js';
import { withSimulator } from './with-simulator.js';

export const replayScenarioUsage = `Usage: omise-sim replay SCENARIO.json --merchant URL [--key skey_test_<account>] [--sim URL]
                       [--grace-ms N] [--answer-timeout-ms N]

Replays a saved scenario (fixtures/scenarios/*.json, saved by runMerchantScenarios) step by step against a
merchant running at URL, and checks the invariants after every step, as the harness did when it saved it.
Without --key, the replay runs in a fresh account and POST URL/test/setup gives the merchant its keys (the
merchant test protocol, README); the simulator is --sim, or one served here on 127.0.0.1.
With --key, the merchant must already use the simulator at --sim with that account; the account is reset
first (its webhook secret is kept) and its webhooks are sent to the merchant.
The merchant's test protocol: POST /checkout, GET /orders/:id, POST /orders/:id/refund, POST /webhooks/omise.
  --merchant URL      the running merchant (e.g. a staging POS backend)
  --key KEY           the secret key of the account the merchant uses (OMISE_SECRET_KEY)
  --sim URL           the running omise-sim (with --key: default http://127.0.0.1:4100, OMISE_SIM_URL)
  --webhook-url URL   the merchant's webhook endpoint (default <merchant>/webhooks/omise)
  --grace-ms N        without POST /test/settled: ms a broken rule may take to hold again (default 2000)
  --answer-timeout-ms N  ms the merchant may take to answer one call before the replay fails as a hang
                      (default 10000, plus twice the merchant's API timeout)
Exit status: 0 when every invariant held, 1 when one broke (the failure is printed), 2 on bad usage.`;

/** `omise-sim replay SCENARIO.json --merchant URL`: QA replays a caught failure against a running merchant. */
export async function replayScenarioCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out = console.log,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      merchant: { type: 'string' },
      key: { type: 'string' },
      sim: { type: 'string' },
      'webhook-url': { type: 'string' },
      'grace-ms': { type: 'string' },
      'answer-timeout-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    out(replayScenarioUsage);
    return 0;
  }
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new CliUsageError('replay takes one scenario FILE');
  const key = values.key ?? env.OMISE_SECRET_KEY;
  const account = key === undefined ? undefined : /^skey_test_(.+)$/.exec(key)?.[1];
  if (!values.merchant) throw new CliUsageError('replay of a scenario needs --merchant URL');
  if (key !== undefined && !account)
    throw new CliUsageError('replay of a scenario takes --key skey_test_<account>');
  const merchantUrl = values.merchant;
  const graceMs = wholeNumberFlag(values['grace-ms'], '--grace-ms', 0);
  const answerTimeoutMs = wholeNumberFlag(values['answer-timeout-ms'], '--answer-timeout-ms', 1);
  const sim = values.sim ?? env.OMISE_SIM_URL ?? (account ? 'http://127.0.0.1:4100' : undefined);
  // Loaded only here: the harness (and fast-check) has no place in the server's start-up.
  const { httpMerchant, replayScenario, ScenarioFailure } = await import('../../scenarios/index.js');
  return withSimulator(sim, async (url) => {
    try {
      await replayScenario({
        scenario: file,
        merchant: httpMerchant(merchantUrl, { webhookUrl: values['webhook-url'] }),
        simulator: { url },
        account,
        graceMs,
        answerTimeoutMs,
      });
    } catch (error) {
      if (!(error instanceof ScenarioFailure)) throw error;
      out(error.message);
      return 1;
    }
    out(`${file}: every invariant held against ${merchantUrl}`);
    return 0;
  });
}
