// Addresses outside callers use: PUBLIC_URL plus a webhook path, with the workspace's slug unless it is the default one.
import type { AppContext } from '../../core/context.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { Executor } from '../../db/database.js';

/** The public address of a webhook or tracking path for this workspace: /webhooks/twilio/status or …/status/<slug>. */
export async function publicPath(ctx: Pick<AppContext, 'config'>, db: Executor, workspaceId: string, path: string, withSlug: boolean): Promise<string> {
  if (!withSlug) return `${ctx.config.publicUrl}${path}`;
  const ws = await findWorkspaceById(db, workspaceId);
  return `${ctx.config.publicUrl}${path}${ws && ws.slug !== 'default' ? `/${ws.slug}` : ''}`;
}
