// Contacts against a real database: matching by phone and email, filling blanks, the merge rule, concurrency.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db.js';
import { listAudit } from '../audit.js';
import { fakeClock } from '../clock.js';
import { AppError } from '../errors.js';
import { createWorkspace } from '../workspaces.js';
import { recordConsent, listConsents } from './consent.js';
import { findContactByEmail, findContactByPhone, findOrCreateContact, getContact, mergeContacts, type MergeEvent } from './contacts.js';

const user = { type: 'user', id: 'usr_1' } as const;
const system = { type: 'system' } as const;

describe(`contacts (${testDialect()})`, () => {
  let t: TestDb;
  const clock = fakeClock();
  const deps = { clock, contactMergeHooks: [] };
  const newWorkspace = async () => (await createWorkspace(t.db, clock, { slug: `ws-${randomBytes(4).toString('hex')}`, name: 'Toko', country: 'ID' })).id;

  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('creates a contact once and finds it by any form of its phone number', async () => {
    const workspaceId = await newWorkspace();
    const first = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '0812-3456-7890', name: ' Budi ' });
    expect(first.created).toBe(true);
    expect(first.contact).toMatchObject({ phone: '+6281234567890', name: 'Budi', email: null, merged_into: null });
    expect(first.contact.id).toMatch(/^con_/);

    for (const phone of ['+62 812 3456 7890', '6281234567890', '6281234567890@c.us']) {
      const again = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone });
      expect(again).toEqual({ contact: first.contact, created: false });
    }
    expect((await findContactByPhone(t.db, workspaceId, '081234567890', 'ID'))?.id).toBe(first.contact.id);
    expect((await findContactByPhone(t.db, workspaceId, '+6281234567890'))?.id).toBe(first.contact.id);
    expect(await findContactByPhone(t.db, workspaceId, 'nonsense', 'ID')).toBeUndefined();
  });

  it('matches email case-insensitively', async () => {
    const workspaceId = await newWorkspace();
    const first = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', email: 'Siti@Example.com' });
    expect(first.contact.email).toBe('siti@example.com');
    const again = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', email: '  SITI@EXAMPLE.COM' });
    expect(again.created).toBe(false);
    expect(again.contact.id).toBe(first.contact.id);
    expect((await findContactByEmail(t.db, workspaceId, 'siti@EXAMPLE.com'))?.id).toBe(first.contact.id);
  });

  it('fills blanks and then finds a contact created by email by its phone', async () => {
    const workspaceId = await newWorkspace();
    const byEmail = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', email: 'andi@example.com' });
    expect(await findContactByPhone(t.db, workspaceId, '081299990000', 'ID')).toBeUndefined();

    clock.advance(1000);
    const filled = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', email: 'andi@example.com', phone: '081299990000', name: 'Andi' });
    expect(filled.created).toBe(false);
    expect(filled.contact).toMatchObject({ id: byEmail.contact.id, phone: '+6281299990000', name: 'Andi', updated_at: clock.now() });

    const byPhone = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '+6281299990000' });
    expect(byPhone.contact.id).toBe(byEmail.contact.id);
    expect((await findContactByPhone(t.db, workspaceId, '081299990000', 'ID'))?.id).toBe(byEmail.contact.id);
  });

  it('never overwrites a non-empty name, phone or email', async () => {
    const workspaceId = await newWorkspace();
    const a = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081211112222', email: 'rina@example.com', name: 'Rina' });
    const again = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081211112222', name: 'Someone else' });
    expect(again.contact).toEqual(a.contact);
    expect(await getContact(t.db, workspaceId, a.contact.id)).toEqual(a.contact);
  });

  it('ignores an invalid phone, and refuses when nothing usable is left', async () => {
    const workspaceId = await newWorkspace();
    const r = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '123', email: 'x@example.com' });
    expect(r.contact).toMatchObject({ phone: null, email: 'x@example.com' });
    const failure = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '123', email: 'nope' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'validation_failed' });
  });

  it('keeps workspaces apart', async () => {
    const w1 = await newWorkspace();
    const w2 = await newWorkspace();
    const a = await findOrCreateContact(t.db, deps, { workspaceId: w1, country: 'ID', phone: '081233334444' });
    const b = await findOrCreateContact(t.db, deps, { workspaceId: w2, country: 'ID', phone: '081233334444' });
    expect(b.created).toBe(true);
    expect(b.contact.id).not.toBe(a.contact.id);
    expect(await getContact(t.db, w2, a.contact.id)).toBeUndefined();
  });

  it('merges the phone match and the email match into the older contact', async () => {
    const workspaceId = await newWorkspace();
    const older = (await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081255556666' })).contact;
    clock.advance(60_000);
    const newer = (await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', email: 'dewi@example.com', name: 'Dewi' })).contact;
    await recordConsent(t.db, clock, { workspaceId, contactId: older.id, channel: 'whatsapp', status: 'opted_in', source: 'form', actor: system });
    await recordConsent(t.db, clock, { workspaceId, contactId: older.id, channel: 'email', status: 'opted_out', source: 'link', actor: system });
    await recordConsent(t.db, clock, { workspaceId, contactId: newer.id, channel: 'whatsapp', status: 'opted_out', source: 'waha.stop', actor: system });
    await recordConsent(t.db, clock, { workspaceId, contactId: newer.id, channel: 'email', status: 'opted_in', source: 'form', actor: system });
    await recordConsent(t.db, clock, { workspaceId, contactId: newer.id, channel: 'sms', status: 'opted_in', source: 'form', actor: system });

    const hookCalls: MergeEvent[] = [];
    clock.advance(60_000);
    const result = await findOrCreateContact(t.db, { clock, contactMergeHooks: [async (_db, event) => void hookCalls.push(event)] }, {
      workspaceId,
      country: 'ID',
      phone: '+6281255556666',
      email: 'DEWI@example.com',
      name: 'Dewi Lestari',
    });

    expect(result.created).toBe(false);
    expect(result.merged).toEqual({ from: newer.id, into: older.id });
    expect(result.contact).toMatchObject({ id: older.id, phone: '+6281255556666', email: 'dewi@example.com', name: 'Dewi', merged_into: null });
    expect(hookCalls).toEqual([{ workspaceId, fromId: newer.id, intoId: older.id }]);

    const loser = await t.db.selectFrom('contacts').selectAll().where('id', '=', newer.id).executeTakeFirstOrThrow();
    expect(loser).toMatchObject({ merged_into: older.id, phone: null, email: null, name: 'Dewi' });
    expect((await getContact(t.db, workspaceId, newer.id))?.id).toBe(older.id);
    expect((await findContactByEmail(t.db, workspaceId, 'dewi@example.com'))?.id).toBe(older.id);

    const consents = await listConsents(t.db, workspaceId, older.id);
    expect(consents.map((c) => [c.channel, c.status, c.source])).toEqual([
      ['email', 'opted_out', 'link'],
      ['sms', 'opted_in', 'form'],
      ['whatsapp', 'opted_out', 'waha.stop'],
    ]);
    const left = await t.db.selectFrom('consents').select('channel').where('contact_id', '=', newer.id).execute();
    expect(left).toEqual([]);

    const [audit] = await listAudit(t.db, workspaceId, { subjectId: older.id, limit: 1 });
    expect(audit).toMatchObject({ action: 'contact.merge', subjectType: 'contact', actor: { type: 'system', id: null } });
    expect(audit?.before).toMatchObject({ into: { id: older.id, email: null }, from: { id: newer.id, email: 'dewi@example.com' } });
    expect(audit?.after).toMatchObject({ into: { id: older.id, email: 'dewi@example.com' }, from: { id: newer.id, merged_into: older.id } });
  });

  it('breaks a created_at tie by the smaller id', async () => {
    const workspaceId = await newWorkspace();
    const a = (await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081277778888' })).contact;
    const b = (await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', email: 'tie@example.com' })).contact;
    expect(a.created_at).toBe(b.created_at);
    const r = await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081277778888', email: 'tie@example.com' });
    const [first] = [a.id, b.id].sort();
    expect(r.contact.id).toBe(first);
  });

  it('merges on request into the chosen contact, flattens chains, and is idempotent', async () => {
    const workspaceId = await newWorkspace();
    const a = (await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081210000001' })).contact;
    clock.advance(1);
    const b = (await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081210000002', name: 'B' })).contact;
    clock.advance(1);
    const c = (await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', email: 'c@example.com' })).contact;

    // A person picks the newer record as the one to keep.
    const kept = await mergeContacts(t.db, deps, { workspaceId, fromId: c.id, intoId: b.id, actor: user });
    expect(kept).toMatchObject({ id: b.id, phone: '+6281210000002', email: 'c@example.com', name: 'B' });
    const survivor = await mergeContacts(t.db, deps, { workspaceId, fromId: b.id, intoId: a.id, actor: user });
    expect(survivor).toMatchObject({ id: a.id, phone: '+6281210000001', email: 'c@example.com', name: 'B' });

    const cRow = await t.db.selectFrom('contacts').select('merged_into').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(cRow.merged_into).toBe(a.id);
    expect((await getContact(t.db, workspaceId, c.id))?.id).toBe(a.id);

    const again = await mergeContacts(t.db, deps, { workspaceId, fromId: c.id, intoId: a.id, actor: user });
    expect(again.id).toBe(a.id);
    const merges = (await listAudit(t.db, workspaceId)).filter((e) => e.action === 'contact.merge');
    expect(merges).toHaveLength(2);
    expect(merges[0]?.actor).toEqual({ type: 'user', id: 'usr_1' });

    await expect(mergeContacts(t.db, deps, { workspaceId, fromId: 'con_missing', intoId: a.id, actor: user })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('rolls the merge back when a module hook fails', async () => {
    const workspaceId = await newWorkspace();
    const a = (await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081220000001' })).contact;
    const b = (await findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', email: 'hook@example.com' })).contact;
    const failing = async () => {
      throw new Error('module failed');
    };
    await expect(mergeContacts(t.db, { clock, contactMergeHooks: [failing] }, { workspaceId, fromId: b.id, intoId: a.id, actor: user })).rejects.toThrow('module failed');
    expect(await getContact(t.db, workspaceId, b.id)).toEqual(b);
    expect(await getContact(t.db, workspaceId, a.id)).toEqual(a);
  });

  it('joins the caller transaction', async () => {
    const workspaceId = await newWorkspace();
    await t.db
      .transaction()
      .execute(async (trx) => {
        await findOrCreateContact(trx, deps, { workspaceId, country: 'ID', phone: '081230000001' });
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect(await findContactByPhone(t.db, workspaceId, '081230000001', 'ID')).toBeUndefined();
  });

  it('yields one contact when ten calls race for the same phone', async () => {
    const workspaceId = await newWorkspace();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: i % 2 ? '081240000001' : '+6281240000001', name: `n${i}` })),
    );
    expect(new Set(results.map((r) => r.contact.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await t.db.selectFrom('contacts').select('id').where('workspace_id', '=', workspaceId).execute();
    expect(rows).toHaveLength(1);
  });

  it('yields one contact when ten calls race with the same phone and email', async () => {
    const workspaceId = await newWorkspace();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => findOrCreateContact(t.db, deps, { workspaceId, country: 'ID', phone: '081250000001', email: 'race@example.com' })),
    );
    expect(new Set(results.map((r) => r.contact.id)).size).toBe(1);
    const rows = await t.db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ phone: '+6281250000001', email: 'race@example.com' });
  });
});
