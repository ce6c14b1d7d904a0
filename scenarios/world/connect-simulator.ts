import { createSimulator, type Simulator } from '../../simulator/create-simulator.js';
import { type InProcessCall, inProcessCall } from '../../simulator/http/in-process-call.js';
import { AccountChanges } from './account-changes.js';
import { httpWebhookControl } from './http-webhook-control.js';
import { inProcessFetch } from './in-process-fetch.js';
import { inProcessWebhookControl } from './in-process-webhook-control.js';
import { lazyRequest } from './lazy-request.js';
import type { SimulatorLink } from './scenario-session.js';

/**
 * The simulator the scenarios run against: a new in-process one (default), one you made with
 * `createSimulator()` (in-process, no socket), or `{ url }` of a running one (its webhooks then go over
 * HTTP, so the merchant must give a `webhookUrl`).
 */
export type SimulatorChoice = Simulator | { readonly url: string };

const IN_PROCESS_BASE_URL = 'http://omise-sim.scenarios.invalid';

export async function connectSimulator(
  choice?: SimulatorChoice,
  overHttp = false,
): Promise<SimulatorLink & { close(): Promise<void> }> {
  if (choice && 'url' in choice) return remoteLink(choice.url);
  if (overHttp && choice === undefined) return servedLink();
  const handlers = new Map<string, (request: Request) => Promise<Response>>();
  const ownSimulator = choice === undefined;
  // Its own simulator is private to the run: nobody can read a request journal, so it keeps none.
  const sim = choice ?? createSimulator({ webhookFetch: routeTo(handlers), journalSize: 0 });
  if (!ownSimulator) sim.webhooks.transport(routeTo(handlers));
  return {
    baseUrl: IN_PROCESS_BASE_URL,
    fetch: inProcessFetch(sim),
    direct: (call) => inProcessCall(sim.app, call, IN_PROCESS_BASE_URL),
    routeWebhook(url, handler) {
      handlers.set(new URL(url).host, handler);
      return () => handlers.delete(new URL(url).host);
    },
    // Its own simulator: the harness settles webhooks through `sim.webhooks`; yours keeps seeing (and
    // journaling) the control API's calls.
    webhookControl: ownSimulator ? (control) => inProcessWebhookControl(sim, control) : httpWebhookControl,
    ...(ownSimulator && { changesOf: (account: string) => new AccountChanges(sim.account(account)) }),
    close: async () => {
      if (ownSimulator) await sim.close();
    },
  };
}

/** Webhook requests to a merchant's in-process handler go to it directly; others go out over HTTP. */
function routeTo(handlers: Map<string, (request: Request) => Promise<Response>>): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const handler = handlers.get(new URL(url).host);
    if (!handler) return fetch(new Request(input, init));
    // The simulator enforces its delivery timeout itself; a Request following its abort signal would cost
    // two more signals per attempt, for a handler that runs in this process anyway.
    const request = { ...init, signal: undefined };
    return handler(typeof input === 'string' ? lazyRequest(input, request) : new Request(input, request));
  }) as typeof fetch;
}

function remoteLink(url: string): SimulatorLink & { close(): Promise<void> } {
  return {
    baseUrl: url.replace(/\/$/, ''),
    fetch: globalThis.fetch,
    routeWebhook() {
      throw new Error(
        'a simulator reached over HTTP cannot call an in-process webhook handler: give a webhookUrl',
      );
    },
    webhookControl: httpWebhookControl,
    close: async () => {},
  };
}

/** A running merchant needs a simulator it can reach: a new one, served on a free port of 127.0.0.1. */
async function servedLink(): Promise<SimulatorLink & { close(): Promise<void> }> {
  const sim = createSimulator();
  const server = await sim.listen({ port: 0 });
  // The merchant reaches it over HTTP; the harness, in the same process, calls it directly.
  const direct = (call: InProcessCall) => inProcessCall(sim.app, call, server.url);
  return { ...remoteLink(server.url), direct, close: () => sim.close() };
}
