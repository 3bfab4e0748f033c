// A business's timeline: status changes (with who or what caused them), messages in and out, and payments, newest first.
import { listConsents } from '../../core/contacts/consent.js';
import type { Executor } from '../../db/database.js';
import type { BusinessRow } from './tables.js';

const LIMIT = 500;

export async function businessTimeline(db: Executor, b: BusinessRow) {
  const ws = b.workspace_id;
  const [changes, messages, payments, consents] = await Promise.all([
    db
      .selectFrom('crm_status_changes as s')
      .leftJoin('users as u', (j) => j.onRef('u.id', '=', 's.actor_id').on('s.actor_type', '=', 'user'))
      .leftJoin('api_tokens as t', (j) => j.onRef('t.id', '=', 's.actor_id').on('s.actor_type', '=', 'token'))
      .select(['s.field', 's.from_status', 's.to_status', 's.cause', 's.detail', 's.reason', 's.campaign_id', 's.event_id', 's.at', 's.actor_type', 'u.name as user_name', 'u.email as user_email', 't.name as token_name'])
      .where('s.workspace_id', '=', ws)
      .where('s.business_id', '=', b.id)
      .orderBy('s.at', 'desc')
      .orderBy('s.id', 'desc')
      .limit(LIMIT)
      .execute(),
    db.selectFrom('crm_messages').selectAll().where('workspace_id', '=', ws).where('business_id', '=', b.id).orderBy('created_at', 'desc').limit(LIMIT).execute(),
    db.selectFrom('crm_payments').selectAll().where('workspace_id', '=', ws).where('business_id', '=', b.id).orderBy('paid_at', 'desc').limit(LIMIT).execute(),
    b.contact_id ? listConsents(db, ws, b.contact_id) : Promise.resolve([]),
  ]);
  const timeline = [
    ...changes.map((s) => ({
      kind: 'status' as const,
      at: s.at,
      field: s.field,
      from: s.from_status,
      to: s.to_status,
      cause: s.cause,
      detail: s.detail,
      actor_name: s.user_name || s.user_email || (s.token_name ? `token ${s.token_name}` : null),
      reason: s.reason,
      campaign_id: s.campaign_id,
      event_id: s.event_id,
    })),
    ...messages.map((m) => ({
      kind: 'message' as const,
      at: m.created_at,
      direction: m.direction,
      channel: m.channel,
      subject: m.subject,
      body: m.body,
      status: m.status,
      campaign_id: m.campaign_id,
      error_code: m.error_code,
    })),
    ...payments.map((p) => ({ kind: 'payment' as const, at: p.paid_at, amount_cents: Number(p.amount_cents), currency: p.currency, campaign_id: p.campaign_id, event_type: p.event_type })),
  ].sort((a, b2) => b2.at - a.at);
  return { timeline, consents: consents.map((c) => ({ channel: c.channel, status: c.status, source: c.source, changed_at: c.changed_at })) };
}
