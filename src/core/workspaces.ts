// Workspaces: one business each (an agency's client, a chain's branch). The default one is created on first start and
// owns /webhooks/<provider>; others answer at /webhooks/<provider>/<slug>.
import type { Executor, WorkspaceTable } from '../db/database.js';
import { isUniqueViolation } from '../db/transaction.js';
import type { Clock } from './clock.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { keptRead, type ReadCache } from './read-cache.js';

export type Workspace = WorkspaceTable;

export const DEFAULT_WORKSPACE_SLUG = 'default';

/** A slug as webhook URLs take it: lower-case letters, digits and hyphens, starting with a letter or digit. */
export const WORKSPACE_SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export interface NewWorkspace {
  slug: string;
  name: string;
  timezone?: string;
  country?: string;
  currency?: string;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Creates a workspace; a slug in use is an AppError conflict, a malformed one bad_request. */
export async function createWorkspace(db: Executor, clock: Clock, input: NewWorkspace): Promise<Workspace> {
  if (!WORKSPACE_SLUG.test(input.slug)) {
    throw new AppError('bad_request', 'slug must be lower-case letters, digits and hyphens (at most 63), starting with a letter or digit', { context: { field: 'slug' } });
  }
  const bad = (field: string, message: string) => new AppError('bad_request', `${field} ${message}`, { context: { field } });
  if (input.timezone !== undefined && !isTimeZone(input.timezone)) throw bad('timezone', 'must be an IANA time zone such as Asia/Jakarta');
  if (input.country !== undefined && !/^[A-Z]{2}$/.test(input.country)) throw bad('country', 'must be a two-letter country code such as ID');
  if (input.currency !== undefined && !/^[A-Z]{3}$/.test(input.currency)) throw bad('currency', 'must be a three-letter currency code such as IDR');
  const row: Workspace = {
    id: newId('ws', clock.now()),
    slug: input.slug,
    name: input.name,
    timezone: input.timezone ?? 'Asia/Jakarta',
    country: input.country ?? 'ID',
    currency: input.currency ?? 'IDR',
    business_hours: null,
    created_at: clock.now(),
  };
  try {
    await db.insertInto('workspaces').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `a workspace named ${input.slug} already exists`, { context: { field: 'slug' } });
    throw error;
  }
  return row;
}

export async function findWorkspaceBySlug(db: Executor, slug: string): Promise<Workspace | undefined> {
  return db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The workspaces where this email has an enabled user, by name. */
export async function listWorkspacesOfEmail(db: Executor, email: string): Promise<Workspace[]> {
  return db
    .selectFrom('workspaces')
    .innerJoin('users', 'users.workspace_id', 'workspaces.id')
    .selectAll('workspaces')
    .where('users.email', '=', email.trim().toLowerCase())
    .where('users.disabled_at', 'is', null)
    .orderBy('workspaces.name')
    .orderBy('workspaces.slug')
    .execute();
}

export async function findWorkspaceById(db: Executor, id: string): Promise<Workspace | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The read-cache key of a workspace's row: whoever changes the row forgets it once the change has committed. */
export const WORKSPACE_READ_KEY = 'workspace';

/**
 * The workspace row kept for a second (core/read-cache.ts), for the hot paths that need only its time zone or
 * business hours: each WhatsApp turn and each process-message call read it, one round trip each on PostgreSQL.
 */
export async function keptWorkspace(cache: ReadCache, db: Executor, id: string): Promise<Workspace | undefined> {
  return keptRead(cache, db, id, WORKSPACE_READ_KEY, () => findWorkspaceById(db, id));
}

/**
 * The id of the workspace with this slug, kept like any read (ctx.readCache): a burst of webhooks to one workspace's
 * URL makes one read a second. An unknown slug is not kept (a prober's made-up ones must not push real reads out).
 */
export async function keptWorkspaceIdBySlug(cache: ReadCache, db: Executor, slug: string): Promise<string | undefined> {
  return keptRead(cache, db, '', `workspace-slug/${slug}`, async () => (await findWorkspaceBySlug(db, slug))?.id);
}

/** Returns the default workspace, creating it if this is the first start. Safe when two processes start at once. */
export async function ensureDefaultWorkspace(db: Executor, clock: Clock): Promise<Workspace> {
  const existing = await findWorkspaceBySlug(db, DEFAULT_WORKSPACE_SLUG);
  if (existing) return existing;
  try {
    return await createWorkspace(db, clock, { slug: DEFAULT_WORKSPACE_SLUG, name: 'My business' });
  } catch (error) {
    const raced = await findWorkspaceBySlug(db, DEFAULT_WORKSPACE_SLUG);
    if (raced) return raced;
    throw error;
  }
}
