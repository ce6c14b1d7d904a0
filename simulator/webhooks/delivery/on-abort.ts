// One listener per signal (the simulator's), however many attempts are open: not one each, which would
// cost an EventTarget registration per attempt and warn past 10 at once (MaxListenersExceededWarning).
const cancellers = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `cancel` when `signal` aborts, until the returned function is called. */
export function onAbort(signal: AbortSignal, cancel: () => void): () => void {
  let open = cancellers.get(signal);
  if (!open) {
    const all = new Set<() => void>();
    signal.addEventListener(
      'abort',
      () => {
        for (const each of all) each();
      },
      { once: true },
    );
    cancellers.set(signal, all);
    open = all;
  }
  open.add(cancel);
  const set = open;
  return () => set.delete(cancel);
}
