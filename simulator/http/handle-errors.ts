import type { Context, NotFoundHandler } from 'hono';
import { messages } from '../errors/messages.js';
import { OmiseError, omiseError } from '../errors/omise-error.js';
import { answerJson } from './answer-json.js';
import { isPromise, type SyncOrAsync } from './sync-or-async.js';

export type Logger = (message: string, error?: unknown) => void;

/**
 * Every error leaves as an Omise error object with its status. An OmiseError is the client's mistake;
 * anything else is a simulator bug: logged, and answered with a 500 in the same shape.
 */
export function handleErrors(log: Logger) {
  return (error: Error, c: Context): Response => {
    const omise = error instanceof OmiseError ? error : toOmiseError(error, log, c);
    return answerJson(c, omise.toJSON(), omise.status as 400);
  };
}

/**
 * Runs `work` (middleware code called directly, not as a middleware of its own), answering an error it throws
 * as Hono answers an error between middlewares: the error becomes the response here, so what wraps `work`
 * (the observers) sees the answer the client gets.
 */
export function answerErrors(
  c: Context,
  onError: (error: Error, c: Context) => Response,
  work: () => SyncOrAsync<unknown>,
): SyncOrAsync<void> {
  const answer = (error: unknown): void => {
    if (!(error instanceof Error)) throw error;
    c.error = error;
    c.res = onError(error, c);
  };
  let result: SyncOrAsync<unknown>;
  try {
    result = work();
  } catch (error) {
    answer(error);
    return;
  }
  if (isPromise(result)) return result.then(() => {}, answer);
}

export const notFound: NotFoundHandler = (c) => {
  const error = omiseError('not_found', messages.pathNotFound(c.req.method, c.req.path));
  return answerJson(c, error.toJSON(), 404);
};

function toOmiseError(error: Error, log: Logger, c: Context): OmiseError {
  log(`internal error on ${c.req.method} ${c.req.path}`, error);
  return omiseError('internal_error');
}
