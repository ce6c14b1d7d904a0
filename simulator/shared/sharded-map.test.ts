import fc from 'fast-check';
import { expect, test } from 'vitest';
import { IdGenerator, seededRandom } from '../domain/ids.js';
import { ShardedMap, shardIndex } from './sharded-map.js';

type Op = { op: 'set'; key: string; value: number } | { op: 'delete'; key: string } | { op: 'clear' };

const key = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.stringMatching(/^chrg_test_[0-9a-z]{19}$/),
  fc.constantFrom('', 'a', 'chrg_test_5y4zomdqoboas2g9rds'),
);
const ops: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), key, value: fc.integer() }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), key }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('clear' as const) }) },
  ),
  { maxLength: 60 },
);

test('answers as one Map would: get, has, size and the values, after any sets, deletes and clears', () => {
  fc.assert(
    fc.property(ops, fc.array(key, { maxLength: 10 }), (list, probes) => {
      const sharded = new ShardedMap<number>();
      const plain = new Map<string, number>();
      for (const step of list) {
        if (step.op === 'set') expect(sharded.set(step.key, step.value)).toBe(sharded);
        if (step.op === 'set') plain.set(step.key, step.value);
        if (step.op === 'delete') expect(sharded.delete(step.key)).toBe(plain.delete(step.key));
        if (step.op === 'clear') {
          sharded.clear();
          plain.clear();
        }
        expect(sharded.size).toBe(plain.size);
      }
      for (const probe of [...probes, ...plain.keys()]) {
        expect(sharded.get(probe)).toBe(plain.get(probe));
        expect(sharded.has(probe)).toBe(plain.has(probe));
      }
      expect([...sharded.values()].sort()).toEqual([...plain.values()].sort());
    }),
    { numRuns: 300 },
  );
});

test('spreads ids evenly: of 16,000 ids of a seeded simulator, no map gets more than 1.25 times its share', () => {
  const ids = new IdGenerator(seededRandom(1));
  const perShard = new Array<number>(16).fill(0);
  const now = Date.parse('2026-11-30T00:00:00Z');
  for (let i = 0; i < 16_000; i++) {
    const shard = shardIndex(ids.next('chrg', now + i));
    perShard[shard] = (perShard[shard] as number) + 1;
  }
  expect(Math.min(...perShard)).toBeGreaterThan(750);
  expect(Math.max(...perShard)).toBeLessThan(1250);
});

test('takes a key that is not a string, as a Map would, instead of throwing', () => {
  const sharded = new ShardedMap<number>();
  sharded.set(undefined as never, 1);
  expect(sharded.get(undefined as never)).toBe(1);
  expect(sharded.size).toBe(1);
});
