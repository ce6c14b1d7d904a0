import type { Scheduler } from '../clock/scheduler.js';

/** An operation a `held` fault cut the client off from; it lands later on the account clock. */
export interface HeldOperation {
  readonly id: number;
  readonly ruleId: number;
  readonly method: string;
  readonly path: string;
  readonly heldAt: number;
  readonly landsAt: number;
  /** Once landed: the answer the client never got (status and the object's id, if one was made). */
  landed: { readonly status: number; readonly objectId: string | null } | null;
}

/**
 * Operations held and not landed yet, per account. Each keeps its request (a body up to the body limit) until
 * it lands, and a frozen clock never lands it: `POST /_sim/api_faults` refuses a `held` rule that could hold
 * more (see heldFaultRoom). Far above what a scenario run holds (one fault a step at most, 30 steps).
 */
export const MAX_HELD_OPERATIONS = 100;
/** Landed operations still listed (with the status and object they got): the latest ones. */
export const MAX_LANDED_KEPT = 100;

/**
 * The account's held operations. Each lands by sending its request again (as tooling, so no fault hits it
 * twice) once the clock passes its time; `landing()` resolves when every one that started has finished.
 * The list keeps the waiting ones and the latest landed ones (the older landed leave it).
 */
export class HeldOperations {
  #held: HeldOperation[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  #nextId = 1;

  hold(
    scheduler: Scheduler,
    held: Omit<HeldOperation, 'id' | 'landed'>,
    land: () => Promise<Response>,
  ): HeldOperation {
    const operation: HeldOperation = { ...held, id: this.#nextId++, landed: null };
    this.#held.push(operation);
    scheduler.schedule(held.landsAt, 'held API operation lands', () => {
      const done = this.#land(operation, land);
      this.#inFlight.add(done);
      void done.finally(() => this.#inFlight.delete(done));
    });
    return operation;
  }

  async #land(operation: HeldOperation, land: () => Promise<Response>): Promise<void> {
    const response = await land();
    const body = (await response.json().catch(() => ({}))) as { id?: unknown; object?: unknown };
    const objectId = body.object !== 'error' && typeof body.id === 'string' ? body.id : null;
    operation.landed = { status: response.status, objectId };
    this.#forgetOldLanded();
  }

  /** Operations held that have not landed yet (each keeps its request). */
  waiting(): number {
    return this.#held.filter((held) => held.landed === null).length;
  }

  #forgetOldLanded(): void {
    let landed = this.#held.length - this.waiting();
    if (landed <= MAX_LANDED_KEPT) return;
    this.#held = this.#held.filter((held) => held.landed === null || --landed < MAX_LANDED_KEPT);
  }

  list(): readonly HeldOperation[] {
    return this.#held;
  }

  /** Waits for the operations landing right now (started by a clock move) to finish. */
  async landing(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.all(this.#inFlight);
  }

  clear(): void {
    this.#held = [];
  }
}
