import { createSimulator } from '../create-simulator.js';

/** Runs `use` with a running simulator: the one at `url`, or one served on a free port of 127.0.0.1. */
export async function withSimulator<T>(
  url: string | undefined,
  use: (url: string) => Promise<T>,
): Promise<T> {
  if (url) return use(url.replace(/\/$/, ''));
  const sim = createSimulator();
  try {
    const server = await sim.listen({ port: 0 });
    return await use(server.url);
  } finally {
    await sim.close();
  }
}
