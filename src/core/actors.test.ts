// Actor names against a real database: people by name (or email), tokens as "token <name>", scoped to the workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../test/helpers/test-db.js';
import { findActorNames } from './actors.js';
import { createApiToken, revokeApiToken } from './auth/tokens.js';
import { createUser, updateUser } from './auth/users.js';
import { fakeClock } from './clock.js';

describe(`findActorNames (${testDialect()})`, () => {
  let t: TestDb;
  const clock = fakeClock();
  const system = { type: 'system' as const };
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('names people, tokens and nobody else, only within the workspace', async () => {
    const ana = await createUser(t.db, clock, { workspaceId: 'ws_a', email: 'ana@example.com', password: 'long enough 1', name: 'Ana', role: 'sales', actor: system });
    const noName = await createUser(t.db, clock, { workspaceId: 'ws_a', email: 'budi@example.com', password: 'long enough 2', role: 'staff', actor: system });
    const elsewhere = await createUser(t.db, clock, { workspaceId: 'ws_b', email: 'cici@example.com', password: 'long enough 3', name: 'Cici', role: 'owner', actor: system });
    const token = await createApiToken(t.db, clock, { workspaceId: 'ws_a', name: 'zapier', role: 'admin', createdBy: ana.id });

    const names = await findActorNames(t.db, 'ws_a', [
      { type: 'user', id: ana.id },
      { type: 'user', id: ana.id },
      { type: 'user', id: noName.id },
      { type: 'user', id: elsewhere.id },
      { type: 'token', id: token.id },
      { type: 'webhook', id: 'evt_1' },
    ]);
    expect(names.of({ type: 'user', id: ana.id })).toBe('Ana');
    expect(names.of({ type: 'user', id: noName.id })).toBe('budi@example.com');
    expect(names.of({ type: 'token', id: token.id })).toBe('token zapier');
    // Another workspace's person, the wrong kind for an id, kinds without names, no id at all: no name.
    expect(names.of({ type: 'user', id: elsewhere.id })).toBeNull();
    expect(names.of({ type: 'token', id: ana.id })).toBeNull();
    expect(names.of({ type: 'webhook', id: 'evt_1' })).toBeNull();
    expect(names.of({ type: 'system', id: null })).toBeNull();
    expect(names.of({ type: 'user', id: 'usr_never_asked' })).toBeNull();
  });

  it('keeps the names of disabled people and revoked tokens (history happened), and asks nothing for no actors', async () => {
    const dee = await createUser(t.db, clock, { workspaceId: 'ws_c', email: 'dee@example.com', password: 'long enough 4', name: 'Dee', role: 'sales', actor: system });
    const owner = await createUser(t.db, clock, { workspaceId: 'ws_c', email: 'own@example.com', password: 'long enough 5', name: 'Own', role: 'owner', actor: system });
    await updateUser(t.db, clock, { workspaceId: 'ws_c', userId: dee.id, changes: { disabled: true }, actor: { type: 'user', id: owner.id } });
    const token = await createApiToken(t.db, clock, { workspaceId: 'ws_c', name: 'old import', role: 'staff', createdBy: null });
    await revokeApiToken(t.db, clock, { workspaceId: 'ws_c', id: token.id, actor: { type: 'user', id: owner.id } });

    const names = await findActorNames(t.db, 'ws_c', [{ type: 'user', id: dee.id }, { type: 'token', id: token.id }]);
    expect([names.of({ type: 'user', id: dee.id }), names.of({ type: 'token', id: token.id })]).toEqual(['Dee', 'token old import']);
    expect((await findActorNames(t.db, 'ws_c', [])).of({ type: 'user', id: dee.id })).toBeNull();
  });
});
