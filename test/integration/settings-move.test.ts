// The start-up move of provider values from the modules' namespaces (the old layout) into the connectors' namespaces.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/core/audit.js';
import { readSettings, writeSettings } from '../../src/core/settings.js';
import { createWorkspace } from '../../src/core/workspaces.js';
import { modules } from '../../src/modules/registry.js';
import { loadCrmSettings } from '../../src/modules/crm-lifecycle/settings.js';
import { loadLeadSettings } from '../../src/modules/scalev-leads/settings.js';
import { moveProviderSettings } from '../../src/server/runtime.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';

const old = { type: 'system', id: 'old-version' } as const;
const SID = `AC${'a'.repeat(32)}`;

describe(`provider settings move at start-up (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let ws: string;

  beforeAll(async () => {
    t = await createTestDb();
    ctx = await createTestContext(t);
  });
  afterAll(async () => t.destroy());
  beforeEach(async () => {
    ws = (await createWorkspace(t.db, ctx.clock, { slug: `ws-${randomBytes(4).toString('hex')}`, name: 'Toko' })).id;
  });

  /** Rows exactly as the previous version wrote them: provider values in the module namespaces. */
  async function oldLayout() {
    await writeSettings(t.db, ctx, ctx.clock, {
      workspaceId: ws,
      namespace: 'scalev-mailketing',
      data: { not_closing_after: 'P3D' },
      secrets: { scalev_api_key: 'sk_live_old_key_123456', scalev_webhook_secret: 'sv_old_signing_secret', mailketing_api_token: 'mk_old_token_abcdef' },
      actor: old,
    });
    await writeSettings(t.db, ctx, ctx.clock, {
      workspaceId: ws,
      namespace: 'crm-lifecycle',
      data: { twilio_account_sid: SID, twilio_from: '+14155550100', twilio_messaging_service_sid: null, smtp_host: 'mail.old.test', smtp_port: 2525, smtp_secure: false, send_rate_per_minute: 90 },
      secrets: { twilio_auth_token: 'tw_old_token_999999', recurrente_webhook_secret: 'whsec_b2xkc2VjcmV0', smtp_password: 'smtp-old-password' },
      actor: old,
    });
  }

  it('moves every provider value into its connector, keeps module-only values, and re-seals the secrets', async () => {
    await oldLayout();
    await moveProviderSettings(ctx, modules);

    expect(await readSettings(t.db, ctx, ws, 'scalev')).toEqual({ data: {}, secrets: { api_key: 'sk_live_old_key_123456', webhook_secret: 'sv_old_signing_secret' } });
    expect(await readSettings(t.db, ctx, ws, 'mailketing')).toEqual({ data: {}, secrets: { api_token: 'mk_old_token_abcdef' } });
    expect(await readSettings(t.db, ctx, ws, 'twilio')).toEqual({ data: { account_sid: SID, from: '+14155550100' }, secrets: { auth_token: 'tw_old_token_999999' } });
    expect(await readSettings(t.db, ctx, ws, 'smtp')).toEqual({ data: { host: 'mail.old.test', port: 2525, secure: false }, secrets: { password: 'smtp-old-password' } });
    expect(await readSettings(t.db, ctx, ws, 'recurrente')).toEqual({ data: {}, secrets: { webhook_secret: 'whsec_b2xkc2VjcmV0' } });
    expect(await readSettings(t.db, ctx, ws, 'scalev-mailketing')).toEqual({ data: { not_closing_after: 'P3D' }, secrets: {} });
    expect(await readSettings(t.db, ctx, ws, 'crm-lifecycle')).toEqual({ data: { send_rate_per_minute: 90 }, secrets: {} });

    // The modules see exactly what they saw before the move.
    const crm = await loadCrmSettings(ctx, t.db, ws);
    expect(crm).toMatchObject({ twilio_account_sid: SID, twilio_from: '+14155550100', smtp_host: 'mail.old.test', smtp_port: 2525, send_rate_per_minute: 90 });
    expect(crm.secrets).toEqual({ twilio_auth_token: 'tw_old_token_999999', recurrente_webhook_secret: 'whsec_b2xkc2VjcmV0', smtp_password: 'smtp-old-password' });
    expect((await loadLeadSettings(ctx, t.db, ws)).secrets).toEqual({ scalev_api_key: 'sk_live_old_key_123456', scalev_webhook_secret: 'sv_old_signing_secret', mailketing_api_token: 'mk_old_token_abcdef' });

    const rows = await t.db.selectFrom('settings').selectAll().where('workspace_id', '=', ws).execute();
    for (const plain of ['sk_live_old_key_123456', 'tw_old_token_999999', 'smtp-old-password']) expect(JSON.stringify(rows)).not.toContain(plain);
    const moves = (await listAudit(t.db, ws)).filter((a) => a.actor.id === 'settings-move');
    expect(moves.map((a) => a.subjectId).sort()).toEqual(['crm-lifecycle', 'mailketing', 'recurrente', 'scalev', 'scalev-mailketing', 'smtp', 'twilio']);
    expect(JSON.stringify(moves)).not.toContain('tw_old_token_999999');
  });

  it('is idempotent: a second start changes nothing and audits nothing', async () => {
    await oldLayout();
    await moveProviderSettings(ctx, modules);
    const before = await t.db.selectFrom('settings').selectAll().where('workspace_id', '=', ws).orderBy('namespace').execute();
    const audits = (await listAudit(t.db, ws)).length;
    await moveProviderSettings(ctx, modules);
    expect(await t.db.selectFrom('settings').selectAll().where('workspace_id', '=', ws).orderBy('namespace').execute()).toEqual(before);
    expect((await listAudit(t.db, ws)).length).toBe(audits);
  });

  it("never loses a value: when both exist the connector's wins and the module's copy is removed", async () => {
    await writeSettings(t.db, ctx, ctx.clock, { workspaceId: ws, namespace: 'twilio', data: { from: '+14155550199' }, secrets: { auth_token: 'tw_new_token_777777' }, actor: old });
    await oldLayout();
    await moveProviderSettings(ctx, modules);
    expect(await readSettings(t.db, ctx, ws, 'twilio')).toEqual({ data: { from: '+14155550199', account_sid: SID }, secrets: { auth_token: 'tw_new_token_777777' } });
    expect(await readSettings(t.db, ctx, ws, 'crm-lifecycle')).toEqual({ data: { send_rate_per_minute: 90 }, secrets: {} });
  });

  it('two processes starting at once move each value once', async () => {
    await oldLayout();
    const second = await createTestContext(t);
    await Promise.all([moveProviderSettings(ctx, modules), moveProviderSettings({ ...second, secrets: ctx.secrets }, modules)]);
    expect(await readSettings(t.db, ctx, ws, 'twilio')).toEqual({ data: { account_sid: SID, from: '+14155550100' }, secrets: { auth_token: 'tw_old_token_999999' } });
    expect(await readSettings(t.db, ctx, ws, 'crm-lifecycle')).toEqual({ data: { send_rate_per_minute: 90 }, secrets: {} });
    const twilioWrites = (await listAudit(t.db, ws, { subjectId: 'twilio' })).filter((a) => a.actor.id === 'settings-move');
    expect(twilioWrites).toHaveLength(1);
  });
});
