// Settings against a real database: round trip, secrets sealed at rest and masked in the audit log, partial updates.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../test/helpers/test-db.js';
import { listAudit } from './audit.js';
import { fakeClock } from './clock.js';
import { createSecretBox } from './secrets.js';
import { createReadCache } from './read-cache.js';
import { maskedSecrets, readSettings, settingsKey, writeSettings } from './settings.js';
import { createWorkspace } from './workspaces.js';

const actor = { type: 'user', id: 'usr_1' } as const;
const API_KEY = 'sk_live_PLAINTEXT_abcdef123456';
const WEBHOOK_SECRET = 'whsec_SUPERSECRET_98765';

describe(`settings (${testDialect()})`, () => {
  let t: TestDb;
  const clock = fakeClock();
  const box = createSecretBox(randomBytes(32));
  const newWorkspace = async () => (await createWorkspace(t.db, clock, { slug: `ws-${randomBytes(4).toString('hex')}`, name: 'Toko' })).id;

  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('reads empty settings before anything is written', async () => {
    const workspaceId = await newWorkspace();
    expect(await readSettings(t.db, { secrets: box }, workspaceId, 'twilio')).toEqual({ data: {}, secrets: {} });
  });

  it('round-trips data and secrets, and never stores or audits a secret in plain text', async () => {
    const workspaceId = await newWorkspace();
    const written = await writeSettings(t.db, { secrets: box }, clock, {
      workspaceId,
      namespace: 'twilio',
      data: { accountSid: 'AC123', baseUrl: 'http://127.0.0.1:4010', retries: 3, nested: { on: true } },
      secrets: { apiKey: API_KEY, webhookSecret: WEBHOOK_SECRET },
      actor,
    });
    const read = await readSettings(t.db, { secrets: box }, workspaceId, 'twilio');
    expect(read).toEqual(written);
    expect(read).toEqual({
      data: { accountSid: 'AC123', baseUrl: 'http://127.0.0.1:4010', retries: 3, nested: { on: true } },
      secrets: { apiKey: API_KEY, webhookSecret: WEBHOOK_SECRET },
    });

    const row = await t.db.selectFrom('settings').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
    expect(row.secrets).toEqual(expect.any(String));
    for (const plain of [API_KEY, WEBHOOK_SECRET, 'PLAINTEXT', 'SUPERSECRET']) {
      expect(row.secrets).not.toContain(plain);
      expect(row.data).not.toContain(plain);
    }
    expect(await readSettings(t.db, { secrets: createSecretBox(randomBytes(32)) }, workspaceId, 'twilio').catch((e: unknown) => e)).toMatchObject({ code: 'internal' });

    const audit = await listAudit(t.db, workspaceId, { subjectId: 'twilio' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'settings.update',
      subjectType: 'settings',
      actor: { type: 'user', id: 'usr_1' },
      before: { data: {}, secrets: {} },
      after: { secrets: { apiKey: '••••••3456', webhookSecret: '••••••8765' }, changedSecrets: ['apiKey', 'webhookSecret'] },
    });
    const auditText = JSON.stringify(await t.db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId).execute());
    for (const plain of [API_KEY, WEBHOOK_SECRET, 'PLAINTEXT', 'SUPERSECRET']) expect(auditText).not.toContain(plain);
  });

  it('merges a partial update: undefined keeps a secret, empty or null removes it', async () => {
    const workspaceId = await newWorkspace();
    await writeSettings(t.db, { secrets: box }, clock, {
      workspaceId,
      namespace: 'waha',
      data: { session: 'default', baseUrl: 'http://a' },
      secrets: { apiKey: API_KEY, webhookSecret: WEBHOOK_SECRET, extra: 'x-secret-value' },
      actor,
    });
    clock.advance(1000);
    const updated = await writeSettings(t.db, { secrets: box }, clock, {
      workspaceId,
      namespace: 'waha',
      data: { baseUrl: 'http://b', session: undefined },
      secrets: { apiKey: undefined, webhookSecret: '', extra: null },
      actor,
    });
    expect(updated).toEqual({ data: { session: 'default', baseUrl: 'http://b' }, secrets: { apiKey: API_KEY } });
    expect(await readSettings(t.db, { secrets: box }, workspaceId, 'waha')).toEqual(updated);

    const onlyData = await writeSettings(t.db, { secrets: box }, clock, { workspaceId, namespace: 'waha', data: { session: 'two' }, actor });
    expect(onlyData.secrets).toEqual({ apiKey: API_KEY });

    const [latest] = await listAudit(t.db, workspaceId, { subjectId: 'waha', limit: 1 });
    expect(latest?.after).toMatchObject({ data: { session: 'two' }, changedSecrets: [] });
    const [, second] = await listAudit(t.db, workspaceId, { subjectId: 'waha' });
    expect(second?.after).toMatchObject({ secrets: { apiKey: '••••••3456' }, changedSecrets: ['webhookSecret', 'extra'] });
  });

  it('writes no row and no audit when nothing changes', async () => {
    const workspaceId = await newWorkspace();
    await writeSettings(t.db, { secrets: box }, clock, { workspaceId, namespace: 'ns', data: { a: 1 }, secrets: { k: API_KEY }, actor });
    await writeSettings(t.db, { secrets: box }, clock, { workspaceId, namespace: 'ns', data: { a: 1 }, secrets: { k: API_KEY }, actor });
    await writeSettings(t.db, { secrets: box }, clock, { workspaceId, namespace: 'empty', data: {}, actor });
    expect(await listAudit(t.db, workspaceId)).toHaveLength(1);
    const rows = await t.db.selectFrom('settings').select('namespace').where('workspace_id', '=', workspaceId).execute();
    expect(rows).toEqual([{ namespace: 'ns' }]);
  });

  it('keeps namespaces and workspaces apart', async () => {
    const w1 = await newWorkspace();
    const w2 = await newWorkspace();
    await writeSettings(t.db, { secrets: box }, clock, { workspaceId: w1, namespace: 'a', data: { v: 1 }, actor });
    expect(await readSettings(t.db, { secrets: box }, w1, 'b')).toEqual({ data: {}, secrets: {} });
    expect(await readSettings(t.db, { secrets: box }, w2, 'a')).toEqual({ data: {}, secrets: {} });
  });

  it('masks secrets for display', () => {
    expect(maskedSecrets({ long: 'abcdefghijkl', short: 'abc' })).toEqual({ long: '••••••ijkl', short: '••••••' });
  });
  describe('kept in the process for a moment', () => {
    const rawUpdate = (workspaceId: string, data: Record<string, unknown>) =>
      t.db.updateTable('settings').set({ data: JSON.stringify(data) }).where('workspace_id', '=', workspaceId).where('namespace', '=', 'waha').execute();

    it('serves a repeated read without the database until its time is up, and frozen', async () => {
      const workspaceId = await newWorkspace();
      let now = 0;
      const deps = { secrets: box, readCache: createReadCache({ ttlMs: 1_000, now: () => now }) };
      await writeSettings(t.db, deps, clock, { workspaceId, namespace: 'waha', data: { session: 'one' }, secrets: { api_key: API_KEY }, actor });
      const first = await readSettings(t.db, deps, workspaceId, 'waha');
      expect(first).toEqual({ data: { session: 'one' }, secrets: { api_key: API_KEY } });
      expect(Object.isFrozen(first.data)).toBe(true);
      // Another process changes the row: this one still has its copy for up to a second.
      await rawUpdate(workspaceId, { session: 'two' });
      now = 999;
      expect((await readSettings(t.db, deps, workspaceId, 'waha')).data).toEqual({ session: 'one' });
      now = 1_000;
      expect((await readSettings(t.db, deps, workspaceId, 'waha')).data).toEqual({ session: 'two' });
    });

    it('sees its own writes at once', async () => {
      const workspaceId = await newWorkspace();
      const deps = { secrets: box, readCache: createReadCache() };
      await writeSettings(t.db, deps, clock, { workspaceId, namespace: 'waha', data: { session: 'one' }, actor });
      expect((await readSettings(t.db, deps, workspaceId, 'waha')).data).toEqual({ session: 'one' });
      await writeSettings(t.db, deps, clock, { workspaceId, namespace: 'waha', data: { session: 'two' }, secrets: { api_key: API_KEY }, actor });
      expect(await readSettings(t.db, deps, workspaceId, 'waha')).toEqual({ data: { session: 'two' }, secrets: { api_key: API_KEY } });
    });

    it('does not keep a read that was under way when the namespace was written', async () => {
      const workspaceId = await newWorkspace();
      const deps = { secrets: box, readCache: createReadCache() };
      await writeSettings(t.db, deps, clock, { workspaceId, namespace: 'waha', data: { session: 'one' }, actor });
      // The read starts before the write and ends after it: its old answer must not be served afterwards.
      const reading = readSettings(t.db, deps, workspaceId, 'waha');
      deps.readCache.forget(workspaceId, settingsKey('waha'));
      await reading;
      await rawUpdate(workspaceId, { session: 'two' });
      expect((await readSettings(t.db, deps, workspaceId, 'waha')).data).toEqual({ session: 'two' });
    });
  });
});
