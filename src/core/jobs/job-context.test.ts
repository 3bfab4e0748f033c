// A worker's writer queue: on PostgreSQL its batches and groups of endings write one at a time, in the order they
// came. A job's logger: its lines name the job, and it costs nothing until the job logs.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { jobLogger, writerQueue, type RunEnv } from './job-context.js';
import type { JobRow } from './types.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('writerQueue', () => {
  it('on PostgreSQL, starts a write only when the one before has ended, even when that one failed', async () => {
    const oneWriter = writerQueue('postgres');
    const events: string[] = [];
    let open = 0;
    let most = 0;
    const write = (name: string, fail = false) =>
      oneWriter(async () => {
        open += 1;
        most = Math.max(most, open);
        events.push(`start ${name}`);
        await tick();
        await tick();
        events.push(`end ${name}`);
        open -= 1;
        if (fail) throw new Error(`${name} failed`);
        return name;
      });
    const results = await Promise.allSettled([write('batch'), write('endings', true), write('batch 2')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(most).toBe(1);
    expect(events).toEqual(['start batch', 'end batch', 'start endings', 'end endings', 'start batch 2', 'end batch 2']);
  });

  it('on SQLite, adds nothing: its one connection already runs one transaction at a time', async () => {
    const oneWriter = writerQueue('sqlite');
    let open = 0;
    let most = 0;
    const write = () =>
      oneWriter(async () => {
        open += 1;
        most = Math.max(most, open);
        await tick();
        open -= 1;
      });
    await Promise.all([write(), write()]);
    expect(most).toBe(2);
  });
});

describe('jobLogger', () => {
  it("makes the job's child logger only when the job logs, and its lines name the job and its workspace", () => {
    const lines: Record<string, unknown>[] = [];
    const worker = pino({ level: 'info', redact: ['headers.authorization'] }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    let children = 0;
    const child = worker.child.bind(worker);
    worker.child = ((bindings: pino.Bindings) => {
      children += 1;
      return child(bindings);
    }) as typeof worker.child;
    const job = { id: 42, name: 'delivery.send', workspace_id: 'ws_1' } as JobRow;
    const logger = jobLogger({ logger: worker } as unknown as RunEnv, job);
    expect(children).toBe(0);
    expect(logger.isLevelEnabled('debug')).toBe(false);
    logger.info({ deliveryId: 'dlv_1' }, 'a later step of a sequence could not go now');
    logger.warn('again');
    expect(children).toBe(1);
    expect(lines).toMatchObject([
      { jobId: 42, job: 'delivery.send', workspaceId: 'ws_1', deliveryId: 'dlv_1', msg: 'a later step of a sequence could not go now' },
      { jobId: 42, job: 'delivery.send', workspaceId: 'ws_1', msg: 'again' },
    ]);
  });
});
