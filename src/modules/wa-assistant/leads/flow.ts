// Marketing leads posted through the API (the seed's POST /api/marketing/leads): one per phone, a repeat updates it.
import type { z } from 'zod';
import { recordAudit, type Actor } from '../../../core/audit.js';
import type { Clock } from '../../../core/clock.js';
import { normalizePhone } from '../../../core/contacts/phone.js';
import { AppError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import type { Executor } from '../../../db/database.js';
import type { marketingLeadBody } from '../contract.js';

export async function upsertMarketingLead(w: { db: Executor; clock: Clock; workspaceId: string; actor: Actor }, input: z.output<typeof marketingLeadBody>): Promise<{ id: string; created: boolean }> {
  const phone = normalizePhone(input.phone, 'ID');
  if (!phone) throw new AppError('validation_failed', 'phone: not a phone number', { context: { field: 'phone' } });
  const now = w.clock.now();
  const existing = await w.db.selectFrom('wa_leads').select(['id', 'phase']).where('workspace_id', '=', w.workspaceId).where('phone', '=', phone).executeTakeFirst();
  const conversation = await w.db.selectFrom('wa_conversations').select('id').where('workspace_id', '=', w.workspaceId).where('phone', '=', phone).executeTakeFirst();
  const values = {
    name: input.name,
    phase: input.phase,
    interested_package: input.interested_package ?? null,
    conversation_summary: input.conversation_summary ?? null,
    source: input.source ?? null,
    ai_confidence: input.ai_confidence ?? null,
    conversation_id: conversation?.id ?? null,
    updated_at: now,
  };
  if (existing) {
    await w.db.updateTable('wa_leads').set(values).where('id', '=', existing.id).execute();
  } else {
    await w.db.insertInto('wa_leads').values({ id: newId('wld', now), workspace_id: w.workspaceId, phone, created_at: now, ...values }).execute();
  }
  const id = existing?.id ?? (await w.db.selectFrom('wa_leads').select('id').where('workspace_id', '=', w.workspaceId).where('phone', '=', phone).executeTakeFirstOrThrow()).id;
  await recordAudit(w.db, w.clock, { workspaceId: w.workspaceId, actor: w.actor, action: existing ? 'lead.update' : 'lead.create', subjectType: 'wa_lead', subjectId: id, after: { ...values, phone } });
  return { id, created: !existing };
}
