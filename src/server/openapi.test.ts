// The error answers the OpenAPI set-up adds to each route by what it declares, and how it finishes the document.
import type { RouteOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EDITORS, MANAGERS, READERS } from '../core/auth/types.js';
import { finishDocument, sharedErrorStatuses } from './openapi.js';

const route = (over: Partial<RouteOptions>): RouteOptions => ({ method: 'GET', url: '/api/x', handler: async () => ({}), ...over });
const id = z.object({ id: z.string() });

describe('the error answers every route shares', () => {
  it.each([
    ['a read open to every role', route({ config: { roles: READERS } }), [401]],
    ['a read with filters, for some roles', route({ config: { roles: EDITORS }, schema: { querystring: z.object({ q: z.string() }) } }), [400, 401, 403]],
    ['one record by id', route({ config: { roles: READERS }, schema: { params: id } }), [400, 401, 404]],
    ['a change open to every role (a session must send its CSRF token)', route({ method: 'POST', config: { roles: READERS } }), [400, 401, 403, 413]],
    ['a delete by id for managers', route({ method: 'DELETE', config: { roles: MANAGERS }, schema: { params: id } }), [400, 401, 403, 404]],
    ['a public sign-in with a body', route({ method: 'POST', config: { public: true }, schema: { body: z.object({}) } }), [400, 413]],
    ['a public read without input', route({ config: { public: true } }), []],
  ] as const)('%s', (_name, r, statuses) => {
    expect(sharedErrorStatuses(r)).toEqual(statuses);
  });
});

describe('finishing the document', () => {
  const doc = () => ({
    paths: {
      '/api/x/{id}': {
        get: {
          responses: {
            '200': { description: 'Default Response', content: { 'application/json': { schema: { nullable: true, allOf: [{ $ref: '#/components/schemas/Thing' }] } } } },
            '404': { description: 'Default Response', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          },
        },
      },
    },
    components: { schemas: { Thing: { type: 'object', properties: { part: { $ref: '#/components/schemas/Part' } } }, Part: { type: 'string' }, ThingInput: { type: 'object' }, Error: { type: 'object' } } },
  });

  it('describes each answer by its status and gives a nullable reference its type', () => {
    const done = finishDocument(doc());
    expect(JSON.stringify(done)).toContain('"description":"OK"');
    expect(JSON.stringify(done)).toContain('"description":"Nothing with this id in the workspace."');
    expect(JSON.stringify(done)).toContain('"nullable":true,"allOf":[{"$ref":"#/components/schemas/Thing"}],"type":"object"');
  });

  it('keeps the component schemas the paths use, directly or through another schema, and drops the rest', () => {
    const done = finishDocument(doc()) as { components: { schemas: Record<string, unknown> } };
    expect(Object.keys(done.components.schemas).sort()).toEqual(['Error', 'Part', 'Thing']);
  });
});
