import fc from 'fast-check';
import { expect, test } from 'vitest';
import { MinHeap } from './min-heap.js';

test('pops any set of numbers in ascending order', () => {
  fc.assert(
    fc.property(fc.array(fc.integer()), (numbers) => {
      const heap = new MinHeap<number>((a, b) => a < b);
      for (const n of numbers) heap.push(n);
      const popped: number[] = [];
      for (let n = heap.pop(); n !== undefined; n = heap.pop()) popped.push(n);
      expect(popped).toEqual([...numbers].sort((a, b) => a - b));
    }),
  );
});
