// defineJob and the typed enqueue helpers: the @ts-expect-error lines are checked by `npm run typecheck`.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, repeatKey } from './define.js';
import { enqueueJob, jobSpec, type JobSpec } from './enqueue.js';
import { DEFAULT_BACKOFF, DEFAULT_MAX_ATTEMPTS } from './types.js';

const notePayload = z.object({ noteId: z.string(), words: z.number().optional() });
const tickPayload = z.strictObject({});

declare module './types.js' {
  interface JobPayloads {
    'test.note': z.infer<typeof notePayload>;
    'test.tick': z.infer<typeof tickPayload>;
  }
}

const handle = async () => undefined;

/** Compiled, never called: each line marked @ts-expect-error must fail to compile, or typecheck fails. */
export function typeChecks(target: Parameters<typeof enqueueJob>[0]): unknown[] {
  return [
    // The declared payload and its own schema: accepted.
    defineJob('test.note', { schema: notePayload, mode: 'io', handle }),
    // Another schema that parses to the declared type and accepts it (here, through a transform): accepted.
    defineJob('test.note', { schema: notePayload.transform((p) => ({ ...p, noteId: p.noteId.trim() })), mode: 'io', handle }),
    // @ts-expect-error a default makes an optional declared field required: the parsed type differs
    defineJob('test.note', { schema: z.object({ noteId: z.string(), words: z.number().default(0) }), mode: 'io', handle }),
    // @ts-expect-error a schema whose output lacks a declared field
    defineJob('test.note', { schema: z.object({ words: z.number().optional() }), mode: 'io', handle }),
    // @ts-expect-error a schema demanding a field the declared payload does not have
    defineJob('test.note', { schema: z.object({ noteId: z.string(), words: z.number().optional(), extra: z.string() }), mode: 'io', handle }),
    // @ts-expect-error a schema that drops an optional declared field (the handler would never see it)
    defineJob('test.note', { schema: z.object({ noteId: z.string() }), mode: 'io', handle }),
    // @ts-expect-error a schema with another type for a field
    defineJob('test.note', { schema: z.object({ noteId: z.number(), words: z.number().optional() }), mode: 'io', handle }),
    // @ts-expect-error a name nobody declared
    defineJob('test.nobody', { schema: notePayload, mode: 'io', handle }),
    // @ts-expect-error a periodic job's payload of the wrong shape
    defineJob('test.note', { schema: notePayload, mode: 'io', repeat: { everyMs: 1000, payload: { noteId: 1 } }, handle }),
    defineJob('test.note', {
      schema: notePayload,
      mode: 'io',
      async handle(payload) {
        // @ts-expect-error the handler's payload is the declared type
        payload.missing;
      },
    }),
    defineJob('test.note', {
      schema: notePayload,
      mode: 'transaction',
      handle,
      async handleBatch(jobs) {
        // @ts-expect-error the set form's payloads are the declared type too
        jobs[0]?.payload.missing;
      },
    }),
    enqueueJob(target, 'ws', 'test.note', { noteId: 'n1' }),
    // @ts-expect-error a payload of the wrong shape for its name
    enqueueJob(target, 'ws', 'test.note', { noteId: 1 }),
    // @ts-expect-error another job's payload
    enqueueJob(target, 'ws', 'test.tick', { noteId: 'n1' }),
    jobSpec('test.note', { noteId: 'n1', words: 3 }, { serialKey: 'note:n1' }),
    // @ts-expect-error jobSpec checks the payload against the name
    jobSpec('test.note', { words: 3 }),
    // @ts-expect-error a hand-written spec is checked as well
    ((): JobSpec => ({ name: 'test.tick', payload: { noteId: 'n1' } }))(),
  ];
}

describe('defineJob', () => {
  it('binds the name and fills in the default attempts and backoff', () => {
    const job = defineJob('test.note', { schema: notePayload, mode: 'transaction', handle });
    expect(job).toMatchObject({ name: 'test.note', mode: 'transaction', maxAttempts: DEFAULT_MAX_ATTEMPTS, backoff: DEFAULT_BACKOFF });
    expect(job.repeat).toBeUndefined();
    expect(defineJob('test.note', { schema: notePayload, mode: 'io', maxAttempts: 3, handle }).maxAttempts).toBe(3);
  });

  it('accepts a set form only for transaction jobs, and gives the registered job its runBatch', () => {
    const handleBatch = async () => undefined;
    expect(defineJob('test.note', { schema: notePayload, mode: 'transaction', handle, handleBatch }).runBatch).toBeTypeOf('function');
    expect(defineJob('test.note', { schema: notePayload, mode: 'transaction', handle }).runBatch).toBeUndefined();
    expect(() => defineJob('test.note', { schema: notePayload, mode: 'io', handle, handleBatch })).toThrow('handleBatch is for transaction jobs only');
  });

  it("gives a periodic job's next run under its repeat key, everyMs after now", () => {
    const job = defineJob('test.tick', { schema: tickPayload, mode: 'io', repeat: { everyMs: 60_000, payload: {} }, handle });
    expect(job.repeat?.nextRun(1_000)).toEqual({
      name: 'test.tick',
      payload: {},
      options: { jobKey: repeatKey('test.tick'), onKeyConflict: 'keep', runAt: 61_000 },
    });
  });
});
