import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-options.js';
import { progressPrinter } from './progress-printer.js';
import { wholeNumberFlag } from './whole-number-flag.js';
import { withSimulator } from './with-simulator.js';

export const scenariosUsage = `Usage: omise-sim scenarios --merchant URL [options]

Runs the property-based merchant scenarios against a merchant service running at URL, over HTTP, with the
merchant test protocol (README, "The merchant test protocol"): each run gets a fresh account, whose keys
and webhook secret POST URL/test/setup hands to the merchant.
  --merchant URL      the running merchant
  --sim URL           a running omise-sim the merchant can reach (default: one served here on 127.0.0.1)
  --runs N            scenarios to run (default 100)
  --seed N            fast-check seed (default: random, printed)
  --path P            with --seed: go straight to a counterexample printed before
  --max-steps N       steps per scenario at most (default 30)
  --methods A,B       payment methods to check out with (default: the five seed methods)
  --save PATH         save a failing scenario (a .json file, or a directory)
  --grace-ms N        without POST /test/settled: ms a broken rule may take to hold again (default 2000)
  --answer-timeout-ms N  ms the merchant may take to answer one call before the scenario fails as a hang
                      (default 10000, plus twice the apiTimeoutMs its setup declares)
  --quiet             no progress lines on stderr
Exit status: 0 when every invariant held, 1 when one broke (the report is printed), 2 on bad usage.`;

const OPTIONS = {
  merchant: { type: 'string' },
  sim: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  path: { type: 'string' },
  'max-steps': { type: 'string' },
  methods: { type: 'string' },
  save: { type: 'string' },
  'grace-ms': { type: 'string' },
  'answer-timeout-ms': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `omise-sim scenarios --merchant URL`: the harness against a running merchant, in any language. */
export async function scenariosCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out = console.log,
  err = console.error,
): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS });
  if (values.help) {
    out(scenariosUsage);
    return 0;
  }
  if (!values.merchant) throw new CliUsageError('scenarios needs --merchant URL');
  const merchantUrl = values.merchant;
  const seed = wholeNumberFlag(values.seed, '--seed', 0) ?? Math.floor(Math.random() * 2 ** 31);
  if (values.path !== undefined && values.seed === undefined)
    throw new CliUsageError('--path needs the --seed it was printed with');
  const options = {
    numRuns: wholeNumberFlag(values.runs, '--runs', 1),
    maxSteps: wholeNumberFlag(values['max-steps'], '--max-steps', 1),
    graceMs: wholeNumberFlag(values['grace-ms'], '--grace-ms', 0),
    answerTimeoutMs: wholeNumberFlag(values['answer-timeout-ms'], '--answer-timeout-ms', 1),
    methods: values.methods?.split(',').filter(Boolean),
    saveTo: values.save,
    path: values.path,
    seed,
  };
  const { httpMerchant, runMerchantScenarios, ScenarioFailure } = await import('../../scenarios/index.js');
  const commandLine = ['npx omise-sim scenarios --merchant', merchantUrl]
    .concat(values.sim ? ['--sim', values.sim] : [])
    .concat(values.methods ? ['--methods', values.methods] : [])
    .concat(values['max-steps'] ? ['--max-steps', values['max-steps']] : [])
    // The timing options too: a failure may depend on them, so the rerun keeps them.
    .concat(values['grace-ms'] ? ['--grace-ms', values['grace-ms']] : [])
    .concat(values['answer-timeout-ms'] ? ['--answer-timeout-ms', values['answer-timeout-ms']] : [])
    .join(' ');
  if (!values.quiet) err(`omise-sim scenarios: seed ${seed} against ${merchantUrl}`);
  return withSimulator(values.sim ?? env.OMISE_SIM_URL, async (simUrl) => {
    try {
      const summary = await runMerchantScenarios({
        ...options,
        merchant: httpMerchant(merchantUrl),
        simulator: { url: simUrl },
        commandLine,
        onProgress: values.quiet ? undefined : progressPrinter(err),
      });
      out(`every invariant held: ${summary.runs} runs, ${summary.steps} steps (seed ${seed})`);
      return 0;
    } catch (error) {
      if (!(error instanceof ScenarioFailure)) throw error;
      out(error.message);
      return 1;
    }
  });
}
