import { Hono } from 'hono';
import { answerJson } from '../http/answer-json.js';
import type { AppEnv } from '../http/app-env.js';
import { type AppRoute, buildOpenApi } from './build-openapi.js';
import { renderedExamples } from './rendered-examples.js';

/**
 * `GET /_sim/openapi.json` (no key, like `GET /_sim`): the OpenAPI 3.1 document, built on the first request
 * from the app's routes as they are then (routes mounted after this module included) and kept.
 */
export function openApiRoutes(appRoutes: () => readonly AppRoute[]): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  let built: Promise<unknown> | undefined;
  routes.get('/_sim/openapi.json', async (c) => {
    built ??= renderedExamples()
      .then((examples) => buildOpenApi(appRoutes(), examples).document)
      .catch((error: unknown) => {
        built = undefined;
        throw error;
      });
    return answerJson(c, await built);
  });
  return routes;
}
