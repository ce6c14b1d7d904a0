/**
 * `load()` on the first call, and the same promise after that: an `import()` resolves its specifier again on
 * every call, even for a loaded module (under a loader such as tsx, a round trip to its thread). A failed
 * load is not kept: the next call tries again, so one failure (a test runner's module fetch timing out on a
 * loaded machine) does not fail every later render or webhook of the process.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (loading === undefined) {
      const attempt = load();
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = undefined;
      });
    }
    return loading;
  };
}
