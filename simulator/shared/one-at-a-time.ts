/**
 * Runs the works given to it one after another, each once the one before has settled (fulfilled or not), and
 * answers each with its own result: for a connection that must not be sent a second command while one runs.
 */
export function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = last.then(work, work);
    last = next.catch(() => {});
    return next;
  };
}
