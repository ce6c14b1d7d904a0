/**
 * One holder at a time. `take` is synchronous: whoever finds the gate free (`held` undefined) and takes it in
 * the same turn of the event loop holds it before anyone else can.
 */
export class TurnGate {
  #held: Promise<void> | undefined;

  /** Resolves when the holder lets go; undefined while the gate is free. */
  get held(): Promise<void> | undefined {
    return this.#held;
  }

  /** Resolves once the gate is free (again, if someone took it in between). */
  async free(): Promise<void> {
    while (this.#held) await this.#held;
  }

  /** Takes the free gate; returns the function that lets it go. */
  take(): () => void {
    if (this.#held) throw new Error('the gate is held: wait until it is free');
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    this.#held = held;
    return () => {
      if (this.#held === held) this.#held = undefined;
      letGo();
    };
  }
}
