// Workspaces: an owner creates one (and owns it), a person lists theirs, and sign-in finds the workspaces where the
// email and password are right, asking to choose when there are several.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/core/auth/users.js';
import { createReadCache } from '../../src/core/read-cache.js';
import { createWorkspace, keptWorkspaceIdBySlug } from '../../src/core/workspaces.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const PASSWORD = 'correct horse battery staple';

describe(`workspaces (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t);
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  const addUser = async (workspaceId: string, email: string, role: 'owner' | 'staff', password = PASSWORD) =>
    createUser(t.db, s.ctx.clock, { workspaceId, email, password, role, actor: { type: 'system', id: null } });
  const login = (payload: Record<string, string>) => s.app.inject({ method: 'POST', url: '/api/auth/login', payload });
  const session = async (payload: Record<string, string>) => {
    const res = await login(payload);
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lc_session')?.value ?? '';
    return { cookies: { lc_session: cookie }, headers: { 'x-csrf-token': res.json().csrf_token as string } };
  };
  const me = async (cookies: Record<string, string>) => (await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).json();

  it('an owner creates a workspace and owns it with the same email and password; both are listed', async () => {
    await addUser(s.ctx.workspace.id, 'agency@example.test', 'owner');
    const owner = await session({ email: 'agency@example.test', password: PASSWORD });
    const created = await s.app.inject({ method: 'POST', url: '/api/workspaces', ...owner, payload: { slug: 'toko-berkah', name: 'Toko Berkah', timezone: 'Asia/Makassar' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ slug: 'toko-berkah', name: 'Toko Berkah', current: false });

    const list = await s.app.inject({ method: 'GET', url: '/api/workspaces', cookies: owner.cookies });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({
      items: [
        { id: s.ctx.workspace.id, slug: 'default', name: 'My business', current: true },
        { id: created.json().id, slug: 'toko-berkah', name: 'Toko Berkah', current: false },
      ],
      next_cursor: null,
    });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'subject_id']).where('action', '=', 'workspace.create').execute();
    expect(audit).toEqual([{ action: 'workspace.create', subject_id: created.json().id }]);

    // Now in two workspaces with one password: sign-in asks which, and signs in nowhere until told.
    const choice = await login({ email: 'agency@example.test', password: PASSWORD });
    expect(choice.statusCode).toBe(200);
    expect(choice.json()).toEqual({ choose_workspace: [{ slug: 'default', name: 'My business' }, { slug: 'toko-berkah', name: 'Toko Berkah' }] });
    expect(choice.cookies.find((c) => c.name === 'lc_session')).toBeUndefined();
    const chosen = await session({ email: 'agency@example.test', password: PASSWORD, workspace: 'toko-berkah' });
    expect(await me(chosen.cookies)).toMatchObject({ role: 'owner', workspace: { slug: 'toko-berkah', timezone: 'Asia/Makassar' } });
  });

  it('refuses a taken or malformed slug naming it, and anyone but an owner', async () => {
    const owner = await s.ownerToken();
    const taken = await s.app.inject({ method: 'POST', url: '/api/workspaces', headers: owner, payload: { slug: 'default', name: 'Again' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe('a workspace named default already exists');
    const malformed = await s.app.inject({ method: 'POST', url: '/api/workspaces', headers: owner, payload: { slug: 'Cabang Bandung', name: 'Bandung' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toMatch(/slug/);
    for (const role of ['admin', 'staff'] as const) {
      const refused = await s.app.inject({ method: 'POST', url: '/api/workspaces', headers: await s.tokenFor(role), payload: { slug: `by-${role}`, name: 'X' } });
      expect(refused.statusCode).toBe(403);
    }
    expect(await t.db.selectFrom('workspaces').select('slug').where('slug', 'like', 'by-%').execute()).toEqual([]);
    // A token lists only its own workspace.
    const mine = await s.app.inject({ method: 'GET', url: '/api/workspaces', headers: owner });
    expect(mine.json().items).toEqual([{ id: s.ctx.workspace.id, slug: 'default', name: 'My business', current: true }]);
  });

  it('signs a person in to the one workspace where they are, even if it is not the default one', async () => {
    const branch = await createWorkspace(t.db, s.ctx.clock, { slug: 'cabang-bandung', name: 'Cabang Bandung' });
    await addUser(branch.id, 'kasir@bandung.test', 'staff');
    const signed = await session({ email: 'Kasir@Bandung.test', password: PASSWORD });
    expect(await me(signed.cookies)).toMatchObject({ role: 'staff', workspace: { slug: 'cabang-bandung' } });
  });

  it('names only the workspaces where the password is right, and answers every wrong try with the same 401', async () => {
    const a = await createWorkspace(t.db, s.ctx.clock, { slug: 'klinik-a', name: 'Klinik A' });
    const b = await createWorkspace(t.db, s.ctx.clock, { slug: 'klinik-b', name: 'Klinik B' });
    await addUser(a.id, 'dokter@klinik.test', 'owner', 'password for klinik a');
    await addUser(b.id, 'dokter@klinik.test', 'owner', 'password for klinik b');
    const signed = await session({ email: 'dokter@klinik.test', password: 'password for klinik b' });
    expect(await me(signed.cookies)).toMatchObject({ workspace: { slug: 'klinik-b' } });

    const wrong = [
      await login({ email: 'dokter@klinik.test', password: 'not the password' }),
      await login({ email: 'nobody@klinik.test', password: 'password for klinik a' }),
      await login({ email: 'dokter@klinik.test', password: 'password for klinik a', workspace: 'klinik-b' }),
      await login({ email: 'dokter@klinik.test', password: 'password for klinik a', workspace: 'no-such-place' }),
    ];
    for (const res of wrong) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('email or password is wrong');
    }
  });

  it('the webhook URL\'s slug is kept once found, and an unknown one is not: a workspace made with it is found at once', async () => {
    const cache = createReadCache();
    expect(await keptWorkspaceIdBySlug(cache, t.db, 'apotek-sehat')).toBeUndefined();
    const made = await createWorkspace(t.db, s.ctx.clock, { slug: 'apotek-sehat', name: 'Apotek Sehat' });
    expect(await keptWorkspaceIdBySlug(cache, t.db, 'apotek-sehat')).toBe(made.id);
    // Kept: a burst of webhooks to this URL reads the row once a second, not once a request.
    await t.db.updateTable('workspaces').set({ slug: 'apotek-sehat-lama' }).where('id', '=', made.id).execute();
    expect(await keptWorkspaceIdBySlug(cache, t.db, 'apotek-sehat')).toBe(made.id);
  });
});
