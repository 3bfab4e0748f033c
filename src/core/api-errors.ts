// The one body every error answer of the API has, as a zod schema routes declare for the statuses they can answer.
import { z } from 'zod';
import { ERROR_CODES } from './errors.js';

/** `{ error: { code, message, requestId } }`: a component named Error in the OpenAPI document. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).describe('What went wrong, for programs: validation_failed, not_found, conflict…'),
      message: z.string().describe('What went wrong, for people (it names the failing fields).'),
      requestId: z.string().describe('Also sent as the x-request-id header; the server log has the same id.'),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('Structured context safe to show: the failing fields of a validation error, the id that was not found…'),
    }),
  })
  .meta({ id: 'Error', description: 'An error answer' });

export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/**
 * The error statuses a route may declare. The server adds 400, 401, 403, 404 and 413 to every route that can
 * answer them (server/openapi.ts); a route declares the others it can answer (409, 422, 429, 502) itself.
 */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 502;

/** `response: { 200: view, ...errorResponses(409) }`: the shared error body for each status. */
export function errorResponses<S extends ApiErrorStatus>(...statuses: S[]): Record<S, typeof apiErrorSchema> {
  const out: Partial<Record<S, typeof apiErrorSchema>> = {};
  for (const status of statuses) out[status] = apiErrorSchema;
  return out as Record<S, typeof apiErrorSchema>;
}
