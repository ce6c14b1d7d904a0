export const CHUNK_DIR: string;
export function bundleCli(root: string): Promise<void>;
