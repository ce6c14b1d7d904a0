import { Agent, request } from 'node:http';
import type { Simulator } from '../../simulator/index.js';

/**
 * The least a webhook can cost: one node:http POST on a keep-alive agent (at most as many open as the
 * simulator's delivery concurrency) of a stored body with stored headers, its answer read and dropped.
 * Takes the body and headers the simulator sent for the bench's first charge.
 */
export async function webhookPoster(sim: Simulator, url: string): Promise<() => void> {
  await sim.webhooks.idle('bench');
  const [sent] = sim.webhooks.deliveries('bench');
  if (!sent) throw new Error('the first charge sent no webhook');
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const headers = { ...sent.headers, 'content-length': Buffer.byteLength(sent.payload) };
  const target = new URL(url);
  return () => {
    const outgoing = request(target, { method: 'POST', headers, agent }, (incoming) => incoming.resume());
    outgoing.on('error', () => {});
    outgoing.end(sent.payload);
  };
}
