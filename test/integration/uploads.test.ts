import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getJob } from '../../src/core/jobs/admin.js';
import { defineJob } from '../../src/core/jobs/define.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { finishUpload, getUpload, readUpload, startUpload, storeUpload } from '../../src/core/uploads.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { registryOf } from '../helpers/test-jobs.js';

const importSheetPayload = z.object({ uploadId: z.string() });

declare module '../../src/core/jobs/types.js' {
  interface JobPayloads {
    'test.import-sheet': z.infer<typeof importSheetPayload>;
  }
}

describe(`uploads processed as jobs (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  beforeAll(async () => {
    t = await createTestDb();
    ctx = await createTestContext(t);
  });
  afterAll(async () => t.destroy());

  it('stores the file bytes exactly, runs its job, and shows the progress the job reported', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `Customer ${i},08123${String(i).padStart(6, '0')}`);
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`name,phone\n${rows.join('\n')}\n`)]);
    const importer = defineJob('test.import-sheet', {
      schema: importSheetPayload,
      mode: 'io',
      async handle({ uploadId }, jc) {
        await startUpload(jc.db, jc.app.clock, { workspaceId: jc.workspaceId, uploadId });
        const lines = (await readUpload(jc.db, jc.workspaceId, uploadId)).toString('utf8').trim().split('\n').slice(1);
        for (let i = 0; i < lines.length; i += 100) await jc.reportProgress(Math.min(lines.length, i + 100), lines.length);
        await finishUpload(jc.db, jc.app.clock, { workspaceId: jc.workspaceId, uploadId, result: { rows: lines.length } });
      },
    });
    const upload = await t.db.transaction().execute((trx) =>
      storeUpload({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, {
        workspaceId: ctx.workspace.id,
        filename: 'pelanggan.csv',
        contentType: 'text/csv',
        content,
        purpose: 'test.contacts',
        createdBy: null,
      }, 'test.import-sheet'),
    );
    expect(upload.status).toBe('queued');
    expect(upload.size).toBe(content.length);
    expect(Buffer.compare(await readUpload(t.db, ctx.workspace.id, upload.id), content)).toBe(0);

    await createWorker({ ctx, registry: registryOf(importer), concurrency: 1, leaseMs: 10_000 }).drain();
    expect(await getUpload(t.db, ctx.workspace.id, upload.id)).toMatchObject({ status: 'done', result: { rows: 250 } });
    if (upload.jobId === null) throw new Error('no job id');
    const job = await getJob(t.db, ctx.workspace.id, upload.jobId);
    expect(job.status).toBe('done');
    expect(JSON.parse(job.progress ?? '{}')).toEqual({ done: 250, total: 250 });
  });
});
