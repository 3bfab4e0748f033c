// People who sign in to the dashboard: create, find, list, update; every change is audited, never with a password hash.
import type { Executor, UserTable } from '../../db/database.js';
import { recordAudit, type Actor } from '../audit.js';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { deleteUserSessions, isRole } from './sessions.js';
import type { Role } from './types.js';

/** A user as the rest of the code sees it: no password hash. Times are UTC epoch ms. */
export interface User {
  id: string;
  workspaceId: string;
  email: string;
  name: string;
  role: Role;
  createdAt: number;
  disabledAt: number | null;
}

export interface NewUser {
  workspaceId: string;
  email: string;
  /** Plain text; only its scrypt hash is stored. */
  password: string;
  name?: string;
  role: Role;
  actor: Actor;
}

export interface UserChanges {
  role?: Role;
  name?: string;
  /** true disables sign-in (and ends the user's sessions); false enables it again. */
  disabled?: boolean;
  /** Plain text; ends the user's sessions. */
  password?: string;
}

/** A hash of a random password nobody knows: checked when the email is unknown so both failures take as long. */
const DUMMY_HASH = 'scrypt$32768$8$1$eRIYUghDYVKp2DL48LDzFA==$iDSTANMwSqEbj/1fU5lPGHkb88nwc23Htg+QGognmH8=';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toUser(row: UserTable): User {
  if (!isRole(row.role)) throw new Error(`user ${row.id} has an unknown role ${row.role}`);
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

/** What the audit log keeps about a user. */
function snapshot(user: User): Record<string, unknown> {
  return { email: user.email, name: user.name, role: user.role, disabledAt: user.disabledAt };
}

function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  // 23505 is PostgreSQL's unique_violation; better-sqlite3 reports SQLITE_CONSTRAINT_UNIQUE.
  return error.code === '23505' || error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

const emailTaken = () => new AppError('conflict', 'a user with this email already exists', { context: { field: 'email' } });

async function inTransaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

/**
 * Serializes user changes within a workspace until the transaction ends: a no-op update takes the workspace row's
 * lock on PostgreSQL and the write lock on SQLite, so "count, then insert or demote" cannot interleave.
 */
async function lockWorkspace(trx: Executor, workspaceId: string): Promise<void> {
  await trx
    .updateTable('workspaces')
    .set((eb) => ({ slug: eb.ref('slug') }))
    .where('id', '=', workspaceId)
    .execute();
}

async function insertUser(db: Executor, clock: Clock, input: Omit<NewUser, 'password'> & { passwordHash: string }): Promise<User> {
  const email = normalizeEmail(input.email);
  if (await findUserByEmail(db, input.workspaceId, email)) throw emailTaken();
  const now = clock.now();
  const row: UserTable = {
    id: newId('usr', now),
    workspace_id: input.workspaceId,
    email,
    name: input.name?.trim() ?? '',
    password_hash: input.passwordHash,
    role: input.role,
    created_at: now,
    disabled_at: null,
  };
  try {
    await db.insertInto('users').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  const user = toUser(row);
  await recordAudit(db, clock, {
    workspaceId: input.workspaceId,
    actor: input.actor,
    action: 'user.create',
    subjectType: 'user',
    subjectId: user.id,
    after: snapshot(user),
  });
  return user;
}

/** Creates a user; the email is trimmed and lowercased and must be unused (else AppError conflict). */
export async function createUser(db: Executor, clock: Clock, input: NewUser): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, (trx) => insertUser(trx, clock, { ...input, passwordHash }));
}

/**
 * First-run setup: creates the workspace's first user as owner, or throws AppError conflict when any user exists.
 * The check and the insert share one locked transaction, so two concurrent calls cannot both succeed.
 */
export async function createFirstOwner(
  db: Executor,
  clock: Clock,
  input: { workspaceId: string; email: string; password: string; name?: string },
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (trx) => {
    await lockWorkspace(trx, input.workspaceId);
    if ((await countUsers(trx, input.workspaceId)) > 0) throw new AppError('conflict', 'setup is already done: sign in instead');
    return insertUser(trx, clock, { ...input, role: 'owner', passwordHash, actor: { type: 'system', id: null } });
  });
}

/** The user with this email (any case), with the password hash for sign-in. Disabled users are included. */
export async function findUserByEmail(
  db: Executor,
  workspaceId: string,
  email: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('email', '=', normalizeEmail(email))
    .executeTakeFirst();
  return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
}

