// The `crm` change kind of GET /api/live: moves when a business is added, a status changes, a message arrives or a campaign changes state.
import type { LiveSignal } from '../../core/module.js';

export const crmLiveSignal: LiveSignal = async (db, ws) => {
  const business = await db.selectFrom('crm_businesses').select('id').where('workspace_id', '=', ws).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const change = await db.selectFrom('crm_status_changes').select('id').where('workspace_id', '=', ws).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const message = await db.selectFrom('crm_messages').select('id').where('workspace_id', '=', ws).orderBy('id', 'desc').limit(1).executeTakeFirst();
  // Few campaigns per workspace: their newest update is a short scan.
  const campaign = await db.selectFrom('crm_campaigns').select((eb) => eb.fn.max('updated_at').as('at')).where('workspace_id', '=', ws).executeTakeFirst();
  return [business?.id ?? '', change?.id ?? '', message?.id ?? '', String(campaign?.at ?? '')].join('|');
};
