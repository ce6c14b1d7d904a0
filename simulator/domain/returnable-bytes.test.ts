import fc from 'fast-check';
import { expect, test } from 'vitest';
import { seededRandom } from './ids.js';
import { ReturnableBytes } from './returnable-bytes.js';

type Step = { readonly draw: number } | { readonly steps: readonly Step[]; readonly fails: boolean };

const steps: fc.Arbitrary<Step[]> = fc.letrec<{ step: Step; steps: Step[] }>((tie) => ({
  step: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ draw: fc.integer({ min: 0, max: 5000 }) }),
    fc.record({ steps: tie('steps'), fails: fc.boolean() }),
  ),
  steps: fc.array(tie('step'), { maxLength: 6 }),
})).steps;

class Refused extends Error {}

/** Runs the steps; the bytes drawn outside every refused piece of work, in order. */
function run(bytes: ReturnableBytes, list: readonly Step[]): Uint8Array[] {
  const kept: Uint8Array[] = [];
  for (const step of list) {
    if ('draw' in step) {
      kept.push(Uint8Array.from(bytes.draw(step.draw)));
      continue;
    }
    try {
      kept.push(
        ...bytes.undrawnIfThrows(() => {
          const inner = run(bytes, step.steps);
          if (step.fails) throw new Refused();
          return inner;
        }),
      );
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
    }
  }
  return kept;
}

test(
  'what refused work drew comes out again first: the kept bytes are the stream as if it never ran',
  {
    timeout: 60_000,
  },
  () => {
    fc.assert(
      fc.property(fc.integer(), steps, (seed, list) => {
        const kept = Buffer.concat(run(new ReturnableBytes(seededRandom(seed)), list));
        expect(kept.equals(seededRandom(seed)(kept.length))).toBe(true);
      }),
      { numRuns: 300 },
    );
  },
);

test('work that succeeds keeps its bytes, and what it returns comes back', () => {
  const bytes = new ReturnableBytes(seededRandom(5));
  const drawn = bytes.undrawnIfThrows(() => [...bytes.draw(4)]);
  expect([...bytes.draw(4)]).not.toEqual(drawn);
  expect([...drawn, ...seededRandom(5)(8).subarray(4)]).toEqual([...seededRandom(5)(8)]);
});

test('bytes handed out never change, even when the same bytes are handed out again', () => {
  const bytes = new ReturnableBytes(seededRandom(9));
  let first: Uint8Array = new Uint8Array(0);
  expect(() =>
    bytes.undrawnIfThrows(() => {
      first = bytes.draw(11);
      throw new Refused();
    }),
  ).toThrow(Refused);
  const copy = [...first];
  const again = bytes.draw(11);
  for (let i = 0; i < 2000; i++) bytes.draw(7);
  expect([...first]).toEqual(copy);
  expect([...again]).toEqual(copy);
});
