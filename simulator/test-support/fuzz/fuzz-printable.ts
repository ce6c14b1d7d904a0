import fc from 'fast-check';

// Values the fuzz builds only when it sends them, and prints short in a counterexample.

/** A string of `length` x's, printed short in a counterexample. */
export class LongString {
  constructor(readonly length: number) {}

  toString(): string {
    return 'x'.repeat(this.length);
  }

  toJSON(): string {
    return this.toString();
  }

  [fc.toStringMethod](): string {
    return `'x' * ${this.length}`;
  }
}

/**
 * `{"a": {"a": ...}}` or `[[...]]`, from moderately to far too deep: built only when sent (JSON.stringify
 * calls toJSON; the form encoder calls `build`), and printed short in a counterexample.
 */
export class DeepValue {
  constructor(
    readonly depth: number,
    readonly arrays: boolean,
  ) {}

  build(): unknown {
    let value: unknown = 1;
    for (let i = 0; i < this.depth; i++) value = this.arrays ? [value] : { a: value };
    return value;
  }

  toJSON(): unknown {
    return this.build();
  }

  [fc.toStringMethod](): string {
    return `deep(${this.depth}, ${this.arrays ? 'arrays' : 'hashes'})`;
  }
}
