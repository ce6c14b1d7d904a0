export type Params = Record<string, unknown>;

/**
 * Parses `application/x-www-form-urlencoded` with bracket nesting, as Ruby's rest-client, PHP's
 * http_build_query and curl send it: `source[type]=x`, `metadata[a][b]=1`, `webhook_endpoints[]=u`,
 * `items[0][name]=n`.
 */
export function parseFormParams(body: string): Params {
  const params: Params = {};
  for (const [name, value] of new URLSearchParams(body)) assign(params, keyPath(name), value);
  return params;
}

function keyPath(name: string): string[] {
  const open = name.indexOf('[');
  if (open <= 0 || !name.endsWith(']')) return [name];
  const rest = name.slice(open + 1, -1).split('][');
  return [name.slice(0, open), ...rest];
}

function assign(target: Params | unknown[], path: string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (Array.isArray(target)) {
    assignInArray(target, head, rest, value);
    return;
  }
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const wantsArray = rest[0] === '' || /^\d+$/.test(rest[0] ?? '');
  const existing = target[head];
  const child = isContainer(existing) ? existing : wantsArray ? [] : {};
  target[head] = child;
  assign(child, rest, value);
}

function assignInArray(target: unknown[], head: string, rest: string[], value: string): void {
  const index = head === '' ? target.length : Number(head);
  if (rest.length === 0) {
    target[index] = value;
    return;
  }
  const existing = target[index];
  const child = isContainer(existing) ? existing : {};
  target[index] = child;
  assign(child, rest, value);
}

function isContainer(value: unknown): value is Params | unknown[] {
  return typeof value === 'object' && value !== null;
}
