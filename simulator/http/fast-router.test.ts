import { expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';

test('keeps every route in the shape Hono fast router (RegExpRouter) accepts', async () => {
  const sim = createSimulator({ seed: 1 });
  await sim.request('/charges');
  const router = sim.app.router as unknown as { inner: { activeRouter?: { name: string } } };
  expect(router.inner.activeRouter?.name).toBe('RegExpRouter');
  await sim.close();
});
