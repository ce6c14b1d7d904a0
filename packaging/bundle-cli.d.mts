export const CHUNK_DIR: string;
export function bundleCli(root: string, outdir?: string): Promise<string>;
