// GET /api/openapi.json: the OpenAPI 3.0 document, complete enough to generate a client from (hand-written core).
//
// Routes declare their operationId, tags, input and 2xx schemas; this file adds what every route shares: the error
// answers each route can give (400/401/403/404/413 follow from what it declares; 409, 422, 429 and 502 it declares
// itself with errorResponses()), `security: []` on public routes, the server URL and the tag descriptions.
import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../core/api-errors.js';
import { ROLES } from '../core/auth/types.js';
import type { AppContext } from '../core/context.js';

export interface ApiTag {
  readonly name: string;
  readonly description: string;
}

/** The core's tags; each module adds one named after itself (ModuleDescriptor.description). */
export const CORE_TAGS: readonly ApiTag[] = [
  { name: 'auth', description: 'Sign in and out, first-run setup, and who is calling.' },
  { name: 'users', description: 'The people who sign in to the workspace, and their roles.' },
  { name: 'tokens', description: 'API tokens for integrations (sent as `Authorization: Bearer <token>`).' },
  { name: 'workspace', description: 'The workspace settings, the audit log, what needs attention, and the live change stream.' },
  { name: 'webhook-log', description: 'Webhooks as received: stored events with their outcome, refused requests, replay.' },
  { name: 'jobs', description: 'Background jobs and timers: list, retry a dead one, cancel a queued one.' },
  { name: 'deliveries', description: 'Messages and list entries sent to providers, with their answers; retry by hand.' },
  { name: 'uploads', description: 'Files uploaded to a module (contact sheets): status, progress and result of their import.' },
  { name: 'providers', description: "Each outside provider's credentials and base URL for the workspace (secrets masked), and a connection test." },
];

/** What a success answer is called when its schema does not describe itself. */
const SUCCESS_DESCRIPTIONS: Record<string, string> = { '200': 'OK', '201': 'Created', '202': 'Accepted', '204': 'No content' };

/** What each error status means for every route that answers it. */
const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'The request is not valid; the message names each failing field.',
  '401': 'Not signed in, or the API token is unknown or revoked.',
  '403': "The caller's role may not do this, or a session's x-csrf-token header is missing.",
  '404': 'Nothing with this id in the workspace.',
  '409': 'Refused in the current state; the message says why.',
  '413': 'The body is larger than the limit.',
  '422': 'The provider refused the key or token in the settings.',
  '429': 'Too many attempts; the Retry-After header says how many seconds to wait.',
  '502': 'The provider failed or could not be reached.',
};

const CHANGES_STATE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const HAS_BODY = new Set(['POST', 'PUT', 'PATCH']);

function methodsOf(route: RouteOptions): string[] {
  return Array.isArray(route.method) ? route.method : [route.method];
}

/**
 * The error statuses a route can answer whatever its handler does: 400 when it takes input (a body that is not
 * JSON included), 401 unless public, 403 when its roles are restricted or it changes state (a session must send
 * the CSRF header), 404 when its path names something, 413 when it takes a body.
 */
export function sharedErrorStatuses(route: RouteOptions): number[] {
  const schema = route.schema ?? {};
  const methods = methodsOf(route);
  const changes = methods.some((m) => CHANGES_STATE.has(m));
  const isPublic = route.config?.public === true;
  const restricted = route.config?.roles !== undefined && route.config.roles.length < ROLES.length;
  const statuses: number[] = [];
  if (schema.body || schema.querystring || schema.params || changes) statuses.push(400);
  if (!isPublic) statuses.push(401);
  if (!isPublic && (restricted || changes)) statuses.push(403);
  if (schema.params) statuses.push(404);
  if (methods.some((m) => HAS_BODY.has(m))) statuses.push(413);
  return statuses;
}

/** onRoute hook: adds the shared error answers and marks public routes as needing no credentials. */
export function documentRoute(route: RouteOptions): void {
  const schema = route.schema;
  if (!schema || schema.hide) return;
  const response: Record<string, unknown> = {};
  for (const status of sharedErrorStatuses(route)) response[status] = apiErrorSchema;
  route.schema = {
    ...schema,
    response: { ...response, ...(schema.response ?? {}) },
    ...(route.config?.public === true ? { security: [] } : {}),
  };
}

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every `$ref` target in a part of the document. */
function collectRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, into);
  else if (isJson(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') into.add(v);
      else collectRefs(v, into);
    }
  }
}

