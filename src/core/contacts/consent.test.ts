// Consent against a real database: upsert, audit only on change, canSend, merged ids.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db.js';
import { listAudit } from '../audit.js';
import { fakeClock } from '../clock.js';
import { createWorkspace } from '../workspaces.js';
import { canSend, getConsent, listConsents, recordConsent } from './consent.js';
import { findOrCreateContact, mergeContacts } from './contacts.js';

const webhook = { type: 'webhook', id: 'twilio' } as const;

describe(`consent (${testDialect()})`, () => {
  let t: TestDb;
  const clock = fakeClock();
  const deps = { clock, contactMergeHooks: [] };
  const setup = async () => {
    const workspaceId = (await createWorkspace(t.db, clock, { slug: `ws-${randomBytes(4).toString('hex')}`, name: 'Apotek' })).id;
    const { contact } = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081234567890' });
    return { workspaceId, contactId: contact.id };
  };

  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('allows sending when there is no row, and stops after an opt-out', async () => {
    const { workspaceId, contactId } = await setup();
    expect(await getConsent(t.db, { workspaceId, contactId, channel: 'sms' })).toBeUndefined();
    expect(await canSend(t.db, { workspaceId, contactId, channel: 'sms' })).toBe(true);

    const out = await recordConsent(t.db, clock, { workspaceId, contactId, channel: 'sms', status: 'opted_out', source: 'twilio.stop', actor: webhook });
    expect(out.changed).toBe(true);
    expect(out.consent).toMatchObject({ contact_id: contactId, channel: 'sms', status: 'opted_out', source: 'twilio.stop', changed_at: clock.now() });
    expect(await canSend(t.db, { workspaceId, contactId, channel: 'sms' })).toBe(false);
    expect(await canSend(t.db, { workspaceId, contactId, channel: 'whatsapp' })).toBe(true);

    clock.advance(1000);
    const back = await recordConsent(t.db, clock, { workspaceId, contactId, channel: 'sms', status: 'opted_in', source: 'twilio.start', actor: webhook });
    expect(back.changed).toBe(true);
    expect(await canSend(t.db, { workspaceId, contactId, channel: 'sms' })).toBe(true);
    expect(await getConsent(t.db, { workspaceId, contactId, channel: 'sms' })).toMatchObject({ status: 'opted_in', source: 'twilio.start', changed_at: clock.now() });
  });

  it('writes an audit row only when the status changes', async () => {
    const { workspaceId, contactId } = await setup();
    const key = { workspaceId, contactId, channel: 'whatsapp' };
    await recordConsent(t.db, clock, { ...key, status: 'opted_in', source: 'form', actor: webhook });
    clock.advance(1000);
    const repeat = await recordConsent(t.db, clock, { ...key, status: 'opted_in', source: 'import', actor: webhook });
    expect(repeat.changed).toBe(false);
    expect(repeat.consent.source).toBe('form');
    await recordConsent(t.db, clock, { ...key, status: 'opted_out', source: 'waha.stop', actor: webhook });

    const audit = await listAudit(t.db, workspaceId, { subjectId: contactId });
    expect(audit.map((a) => a.action)).toEqual(['consent.opted_out', 'consent.opted_in']);
    expect(audit[0]).toMatchObject({
      actor: { type: 'webhook', id: 'twilio' },
      before: { channel: 'whatsapp', status: 'opted_in', source: 'form' },
      after: { channel: 'whatsapp', status: 'opted_out', source: 'waha.stop' },
    });
    expect(audit[1]?.before).toBeNull();
  });

  it('audits once when the same opt-out arrives twice at the same time', async () => {
    const { workspaceId, contactId } = await setup();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => recordConsent(t.db, clock, { workspaceId, contactId, channel: 'sms', status: 'opted_out', source: 'twilio.stop', actor: webhook })),
    );
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    const audit = await listAudit(t.db, workspaceId, { subjectId: contactId });
    expect(audit).toHaveLength(1);
  });

  it('follows a merged contact id to the survivor', async () => {
    const a = await setup();
    const { contact: b } = await findOrCreateContact(t.db, deps, { workspaceId: a.workspaceId, country: 'ID', email: `b${randomBytes(3).toString('hex')}@example.com` });
    await mergeContacts(t.db, deps, { workspaceId: a.workspaceId, fromId: b.id, intoId: a.contactId, actor: { type: 'user', id: 'usr_1' } });
    await recordConsent(t.db, clock, { workspaceId: a.workspaceId, contactId: b.id, channel: 'email', status: 'opted_out', source: 'link', actor: webhook });
    expect(await canSend(t.db, { workspaceId: a.workspaceId, contactId: a.contactId, channel: 'email' })).toBe(false);
    expect(await canSend(t.db, { workspaceId: a.workspaceId, contactId: b.id, channel: 'email' })).toBe(false);
    expect((await listConsents(t.db, a.workspaceId, b.id)).map((c) => c.contact_id)).toEqual([a.contactId]);
  });

  it('refuses an unknown contact', async () => {
    const { workspaceId } = await setup();
    await expect(
      recordConsent(t.db, clock, { workspaceId, contactId: 'con_nobody', channel: 'sms', status: 'opted_out', source: 'x', actor: webhook }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
