/** The operations an API fault can aim at by name, whatever the id in their path. */
export const apiOperations = {
  create_charge: { method: 'POST', path: /^\/charges\/?$/ },
  create_source: { method: 'POST', path: /^\/sources\/?$/ },
  create_refund: { method: 'POST', path: /^\/charges\/[^/]+\/refunds\/?$/ },
} as const;

export type ApiOperation = keyof typeof apiOperations;

export function isApiOperation(name: string): name is ApiOperation {
  return Object.hasOwn(apiOperations, name);
}

export function matchesOperation(operation: ApiOperation, method: string, path: string): boolean {
  const { method: wanted, path: pattern } = apiOperations[operation];
  return method === wanted && pattern.test(path);
}