/**
 * OpenAPI 3.0 wants a `type` beside `nullable`; zod writes a nullable named schema as `{ nullable, allOf: [$ref] }`
 * (copied: the referenced schema's type goes next to it) and a nullable union as `{ nullable, anyOf: [...] }` (moved:
 * each typed member becomes nullable instead), everywhere in `value`.
 */
function typeNullableRefs(value: unknown, schemas: Json): void {
  if (Array.isArray(value)) for (const v of value) typeNullableRefs(v, schemas);
  if (!isJson(value)) return;
  const allOf = value['allOf'];
  if (value['nullable'] === true && value['type'] === undefined && Array.isArray(allOf) && allOf.length === 1) {
    const ref = isJson(allOf[0]) ? allOf[0]['$ref'] : undefined;
    const target = typeof ref === 'string' ? schemas[ref.replace('#/components/schemas/', '')] : undefined;
    if (isJson(target) && typeof target['type'] === 'string') value['type'] = target['type'];
  }
  const anyOf = value['anyOf'];
  if (value['nullable'] === true && value['type'] === undefined && Array.isArray(anyOf) && anyOf.every((m) => isJson(m) && typeof m['type'] === 'string')) {
    for (const member of anyOf) if (isJson(member)) member['nullable'] = true;
    delete value['nullable'];
  }
  for (const v of Object.values(value)) typeNullableRefs(v, schemas);
}

/**
 * Finishes the document: answers get a description per status (unless a success schema describes itself), component schemas nothing refers to are
 * dropped (the zod registry holds an input and an output twin of every named schema; a route uses one of them),
 * and nullable references get their type.
 */
export function finishDocument(document: Json): Json {
  const paths = isJson(document['paths']) ? document['paths'] : {};
  for (const item of Object.values(paths)) {
    if (!isJson(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isJson(operation) || !isJson(operation['responses'])) continue;
      for (const [status, answer] of Object.entries(operation['responses'])) {
        if (!isJson(answer)) continue;
        const description = ERROR_DESCRIPTIONS[status] ?? (answer['description'] === 'Default Response' ? SUCCESS_DESCRIPTIONS[status] : undefined);
        if (description) answer['description'] = description;
      }
    }
  }
  const components = isJson(document['components']) ? document['components'] : {};
  const schemas = isJson(components['schemas']) ? components['schemas'] : {};
  // Keep what the paths use, then what those schemas use, until nothing new turns up.
  const used = new Set<string>();
  collectRefs(paths, used);
  let size = -1;
  while (size !== used.size) {
    size = used.size;
    for (const ref of [...used]) collectRefs(schemas[ref.replace('#/components/schemas/', '')], used);
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(`#/components/schemas/${name}`)));
  typeNullableRefs(paths, kept);
  typeNullableRefs(kept, kept);
  return { ...document, components: { ...components, schemas: kept } };
}

export interface OpenApiOptions {
  readonly ctx: Pick<AppContext, 'config'>;
  /** The core's tags and one per module, each with a description. */
  readonly tags: readonly ApiTag[];
}

/** Registers the document's generator; call before any route is registered, so every route is seen. */
export async function registerOpenApi(app: FastifyInstance, { ctx, tags }: OpenApiOptions): Promise<void> {
  app.addHook('onRoute', documentRoute);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Leadcycle API',
        version: '1',
        description: [
          'Every /api route needs a session cookie (the dashboard) or `Authorization: Bearer <token>` (integrations); a',
          'session must also send its CSRF token as `x-csrf-token` on POST, PUT, PATCH and DELETE.',
          '',
          'Fields are snake_case in queries, bodies and answers; times are UTC epoch milliseconds. Lists answer',
          '`{ items, next_cursor }`: pass `next_cursor` back as `cursor` for the next page, until it is null.',
          'Errors are `{ error: { code, message, requestId } }` with the HTTP status of the code.',
        ].join('\n'),
      },
      servers: [{ url: ctx.config.publicUrl, description: 'This server (PUBLIC_URL)' }],
      tags: [...tags],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token made under Team → API tokens.' },
          session: { type: 'apiKey', in: 'cookie', name: 'lc_session', description: 'Set by POST /api/auth/login.' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => finishDocument(jsonSchemaTransformObject(input) as Json),
  });
}

/** The document itself; registered after every route. */
export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
