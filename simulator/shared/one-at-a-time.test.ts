import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time.js';

describe('oneAtATime', () => {
  it('starts each work only once the one before has settled, in the order given', async () => {
    const run = oneAtATime();
    const log: string[] = [];
    let release = () => {};
    const first = run(async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      log.push('first ends');
      return 1;
    });
    const second = run(async () => {
      log.push('second starts');
      return 2;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['first starts']);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('answers a failed work with its own error and goes on with the next', async () => {
    const run = oneAtATime();
    const failed = run(async () => {
      throw new Error('no connection');
    });
    const next = run(async () => 'next');
    await expect(failed).rejects.toThrow('no connection');
    expect(await next).toBe('next');
  });
});
