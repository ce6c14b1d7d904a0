/** Turns of the event loop until the condition holds: waits on a condition, never on time (a bounded count). */
export async function until(condition: () => boolean, maxTurns = 100_000): Promise<void> {
  for (let turn = 0; !condition(); turn++) {
    if (turn > maxTurns) throw new Error('the condition never held');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
