import { controlApi } from '../http/routes/control-api.js';
import { dashboardOperations } from './dashboard-operations.js';
import { type OperationText, omiseApiOperations } from './omise-api-operations.js';
import { pageOperations } from './page-operations.js';

export interface Operation extends OperationText {
  readonly params?: Readonly<Record<string, string>>;
  readonly tag: 'omise' | 'control' | 'pages';
}

export interface Route {
  readonly method: string;
  readonly path: string;
}

/** Hono's `:id` and `:action{regex}` become OpenAPI's `{id}`, `{action}`. */
export function toOpenApiPath(path: string): string {
  return plain(path).replace(/:(\w+)/g, '{$1}');
}

/** Hono's own form without a regex, to compare a route with a table's path. */
function plain(path: string): string {
  return path.replace(/(:\w+)\{.*\}$/, '$1');
}

/** Every operation the tables describe: the Omise API, the control API, the pages. */
export function allOperations(): Operation[] {
  const testParams = new Map(
    controlApi.omise_test_endpoints.map((entry) => [`${entry.method} ${entry.path}`, entry]),
  );
  const omise = omiseApiOperations.map((operation): Operation => {
    const extra = testParams.get(`${operation.method} ${operation.path}`);
    return { ...operation, tag: 'omise', ...(extra && 'params' in extra && { params: extra.params }) };
  });
  const control = controlApi.endpoints.map((entry): Operation => {
    const ui = entry.path === '/_sim/ui';
    const keyless = ui || entry.path === '/_sim/openapi.json';
    return {
      method: entry.method,
      path: entry.path,
      description: entry.description,
      auth: keyless ? 'none' : 'secret',
      html: ui,
      tag: ui ? 'pages' : 'control',
      ...('params' in entry && { params: entry.params as Record<string, string> }),
    };
  });
  return [
    ...omise,
    ...control,
    ...[...pageOperations, ...dashboardOperations].map(
      (operation): Operation => ({ ...operation, tag: 'pages' }),
    ),
  ];
}

/** The described operations of each app route; a wildcard route (`/_sim/events/*`) takes those below it. */
export function describedOperations(routes: readonly Route[]) {
  const operations = allOperations();
  const found = new Map<string, Operation>();
  const undescribed: Route[] = [];
  for (const route of routes) {
    if (route.method === 'ALL') continue;
    const path = plain(route.path);
    const prefix = path.endsWith('/*') ? path.slice(0, -1) : null;
    const matches = operations.filter(
      (operation) =>
        operation.method === route.method &&
        (operation.path === path || (prefix !== null && operation.path.startsWith(prefix))),
    );
    if (matches.length === 0) undescribed.push(route);
    for (const match of matches) found.set(`${match.method} ${match.path}`, match);
  }
  return { operations: [...found.values()], undescribed };
}
