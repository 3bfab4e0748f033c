// Writes of the package catalogue: create, change, delete; and a campaign link's click.
import type { z } from 'zod';
import { recordAudit, type Actor } from '../../../core/audit.js';
import { AppError, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import type { Executor } from '../../../db/database.js';
import type { Clock } from '../../../core/clock.js';
import type { createPackageBody, updatePackageBody } from '../contract.js';
import { findPackage, type PackageRow } from './queries.js';

interface Writer {
  readonly db: Executor;
  readonly clock: Clock;
  readonly workspaceId: string;
  readonly actor: Actor;
}

export async function createPackage(w: Writer, input: z.output<typeof createPackageBody>): Promise<PackageRow> {
  if (input.quota_remaining > input.quota_total) throw new AppError('validation_failed', 'quota_remaining: cannot be more than quota_total', { context: { field: 'quota_remaining' } });
  if (await findPackage(w.db, w.workspaceId, input.code)) throw new AppError('conflict', `package ${input.code} already exists`, { context: { field: 'code' } });
  const now = w.clock.now();
  const row: PackageRow = { workspace_id: w.workspaceId, ...input, features: JSON.stringify(input.features), created_at: now, updated_at: now };
  await w.db.insertInto('wa_packages').values(row).execute();
  await recordAudit(w.db, w.clock, { workspaceId: w.workspaceId, actor: w.actor, action: 'package.create', subjectType: 'wa_package', subjectId: input.code, after: input });
  return row;
}

export async function updatePackage(w: Writer, code: string, input: z.output<typeof updatePackageBody>): Promise<PackageRow> {
  const before = await findPackage(w.db, w.workspaceId, code);
  if (!before) throw notFound('package', code);
  const { features, ...rest } = input;
  const next = { ...before, ...rest, ...(features ? { features: JSON.stringify(features) } : {}), updated_at: w.clock.now() };
  if (next.quota_remaining > next.quota_total) throw new AppError('validation_failed', 'quota_remaining: cannot be more than quota_total', { context: { field: 'quota_remaining' } });
  await w.db.updateTable('wa_packages').set(next).where('workspace_id', '=', w.workspaceId).where('code', '=', code).execute();
  await recordAudit(w.db, w.clock, { workspaceId: w.workspaceId, actor: w.actor, action: 'package.update', subjectType: 'wa_package', subjectId: code, before, after: input });
  return next;
}

export async function deletePackage(w: Writer, code: string): Promise<void> {
  const before = await findPackage(w.db, w.workspaceId, code);
  if (!before) throw notFound('package', code);
  await w.db.deleteFrom('wa_packages').where('workspace_id', '=', w.workspaceId).where('code', '=', code).execute();
  await recordAudit(w.db, w.clock, { workspaceId: w.workspaceId, actor: w.actor, action: 'package.delete', subjectType: 'wa_package', subjectId: code, before });
}

export async function recordClick(db: Executor, clock: Clock, workspaceId: string, code: string): Promise<void> {
  const now = clock.now();
  await db.insertInto('wa_clicks').values({ id: newId('wck', now), workspace_id: workspaceId, code, at: now }).execute();
}
