import { Hono } from 'hono';
import type { Account } from '../../account/account.js';
import type { Accounts } from '../../account/accounts.js';
import { checkClockTarget } from '../../clock/clock-range.js';
import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import { iso } from '../../render/timestamps.js';
import { answerJson } from '../answer-json.js';
import type { AppEnv } from '../app-env.js';
import { authenticate } from '../authenticate.js';
import type { Params } from '../form-params.js';
import { readTimestamp } from '../param-readers.js';

const UNIT_SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86400 } as const;

/** `/_sim/clock`: read the account's clock, advance it, set it, freeze it, resume real time. */
export function clockRoutes(accounts: Accounts): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/_sim/clock/*', authenticate(accounts, 'secret'));

  routes.get('/_sim/clock', (c) => answerJson(c, renderClock(c.get('account'), 0)));

  // The jobs the move makes due fire in slices (Scheduler.runDueInSlices): other accounts' requests are served
  // in between, this account's wait for the answer. Held API operations the move made due land before the
  // answer, so the caller sees them.
  routes.post('/_sim/clock/advance', async (c) => {
    const duration = readDuration(c.get('params'));
    const clock = await changeClock(c.get('account'), (clock) =>
      clock.set(checkClockTarget(clock.now() + duration)),
    );
    await c.get('account').heldOperations.landing();
    return answerJson(c, clock);
  });

  routes.post('/_sim/clock/set', async (c) => {
    const to = readTimestamp(c.get('params'), 'to') ?? readTimestamp(c.get('params'), 'now');
    if (to === null) throw omiseError('bad_request', messages.cannotBeBlank('to'));
    checkClockTarget(to);
    const clock = await changeClock(c.get('account'), (clock) => clock.set(to));
    await c.get('account').heldOperations.landing();
    return answerJson(c, clock);
  });

  routes.post('/_sim/clock/freeze', async (c) =>
    answerJson(c, await changeClock(c.get('account'), (clock) => clock.freeze())),
  );
  routes.post('/_sim/clock/resume', async (c) =>
    answerJson(c, await changeClock(c.get('account'), (clock) => clock.resume())),
  );

  return routes;
}

async function changeClock(
  account: Account,
  change: (clock: Account['clock']) => void,
): Promise<Record<string, unknown>> {
  let fired = 0;
  const stopCounting = account.onEvent(() => fired++);
  try {
    await account.scheduler.runDueInSlices(() => change(account.clock));
  } finally {
    stopCounting();
  }
  return renderClock(account, fired);
}

function renderClock(account: Account, eventsFired: number): Record<string, unknown> {
  return {
    object: 'clock',
    account: account.name,
    now: iso(account.clock.now()),
    now_ms: account.clock.now(),
    frozen: account.clock.frozen,
    pending_jobs: account.scheduler.pending,
    events_fired: eventsFired,
  };
}

/** `{"seconds": 7200}`, or minutes/hours/days, or several of them added up. */
function readDuration(params: Params): number {
  let seconds = 0;
  let given = false;
  for (const [unit, factor] of Object.entries(UNIT_SECONDS)) {
    const value = params[unit];
    if (value === undefined || value === null) continue;
    const number = typeof value === 'string' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
      throw omiseError('bad_request', messages.clockSecondsInvalid);
    }
    seconds += number * factor;
    given = true;
  }
  if (!given) throw omiseError('bad_request', messages.clockSecondsInvalid);
  return Math.round(seconds * 1000);
}