export async function findUserById(db: Executor, workspaceId: string, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/**
 * The enabled user with this email and password, or undefined. An unknown email costs the same scrypt work as a
 * wrong password, so response times do not reveal which emails exist.
 */
export async function checkCredentials(db: Executor, workspaceId: string, email: string, password: string): Promise<User | undefined> {
  const found = await findUserByEmail(db, workspaceId, email);
  const matches = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
  if (!found || !matches || found.disabledAt !== null) return undefined;
  const { passwordHash: _hash, ...user } = found;
  return user;
}

/** Most workspaces one sign-in looks through: each costs a password check. */
const MAX_SIGN_IN_WORKSPACES = 20;

/**
 * Sign-in without a workspace: the enabled users with this email, in any workspace, whose password matches, with
 * their workspace. Only workspaces where the password is right are named, so a sign-in reveals no other membership;
 * an unknown email costs one password check, as a wrong password does.
 */
export async function findSignInMatches(db: Executor, email: string, password: string): Promise<{ user: User; workspace: { id: string; slug: string; name: string } }[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('workspaces', 'workspaces.id', 'users.workspace_id')
    .selectAll('users')
    .select(['workspaces.slug as workspace_slug', 'workspaces.name as workspace_name'])
    .where('users.email', '=', normalizeEmail(email))
    .where('users.disabled_at', 'is', null)
    .orderBy('workspaces.name')
    .orderBy('workspaces.slug')
    .limit(MAX_SIGN_IN_WORKSPACES)
    .execute();
  if (rows.length === 0) {
    await verifyPassword(password, DUMMY_HASH);
    return [];
  }
  const matches: { user: User; workspace: { id: string; slug: string; name: string } }[] = [];
  for (const row of rows) {
    if (await verifyPassword(password, row.password_hash)) matches.push({ user: toUser(row), workspace: { id: row.workspace_id, slug: row.workspace_slug, name: row.workspace_name } });
  }
  return matches;
}

/**
 * Makes an existing user a member of another workspace with the same email, name and password (an owner who creates
 * a workspace owns it and signs in to it as before). A conflict when the email is already there.
 */
export async function addUserToWorkspace(db: Executor, clock: Clock, input: { from: { workspaceId: string; userId: string }; workspaceId: string; role: Role; actor: Actor }): Promise<User> {
  const source = await db.selectFrom('users').selectAll().where('workspace_id', '=', input.from.workspaceId).where('id', '=', input.from.userId).executeTakeFirst();
  if (!source) throw new AppError('not_found', `user ${input.from.userId} was not found`);
  return inTransaction(db, (trx) =>
    insertUser(trx, clock, { workspaceId: input.workspaceId, email: source.email, name: source.name, role: input.role, passwordHash: source.password_hash, actor: input.actor }),
  );
}

/** Every user of a workspace, oldest first. */
export async function listUsers(db: Executor, workspaceId: string): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toUser);
}

/** How many users a workspace has, disabled ones included. */
export async function countUsers(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function countActiveOwners(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Changes a user's role, name, password or disabled state. Throws not_found for an unknown user and conflict when
 * the change would leave the workspace without an active owner. Disabling or a new password ends the user's sessions.
 */
export async function updateUser(
  db: Executor,
  clock: Clock,
  input: { workspaceId: string; userId: string; changes: UserChanges; actor: Actor },
): Promise<User> {
  const { workspaceId, userId, changes } = input;
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  return inTransaction(db, async (trx) => {
    await lockWorkspace(trx, workspaceId);
    const before = await findUserById(trx, workspaceId, userId);
    if (!before) throw new AppError('not_found', `user ${userId} was not found`, { context: { id: userId } });
    const now = clock.now();
    const after: User = {
      ...before,
      role: changes.role ?? before.role,
      name: changes.name?.trim() ?? before.name,
      disabledAt: changes.disabled === undefined ? before.disabledAt : changes.disabled ? (before.disabledAt ?? now) : null,
    };
    const wasActiveOwner = before.role === 'owner' && before.disabledAt === null;
    const isActiveOwner = after.role === 'owner' && after.disabledAt === null;
    if (wasActiveOwner && !isActiveOwner && (await countActiveOwners(trx, workspaceId)) <= 1) {
      throw new AppError('conflict', 'this is the last active owner: make someone else owner first');
    }
    const changed = after.role !== before.role || after.name !== before.name || after.disabledAt !== before.disabledAt;
    if (!changed && passwordHash === undefined) return before;
    await trx
      .updateTable('users')
      .set({
        role: after.role,
        name: after.name,
        disabled_at: after.disabledAt,
        ...(passwordHash === undefined ? {} : { password_hash: passwordHash }),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', userId)
      .execute();
    if (passwordHash !== undefined || (after.disabledAt !== null && before.disabledAt === null)) {
      await deleteUserSessions(trx, workspaceId, userId);
    }
    await recordAudit(trx, clock, {
      workspaceId,
      actor: input.actor,
      action: 'user.update',
      subjectType: 'user',
      subjectId: userId,
      before: snapshot(before),
      after: { ...snapshot(after), ...(passwordHash === undefined ? {} : { passwordChanged: true }) },
    });
    return after;
  });
}
