import fc from 'fast-check';
import type { ScenarioCommand } from './commands/scenario-command.js';
import { emptyModel, type ScenarioModel } from './model.js';
import type { ScenarioTarget } from './run-merchant-scenarios.js';
import { openSession } from './world/scenario-session.js';
import type { ScenarioWorld } from './world/scenario-world.js';

/** Runs one scenario from start to its final check; returns the steps that ran, in order. */
export async function runScenario(
  target: ScenarioTarget,
  commands: Iterable<ScenarioCommand>,
  ran: ScenarioCommand[] = [],
): Promise<ScenarioCommand[]> {
  const { link, merchant, invariants, account, graceMs, answerTimeoutMs } = target;
  const session = await openSession(link, merchant, invariants, account, graceMs, answerTimeoutMs);
  try {
    const recorded = [...commands].map((command) => recordRuns(command, ran));
    const model = emptyModel(session.world.abilities);
    await fc.asyncModelRun(() => ({ model, real: session.world }), recorded);
    await session.world.finish();
  } finally {
    await session.close();
  }
  return ran;
}

/**
 * Notes each step as it runs. The run goes through fast-check's own wrapper (`command`), which marks the
 * step as ran: its shrinker only tries removing steps that ran.
 */
function recordRuns(
  command: ScenarioCommand,
  ran: ScenarioCommand[],
): fc.AsyncCommand<ScenarioModel, ScenarioWorld> {
  const inner = (command as { cmd?: ScenarioCommand }).cmd ?? command;
  return {
    check: (model) => command.check(model),
    run: async (model, world) => {
      ran.push(inner);
      await command.run(model, world);
    },
    toString: () => inner.toString(),
  };
}
