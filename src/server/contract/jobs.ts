// Wire shapes of the jobs routes (routes/jobs.ts): jobs and timers, dead ones retried by hand.
import { z } from 'zod';
import { pageQuery } from './paging.js';

export const jobStatusSchema = z.enum(['queued', 'running', 'done', 'dead', 'cancelled']);

export const jobSchema = z
  .object({
    id: z.number().int(),
    name: z.string().describe('The handler: inbox.process, delivery.send, lead.expire…'),
    status: jobStatusSchema,
    payload: z.unknown().describe('The JSON the handler receives.'),
    serial_key: z.string().nullable().describe('Jobs sharing one run one at a time, in order.'),
    job_key: z.string().nullable().describe('At most one queued job per key.'),
    run_at: z.number().describe('Due at (UTC epoch ms); a timer is a job due later.'),
    attempts: z.number().int(),
    max_attempts: z.number().int(),
    last_error: z.string().nullable(),
    progress: z.object({ done: z.number(), total: z.number() }).nullable().describe('Reported by long jobs as they go.'),
    created_at: z.number().describe('UTC epoch ms'),
    updated_at: z.number().describe('UTC epoch ms'),
    finished_at: z.number().nullable().describe('UTC epoch ms'),
  })
  .meta({ id: 'Job' });

export const jobParams = z.object({ id: z.coerce.number().int().positive() });

export const listJobsQuery = z.object({
  ...pageQuery,
  cursor: z.string().regex(/^\d+$/, 'must be the next_cursor of the previous page').optional().describe('next_cursor of the previous page; leave it out for the first page.'),
  status: jobStatusSchema.optional(),
  name: z.string().optional(),
});
