export function cleanBuild(root: string): number;
