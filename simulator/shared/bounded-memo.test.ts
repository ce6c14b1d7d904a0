import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes a key once while it is remembered, undefined answers included', () => {
    const calls: string[] = [];
    const memo = boundedMemo(4, (key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.length;
    });
    expect([memo('abc'), memo('abc'), memo('none'), memo('none')]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(['abc', 'none']);
  });

  it('keeps at most size keys, and gives the same answer after it starts over', () => {
    const calls: number[] = [];
    const memo = boundedMemo(2, (key: number) => {
      calls.push(key);
      return key * 2;
    });
    expect([1, 2, 3, 1].map(memo)).toEqual([2, 4, 6, 2]);
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});
