/**
 * Sends `total` requests with `concurrency` in flight to a server on this machine and returns requests per
 * second. Bounded in count; every request must succeed, or the figure would measure errors.
 */
export async function measureThroughput(
  total: number,
  concurrency: number,
  send: (i: number) => Promise<Response>,
): Promise<number> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      const response = await send(i);
      if (response.status !== 200)
        throw new Error(`request ${i} answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total / ((performance.now() - started) / 1000);
}
