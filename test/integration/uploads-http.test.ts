// Uploads over HTTP: a module's declared multipart route, its job's progress and result through the API and /api/live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from '../../src/core/jobs/define.js';
import type { RegisteredJob } from '../../src/core/jobs/types.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import type { ModuleDescriptor } from '../../src/server/module-routes.js';
import { finishUpload, readUpload, reportUploadProgress, startUpload, uploadJobFailed } from '../../src/core/uploads.js';
import { modules as registeredModules } from '../../src/modules/registry.js';
import { openLiveStream } from '../helpers/live-stream.js';
import { registryOf } from '../helpers/test-jobs.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const importPayload = z.object({ uploadId: z.string() });

declare module '../../src/core/jobs/types.js' {
  interface JobPayloads {
    'test.import-contacts': z.infer<typeof importPayload>;
  }
}

const MiB = 1024 * 1024;

/** Lets the test hold the import half-way, to look at its progress while it runs. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Reads a CSV of name,phone: reports progress ten times along the way, and a result with the rows it could not read. */
function importJob(halfway: { opened: Promise<void> }): RegisteredJob<'test.import-contacts'> {
  return defineJob('test.import-contacts', {
    schema: importPayload,
    mode: 'io',
    maxAttempts: 1,
    async handle({ uploadId }, jc) {
      const ref = { workspaceId: jc.workspaceId, uploadId };
      const text = (await readUpload(jc.db, jc.workspaceId, uploadId)).toString('utf8');
      if (text.startsWith('FAIL')) throw new Error('the sheet has no phone column');
      const rows = text.trim().split('\n').slice(1);
      await startUpload(jc.db, jc.app.clock, { ...ref, total: rows.length });
      const invalid: { row: number; reason: string }[] = [];
      const step = Math.max(2, Math.floor(rows.length / 10));
      for (const [i, line] of rows.entries()) {
        if ((line.split(',')[1] ?? '').replace(/\D/g, '').length < 8) invalid.push({ row: i + 2, reason: 'phone missing or not a number' });
        if ((i + 1) % step === 0) await reportUploadProgress(jc.db, jc.app.clock, { ...ref, done: i + 1, total: rows.length });
        if (i + 1 === 2) await halfway.opened;
      }
      await reportUploadProgress(jc.db, jc.app.clock, { ...ref, done: rows.length, total: rows.length });
      await finishUpload(jc.db, jc.app.clock, { ...ref, result: { rows: rows.length, imported: rows.length - invalid.length, invalid } });
    },
    onFailed: uploadJobFailed,
  });
}

