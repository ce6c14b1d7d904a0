import type { Context } from 'hono';
import { errorCodes } from '../errors/error-codes.js';
import { messages } from '../errors/messages.js';
import { omiseError } from '../errors/omise-error.js';
import { answerJson } from '../http/answer-json.js';
import type { AppEnv } from '../http/app-env.js';
import { forgetKeptAnswer } from '../http/in-process-call.js';
import type { ApiFaultHit } from './api-faults.js';
import { connectionResetResponse } from './connection-reset.js';

/** Marks a request from omise-sim's own tooling (the scenario harness): injected API faults pass it by. */
export const TOOLING_HEADER = 'omise-sim-tooling';
/** On every faulted answer: which mode of `/_sim/api_faults` produced it. */
export const FAULT_HEADER = 'Omise-Sim-Fault';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the request (or not) as the fault's mode says; see ApiFaultMode. */
export async function applyApiFault(
  c: Context<AppEnv>,
  hit: ApiFaultHit,
  next: () => unknown,
): Promise<void> {
  switch (hit.mode) {
    case 'instead':
      if (hit.delayMs > 0) await sleep(hit.delayMs);
      if (hit.error) return loseAnswer(c, hit);
      await next();
      c.res.headers.set(FAULT_HEADER, 'instead');
      return;
    case 'late':
      await next();
      await sleep(hit.delayMs);
      c.res.headers.set(FAULT_HEADER, 'late');
      return;
    case 'lost':
      await next();
      loseAnswer(c, hit);
      return;
    case 'held':
      holdOperation(c, hit);
      loseAnswer(c, hit);
      return;
  }
}

/** The answer the client gets instead of the operation's: an Omise error, or no answer at all. */
function loseAnswer(c: Context<AppEnv>, hit: ApiFaultHit): void {
  c.res = undefined;
  forgetKeptAnswer(c);
  if (!hit.error) {
    c.res = connectionResetResponse();
    return;
  }
  const error = omiseError(hit.error, messages.injectedFault);
  c.res = answerJson(c, error.toJSON(), errorCodes[hit.error].status as 500, { [FAULT_HEADER]: hit.mode });
}

function holdOperation(c: Context<AppEnv>, hit: ApiFaultHit): void {
  const account = c.get('account');
  const headers = new Headers(c.req.raw.headers);
  headers.set(TOOLING_HEADER, 'held-operation');
  headers.delete('content-length');
  const body = c.req.method === 'GET' || c.req.method === 'HEAD' ? undefined : c.get('rawBody');
  const request = new Request(c.req.url, { method: c.req.method, headers, body });
  const now = account.clock.now();
  account.heldOperations.hold(
    account.scheduler,
    {
      ruleId: hit.ruleId,
      method: c.req.method,
      path: c.req.path,
      heldAt: now,
      landsAt: now + hit.landAfterSeconds * 1000,
    },
    () => c.get('dispatch')(request),
  );
}
