import { type ErrorCode, errorCodes, errorLocation } from '../errors/error-codes.js';
import { controlApi } from '../http/routes/control-api.js';
import { describedOperations, type Operation, toOpenApiPath } from './described-operations.js';
import type { Examples } from './rendered-examples.js';
import { type JsonSchema, schemaOf } from './schema-of.js';

export interface AppRoute {
  readonly method: string;
  readonly path: string;
}

/** Every list has the same envelope; its `data` holds whichever objects the endpoint lists. */
function listSchema(examples: readonly unknown[]): JsonSchema {
  const schema = schemaOf(examples) as { properties: Record<string, JsonSchema> };
  const item = { type: 'object', properties: { object: { type: 'string' } }, required: ['object'] };
  return { ...schema, properties: { ...schema.properties, data: { type: 'array', items: item } } };
}

function componentSchemas(examples: Examples): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const [kind, list] of Object.entries(examples))
    schemas[kind] = kind === 'list' ? listSchema(list) : schemaOf(list);
  return schemas;
}

/** One response per code of the error table, with its status and default message. */
function errorResponses(): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [code, { message }] of Object.entries(errorCodes)) {
    const example = { object: 'error', location: errorLocation(code as ErrorCode), code, message };
    responses[code] = {
      description: message,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/error' }, example } },
    };
  }
  return responses;
}

/** The error codes an operation can answer with, from what it is: keyed, with an id, with a body. */
function errorsOf(operation: Operation): ErrorCode[] {
  const codes: ErrorCode[] = [];
  const keyed = operation.auth !== 'none';
  if (operation.method !== 'GET') codes.push('bad_request', 'request_entity_too_large');
  if (keyed) codes.push('authentication_failure');
  if (operation.path.includes(':') || operation.path.includes('*')) codes.push('not_found');
  if (operation.returns)
    codes.push('too_many_requests', 'internal_error', 'bad_gateway', 'service_unavailable');
  return codes;
}

function okResponse(operation: Operation): unknown {
  if (operation.html)
    return { description: 'an HTML page', content: { 'text/html': { schema: { type: 'string' } } } };
  if (operation.eventStream)
    return {
      description: operation.description,
      content: { 'text/event-stream': { schema: { type: 'string' } } },
    };
  const schema = operation.returns
    ? { $ref: `#/components/schemas/${operation.returns}` }
    : { type: 'object' };
  return { description: operation.description, content: { 'application/json': { schema } } };
}

function parametersOf(operation: Operation, path: string): unknown[] {
  const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (operation.method !== 'GET') return inPath;
  const query = Object.entries(operation.params ?? {}).map(([name, description]) => ({
    name,
    in: 'query',
    description,
    schema: { type: 'string' },
  }));
  return [...inPath, ...query];
}

function requestBodyOf(operation: Operation): unknown {
  if (operation.method === 'GET' || !operation.params) return undefined;
  const properties: Record<string, JsonSchema> = {};
  for (const [name, description] of Object.entries(operation.params)) properties[name] = { description };
  const schema = { type: 'object', properties };
  return {
    content: { 'application/x-www-form-urlencoded': { schema }, 'application/json': { schema } },
  };
}

function operationObject(operation: Operation, path: string): Record<string, unknown> {
  const responses: Record<string, unknown> = { 200: okResponse(operation) };
  for (const code of errorsOf(operation))
    responses[String(errorCodes[code].status)] ??= { $ref: `#/components/responses/${code}` };
  const requestBody = requestBodyOf(operation);
  return {
    summary: operation.description,
    tags: [operation.tag],
    ...(operation.auth === 'none' ? { security: [] } : {}),
    parameters: parametersOf(operation, path),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of a running app: its paths are the app's own routes (`app.routes`), described
 * by the tables the code already keeps (`controlApi`, the Omise operations), errors from the error table,
 * and object schemas derived from objects the render layer produced. Routes nothing describes are returned
 * as `undescribed` (and a test fails on them) rather than guessed.
 */
export function buildOpenApi(routes: readonly AppRoute[], examples: Examples) {
  const { operations, undescribed } = describedOperations(routes);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const path = toOpenApiPath(operation.path);
    paths[path] ??= {};
    paths[path][operation.method.toLowerCase()] = operationObject(operation, path);
  }
  const document = {
    openapi: '3.1.0',
    info: {
      title: 'omise-sim',
      version: '1',
      description: `The simulated Omise API and the simulator's control API. ${controlApi.auth}.`,
    },
    servers: [{ url: '/' }],
    security: [{ secretKey: [] }],
    tags: [{ name: 'omise' }, { name: 'control' }, { name: 'pages' }],
    paths,
    components: {
      securitySchemes: { secretKey: { type: 'http', scheme: 'basic', description: controlApi.auth } },
      schemas: componentSchemas(examples),
      responses: errorResponses(),
    },
  };
  return { document, undescribed };
}
