import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A module of the simulator as users run it: from the build, `built` being its path relative to bench/ (such
 * as `../dist/simulator/index.js`; `npm run bench` builds when stale), else from the sources through `source`.
 * Under tsx, which runs the bench, the sources pay for a naming wrapper around every closure; the build does
 * not.
 */
export async function fromBuild<T>(built: string, source: () => Promise<T>): Promise<T> {
  const url = new URL(built, import.meta.url);
  return existsSync(fileURLToPath(url)) ? ((await import(url.href)) as T) : source();
}