describe(`uploads over HTTP (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let base: string;
  let owner: Record<string, string>;
  let staff: Record<string, string>;
  let marketing: Record<string, string>;
  const halfway = gate();
  const job = importJob(halfway);

  const sheetsModule: ModuleDescriptor = {
    name: 'test-sheets',
    jobs: () => [job],
    uploads: [
      {
        path: '/api/test/upload-contacts',
        purpose: 'test.contacts',
        job: 'test.import-contacts',
        roles: ['owner', 'admin', 'staff'],
        maxBytes: 3 * MiB,
        accept: ['.csv', 'text/csv'],
      },
      {
        path: '/api/test/upload-price-list',
        purpose: 'test.price-lists',
        job: 'test.import-contacts',
        roles: ['owner', 'admin'],
        accept: ['.csv'],
      },
    ],
  };

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t, { modules: [...registeredModules, sheetsModule] });
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(s.app.server.address() as { port: number }).port}`;
    owner = await s.ownerToken();
    staff = await s.tokenFor('staff');
    marketing = await s.tokenFor('marketing');
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  const upload = (headers: Record<string, string>, content: string | Uint8Array, options: { field?: string; filename?: string; type?: string } = {}) => {
    const form = new FormData();
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    form.append(options.field ?? 'file', new Blob([bytes], { type: options.type ?? 'text/csv' }), options.filename ?? 'pelanggan.csv');
    return fetch(`${base}/api/test/upload-contacts`, { method: 'POST', headers, body: form });
  };
  const get = async (path: string, headers: Record<string, string> = owner) => {
    const res = await fetch(`${base}${path}`, { headers });
    return { status: res.status, body: (await res.json()) as any };
  };
  const worker = () => createWorker({ ctx: s.ctx, registry: registryOf(job), concurrency: 2, leaseMs: 30_000 });

  it('answers 202 at once, then shows the running job’s progress live, and its result when done', async () => {
    const live = await openLiveStream(`${base}/api/live`, staff);
    await live.readUntil(/event: ready/);
    // Let the live poller read the state before the upload, so the upload is a change.
    await new Promise((r) => setTimeout(r, 1_200));

    const sheet = 'Nama,No HP\nBudi,081234567890\nSiti,+62 812 1111 2222\nAni,\nDewi,0812 3333 4444\nRudi,6281255556666\n';
    const res = await upload(staff, sheet);
    expect(res.status).toBe(202);
    const accepted = (await res.json()) as { upload_id: string; status: string };
    expect(accepted).toEqual({ upload_id: expect.stringMatching(/^upl_/), status: 'queued' });
    expect(res.headers.get('location')).toBe(`/api/uploads/${accepted.upload_id}`);
    expect((await get(`/api/uploads/${accepted.upload_id}`, staff)).body).toMatchObject({
      status: 'queued',
      purpose: 'test.contacts',
      filename: 'pelanggan.csv',
      content_type: 'text/csv',
      size: Buffer.byteLength(sheet),
      progress: null,
      result: null,
    });

    const running = worker().drain();
    let seen: any;
    for (let i = 0; i < 100 && seen?.progress?.done !== 2; i++) {
      seen = (await get(`/api/uploads/${accepted.upload_id}`, staff)).body;
      await new Promise((r) => setTimeout(r, 50));
    }
    // Half-way through an io job: running, with the progress it reported, visible to the API and announced live.
    expect(seen).toMatchObject({ status: 'running', progress: { done: 2, total: 5 }, result: null, error: null });
    await live.readUntil(/"uploads"/);
    expect(live.text()).toMatch(/event: change\ndata: \{"kinds":\[[^\]]*"uploads"/);

    halfway.open();
    await running;
    live.close();
    const done = (await get(`/api/uploads/${accepted.upload_id}`, staff)).body;
    expect(done).toMatchObject({
      status: 'done',
      progress: { done: 5, total: 5 },
      result: { rows: 5, imported: 4, invalid: [{ row: 4, reason: 'phone missing or not a number' }] },
      error: null,
      finished_at: expect.any(Number),
    });

    const list = await get('/api/uploads?purpose=test.contacts&limit=10', staff);
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { upload_id: string }) => u.upload_id)).toContain(accepted.upload_id);
    expect(list.body).toHaveProperty('next_cursor');
  });

  it('takes files above the 1 MiB JSON limit, up to the route’s own limit; larger ones get 413 naming it', async () => {
    const row = 'Pelanggan Setia,081234567890\n';
    const big = `name,phone\n${row.repeat(Math.ceil((1.5 * MiB) / row.length))}`;
    const ok = await upload(owner, big);
    expect(ok.status).toBe(202);

    const tooBig = await upload(owner, new Uint8Array(3 * MiB + 1).fill(65));
    expect(tooBig.status).toBe(413);
    const body = (await tooBig.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.message).toContain('3 MiB');
  });

  it('says what is wrong with a request that is not one file in the field "file"', async () => {
    const wrongField = await upload(owner, 'a,b\n', { field: 'upload' });
    expect(wrongField.status).toBe(400);
    expect(((await wrongField.json()) as any).error.message).toBe('the file must be in the multipart field "file", not "upload"');

    const noFile = new FormData();
    noFile.append('note', 'no file here');
    const none = await fetch(`${base}/api/test/upload-contacts`, { method: 'POST', headers: owner, body: noFile });
    expect(none.status).toBe(400);
    expect(((await none.json()) as any).error.message).toContain('no file');

    const json = await fetch(`${base}/api/test/upload-contacts`, { method: 'POST', headers: { ...owner, 'content-type': 'application/json' }, body: '{"file":"x"}' });
    expect(json.status).toBe(415);
    expect(((await json.json()) as any).error).toMatchObject({ code: 'unsupported_media_type', message: 'send the file as multipart/form-data in the field "file"' });

    const exe = await upload(owner, 'MZ', { filename: 'setup.exe', type: 'application/octet-stream' });
    expect(exe.status).toBe(415);
    expect(((await exe.json()) as any).error.message).toContain('send .csv, text/csv');

    // A spreadsheet program's CSV sent under another media type is still a CSV by its name.
    expect((await upload(owner, 'name,phone\nA,081234567890\n', { filename: 'DATA.CSV', type: 'application/vnd.ms-excel' })).status).toBe(202);

    const empty = await upload(owner, '');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as any).error.message).toContain('is empty');
  });

  it('lets only the roles allowed to upload send and read these uploads', async () => {
    const refused = await upload(marketing, 'name,phone\nA,081234567890\n');
    expect(refused.status).toBe(403);
    const mine = (await (await upload(staff, 'name,phone\nA,081234567890\n')).json()) as { upload_id: string };
    expect((await get(`/api/uploads/${mine.upload_id}`, marketing)).status).toBe(403);
    expect((await get('/api/uploads?purpose=test.contacts', marketing)).status).toBe(403);
    expect((await get('/api/uploads', marketing)).status).toBe(403);

    // Without a purpose, a role sees only the purposes it may upload: staff see contact sheets, not price lists.
    const form = new FormData();
    form.append('file', new Blob(['sku,price\nA1,1000\n'], { type: 'text/csv' }), 'harga.csv');
    const priceList = (await (await fetch(`${base}/api/test/upload-price-list`, { method: 'POST', headers: owner, body: form })).json()) as { upload_id: string };
    expect((await fetch(`${base}/api/test/upload-price-list`, { method: 'POST', headers: staff, body: form })).status).toBe(403);
    const staffSees = (await get('/api/uploads', staff)).body.items.map((u: { upload_id: string }) => u.upload_id);
    expect(staffSees).toContain(mine.upload_id);
    expect(staffSees).not.toContain(priceList.upload_id);
    expect((await get(`/api/uploads/${priceList.upload_id}`, staff)).status).toBe(403);
    expect((await get('/api/uploads?purpose=test.price-lists', staff)).status).toBe(403);
    expect((await get('/api/uploads', owner)).body.items.map((u: { upload_id: string }) => u.upload_id)).toEqual(expect.arrayContaining([mine.upload_id, priceList.upload_id]));
    expect((await get('/api/uploads/upl_missing', owner)).status).toBe(404);
  });

  it('pages the list with cursor and next_cursor', async () => {
    const first = await get('/api/uploads?purpose=test.contacts&limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.next_cursor).toBe(first.body.items[1].upload_id);
    const second = await get(`/api/uploads?purpose=test.contacts&limit=2&cursor=${first.body.next_cursor}`);
    const ids = [...first.body.items, ...second.body.items].map((u: { upload_id: string }) => u.upload_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort().reverse()).toEqual(ids);
  });

  it('shows a job that gave up as failed, with its error', async () => {
    const res = (await (await upload(owner, 'FAIL,no phone column\n')).json()) as { upload_id: string };
    await worker().drain();
    expect((await get(`/api/uploads/${res.upload_id}`)).body).toMatchObject({ status: 'failed', error: 'the sheet has no phone column', finished_at: expect.any(Number) });
  });

  it('describes the upload route in the API document as a multipart body with a 202 answer', async () => {
    const doc = (await get('/api/openapi.json')).body;
    const op = doc.paths['/api/test/upload-contacts'].post;
    expect(op.operationId).toBe('uploadTestContacts');
    expect(Object.keys(op.requestBody.content)).toEqual(['multipart/form-data']);
    expect(op.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(op.responses['202']).toBeDefined();
    expect(doc.paths['/api/uploads/{upload_id}'].get.operationId).toBe('getUpload');
    expect(doc.paths['/api/uploads'].get.operationId).toBe('listUploads');
  });
});
