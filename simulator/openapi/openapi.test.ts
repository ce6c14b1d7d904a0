import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../errors/error-codes.js';
import { type TestApi, testApi } from '../test-support/test-api.js';
import { allOperations, describedOperations, toOpenApiPath } from './described-operations.js';

type Operation = {
  responses: Record<string, unknown>;
  parameters: { name: string; in: string; required?: boolean }[];
};

type Doc = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
};

let api: TestApi;
let doc: Doc;
const appRoutes = () => api.sim.app.routes.filter((route) => route.method !== 'ALL');

beforeAll(async () => {
  api = testApi('shop');
  const answer = await api.sim.request('/_sim/openapi.json');
  expect(answer.status).toBe(200);
  doc = (await answer.json()) as Doc;
});

function validator(kind: string) {
  const ajv = new Ajv2020({ strict: false });
  for (const [name, schema] of Object.entries(doc.components.schemas))
    ajv.addSchema(schema, `#/components/schemas/${name}`);
  return (body: unknown) => {
    const valid = ajv.validate(`#/components/schemas/${kind}`, body);
    return valid ? 'valid' : ajv.errorsText();
  };
}

describe('the OpenAPI document at /_sim/openapi.json', () => {
  it('describes every route of the app, and no route the app lacks', () => {
    expect(describedOperations(appRoutes()).undescribed).toEqual([]);
    for (const route of appRoutes()) {
      const path = toOpenApiPath(route.path);
      const prefix = path.endsWith('/*') ? path.slice(0, -1) : null;
      const documented = Object.entries(doc.paths).filter(
        ([documentedPath, item]) =>
          (documentedPath === path || (prefix && documentedPath.startsWith(prefix))) &&
          item[route.method.toLowerCase()] !== undefined,
      );
      expect(documented.length, `${route.method} ${route.path}`).toBeGreaterThan(0);
    }
    const described = describedOperations(appRoutes()).operations.map(
      (operation) => `${operation.method} ${operation.path}`,
    );
    for (const operation of allOperations())
      expect(described).toContain(`${operation.method} ${operation.path}`);
  });

  it('has the structure OpenAPI 3.1 requires', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('omise-sim');
    expect(typeof doc.info.version).toBe('string');
    const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path.startsWith('/')).toBe(true);
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name);
      for (const [method, operation] of Object.entries(item)) {
        expect(methods.has(method), `${method} ${path}`).toBe(true);
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
        const declared = operation.parameters.filter((parameter) => parameter.in === 'path');
        expect(declared.map((parameter) => parameter.name).sort()).toEqual([...inPath].sort());
        expect(declared.every((parameter) => parameter.required === true)).toBe(true);
      }
    }
    new Ajv2020({ strict: false }).compile({ $defs: doc.components.schemas });
  });

  it('answers every error code of the error table with its status', () => {
    const responses = (doc.components as unknown as { responses: Record<string, unknown> }).responses;
    expect(Object.keys(responses).sort()).toEqual(Object.keys(errorCodes).sort());
    expect(doc.paths['/charges/{id}']?.get?.responses['404']).toEqual({
      $ref: '#/components/responses/not_found',
    });
  });

  it('has schemas that real answers validate against: charge, source, refund, list, error', async () => {
    const source = await api.post('/sources', { type: 'alipayplus_mpm', amount: 150000, currency: 'THB' });
    expect(validator('source')(source.body)).toBe('valid');
    const charge = await api.post('/charges', { amount: 150000, currency: 'THB', source: source.body.id });
    expect(validator('charge')(charge.body)).toBe('valid');
    await api.post(`/charges/${charge.body.id}/mark_as_paid`);
    const refund = await api.post(`/charges/${charge.body.id}/refunds`, { amount: 1000 });
    expect(validator('refund')(refund.body)).toBe('valid');
    const failed = await api.post('/charges', {
      amount: 150000,
      currency: 'THB',
      source: { type: 'alipayplus_mpm' },
    });
    const failure = await api.post(`/charges/${failed.body.id}/mark_as_failed`, {
      failure_code: 'payment_rejected',
    });
    expect(failure.body.failure_code).toBe('payment_rejected');
    expect(validator('charge')(failure.body)).toBe('valid');
    expect(validator('list')((await api.get('/charges')).body)).toBe('valid');
    expect(validator('event')((await api.get('/events')).body.data)).not.toBe('valid');
    const event = ((await api.get('/events')).body.data as unknown[])[0];
    expect(validator('event')(event)).toBe('valid');
    expect(validator('error')((await api.get('/charges/chrg_test_nothing')).body)).toBe('valid');
    expect(validator('capability')((await api.get('/capability')).body)).toBe('valid');
    expect(validator('charge')(refund.body)).not.toBe('valid');
  });

  it('needs no key, like GET /_sim', async () => {
    const answer = await api.sim.request('/_sim/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
  });
});
