// A preliminary pilgrim record's outcome, set by a person: paid (payment confirmed) or cancelled; audited.
import type { Selectable } from 'kysely';
import { recordAudit, type Actor } from '../../../core/audit.js';
import type { Clock } from '../../../core/clock.js';
import { notFound } from '../../../core/errors.js';
import type { Executor } from '../../../db/database.js';
import type { WaJamaahTable } from '../tables.js';

export async function setJamaahStatus(w: { db: Executor; clock: Clock; workspaceId: string; actor: Actor }, id: string, status: string): Promise<Selectable<WaJamaahTable>> {
  const row = await w.db.selectFrom('wa_jamaah').selectAll().where('workspace_id', '=', w.workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('jamaah record', id);
  if (row.status === status) return row;
  const now = w.clock.now();
  await w.db.updateTable('wa_jamaah').set({ status, updated_at: now }).where('id', '=', row.id).execute();
  await recordAudit(w.db, w.clock, { workspaceId: w.workspaceId, actor: w.actor, action: 'jamaah.status', subjectType: 'wa_jamaah', subjectId: row.id, before: { status: row.status }, after: { status, conversation_id: row.conversation_id } });
  return { ...row, status, updated_at: now };
}
