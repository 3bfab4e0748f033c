// defineJob (hand-written core): binds a job name to its definition, checking the schema against the declared payload.
import type { z } from 'zod';
import { jobSpec } from './enqueue.js';
import { DEFAULT_BACKOFF, DEFAULT_MAX_ATTEMPTS, type JobDefinition, type JobName, type JobPayloads, type RegisteredJob } from './types.js';

/** True when A and B are the same payload type: each assignable to the other, with the same property names. */
type SamePayload<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/**
 * `S` itself when it fits the payload type `P` declared for a job name: it parses to `P` (not a narrower or wider
 * type, not one with a property more or less) and accepts every `P` (the enqueued payload, stored as JSON, is what
 * it parses). Otherwise a type that no schema has, whose fields say what differs, so the defineJob call fails.
 */
export type SchemaFor<S extends z.ZodType, P> =
  SamePayload<z.output<S>, P> extends true
    ? [P] extends [z.input<S>]
      ? S
      : { readonly schemaDoesNotAcceptTheDeclaredPayload: P; readonly accepts: z.input<S> }
    : { readonly schemaParsesToADifferentTypeThanDeclared: P; readonly parses: z.output<S> };

/** The job key under which a periodic job's one queued run is kept. */
export const repeatKey = (name: string): string => `repeat:${name}`;

/**
 * Registers the job `name` (declared in JobPayloads beside its schema). The definition's payload type is the one
 * declared for the name; a schema that parses to anything else is a compile error here, at the call site.
 *
 *     export const leadExpirePayload = z.object({ leadId: z.string() });
 *     declare module '../../core/jobs/types.js' { interface JobPayloads { 'lead.expire': z.infer<typeof leadExpirePayload> } }
 *     export const leadExpireJob = defineJob('lead.expire', { schema: leadExpirePayload, mode: 'transaction', async handle({ leadId }, ctx) { … } });
 */
export function defineJob<N extends JobName, S extends z.ZodType<JobPayloads[N]>>(
  name: N,
  definition: JobDefinition<JobPayloads[N]> & { readonly schema: S & SchemaFor<S, JobPayloads[N]> },
): RegisteredJob<N> {
  const schema: z.ZodType<JobPayloads[N]> = definition.schema;
  const parse = (stored: string): JobPayloads[N] => {
    let json: unknown;
    try {
      json = JSON.parse(stored);
    } catch {
      throw permanentError('payload is not JSON');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw permanentError(parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '));
    return parsed.data;
  };
  const { repeat, handleBatch } = definition;
  if (handleBatch && definition.mode !== 'transaction') throw new Error(`job ${name}: handleBatch is for transaction jobs only`);
  return {
    name,
    mode: definition.mode,
    maxAttempts: definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    backoff: definition.backoff ?? DEFAULT_BACKOFF,
    ...(repeat
      ? {
          repeat: {
            everyMs: repeat.everyMs,
            nextRun: (now: number) => jobSpec(name, repeat.payload, { jobKey: repeatKey(name), onKeyConflict: 'keep', runAt: now + repeat.everyMs }),
          },
        }
      : {}),
    run: (stored, ctx) => definition.handle(parse(stored), ctx),
    ...(handleBatch
      ? { runBatch: (jobs, ctx) => handleBatch.call(definition, jobs.map((j) => ({ payload: parse(j.storedPayload), ctx: j.ctx })), ctx) }
      : {}),
    async failed(stored, ctx, failure) {
      if (!definition.onFailed) return;
      let payload: JobPayloads[N];
      try {
        payload = parse(stored);
      } catch {
        // Nothing to tell the job's own records about: they are named by the payload that no longer reads.
        return;
      }
      await definition.onFailed(payload, ctx, failure);
    },
  };
}

/** A payload that does not parse will not parse on a retry either: the job is dead at once. */
const permanentError = (reason: string): Error => Object.assign(new Error(`payload no longer valid: ${reason}`), { retryable: false });
