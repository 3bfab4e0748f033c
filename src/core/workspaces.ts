// Workspaces: one business each. The default one is created on first start and owns /webhooks/<provider>.
import type { Executor, WorkspaceTable } from '../db/database.js';
import type { Clock } from './clock.js';
import { newId } from './ids.js';

export type Workspace = WorkspaceTable;

export const DEFAULT_WORKSPACE_SLUG = 'default';

export interface NewWorkspace {
  slug: string;
  name: string;
  timezone?: string;
  country?: string;
  currency?: string;
}

export async function createWorkspace(db: Executor, clock: Clock, input: NewWorkspace): Promise<Workspace> {
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
  await db.insertInto('workspaces').values(row).execute();
  return row;
}

export async function findWorkspaceBySlug(db: Executor, slug: string): Promise<Workspace | undefined> {
  return db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findWorkspaceById(db: Executor, id: string): Promise<Workspace | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
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
