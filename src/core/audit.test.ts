// The audit log against a real database: JSON snapshots, actors, newest-first paging, workspace scoping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../test/helpers/test-db.js';
import { listAudit, recordAudit, systemActor } from './audit.js';
import { fakeClock } from './clock.js';

describe(`audit (${testDialect()})`, () => {
  let t: TestDb;
  const clock = fakeClock();
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('records snapshots and lists newest first, by subject and by page', async () => {
    const id = await recordAudit(t.db, clock, {
      workspaceId: 'ws_a',
      actor: { type: 'user', id: 'usr_1' },
      action: 'thing.update',
      subjectType: 'thing',
      subjectId: 's1',
      before: { n: 1 },
      after: { n: 2, list: [1, 'two'] },
    });
    expect(id).toMatch(/^aud_/);
    clock.advance(1000);
    await recordAudit(t.db, clock, { workspaceId: 'ws_a', actor: systemActor, action: 'thing.create', subjectType: 'thing', subjectId: 's2' });
    await recordAudit(t.db, clock, { workspaceId: 'ws_b', actor: { type: 'token', id: 'tok_1' }, action: 'x', subjectType: 'thing', subjectId: 's1' });

    const all = await listAudit(t.db, 'ws_a');
    expect(all.map((e) => e.action)).toEqual(['thing.create', 'thing.update']);
    expect(all[0]).toMatchObject({ actor: { type: 'system', id: null }, before: null, after: null, at: clock.now() });
    expect(all[1]).toMatchObject({ id, subjectId: 's1', actor: { type: 'user', id: 'usr_1' }, before: { n: 1 }, after: { n: 2, list: [1, 'two'] } });

    expect((await listAudit(t.db, 'ws_a', { subjectId: 's1' })).map((e) => e.action)).toEqual(['thing.update']);
    expect((await listAudit(t.db, 'ws_a', { limit: 1 })).map((e) => e.action)).toEqual(['thing.create']);
    expect((await listAudit(t.db, 'ws_a', { before: clock.now() })).map((e) => e.action)).toEqual(['thing.update']);
  });
});
