/** The newest modification time (ms) among the sources, their directories and the build's configuration. */
export function newestSourceTime(root: string): number;
/** Whether dist/ is missing or older than any source. */
export function isDistStale(root: string): boolean;
