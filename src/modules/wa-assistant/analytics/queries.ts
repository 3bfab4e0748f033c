// Reads behind GET /api/marketing/analytics: the conversations that started in the range, their turns, replies and clicks.
import { moduleDeliveries } from '../../../core/deliveries/deliveries.js';
import { addLocalDays, localDayOf, startOfLocalDay, endOfLocalDay } from '../../../core/schedule/local-day.js';
import type { Executor } from '../../../db/database.js';
import { MODULE_NAME } from '../settings.js';
import { analyticsReport, type AnsweredTurn, type CohortConversation } from './figures.js';
import type { MarketingAnalytics } from '../contract/analytics.js';

export interface AnalyticsRange {
  readonly from: string;
  readonly to: string;
  readonly timezone: string;
  readonly start: number;
  readonly end: number;
}

/** The days asked for, in the workspace's zone: `to` defaults to today, `from` to 29 days before it (30 days). */
export function analyticsRange(nowMs: number, timezone: string, q: { from?: string | undefined; to?: string | undefined }): AnalyticsRange {
  const to = q.to ?? localDayOf(nowMs, timezone);
  const from = q.from ?? addLocalDays(to, -29);
  return { from, to, timezone, start: startOfLocalDay(from, timezone), end: endOfLocalDay(to, timezone) };
}

const inRange = (r: Pick<AnalyticsRange, 'start' | 'end'>) => ({ start: r.start, end: r.end });

/** The conversations created between `r.start` and `r.end`, with what became of them (also an A/B test's figures, from its start). */
export async function cohort(db: Executor, workspaceId: string, r: Pick<AnalyticsRange, 'start' | 'end'>): Promise<CohortConversation[]> {
  const { start, end } = inRange(r);
  const rows = await db
    .selectFrom('wa_conversations')
    .select(['id', 'phase', 'campaign_code', 'status', 'escalated_at', 'assigned_to', 'experiment_id', 'variant_key'])
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .execute();
  const turns = await db
    .selectFrom('wa_turns as t')
    .innerJoin('wa_conversations as c', 'c.id', 't.conversation_id')
    .select(['t.conversation_id', 't.status', 't.escalate', 't.intent', 't.prompt_version', 't.created_at', 't.id'])
    .where('c.workspace_id', '=', workspaceId)
    .where('c.created_at', '>=', start)
    .where('c.created_at', '<', end)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
  const people = await db
    .selectFrom('wa_messages as m')
    .innerJoin('wa_conversations as c', 'c.id', 'm.conversation_id')
    .select('m.conversation_id')
    .distinct()
    .where('c.workspace_id', '=', workspaceId)
    .where('c.created_at', '>=', start)
    .where('c.created_at', '<', end)
    .where('m.author', '=', 'person')
    .execute();
  const withPerson = new Set(people.map((p) => p.conversation_id));
  const paidRecords = await db
    .selectFrom('wa_jamaah as j')
    .innerJoin('wa_conversations as c', 'c.id', 'j.conversation_id')
    .select('j.conversation_id')
    .where('c.workspace_id', '=', workspaceId)
    .where('c.created_at', '>=', start)
    .where('c.created_at', '<', end)
    .where('j.status', '=', 'paid')
    .execute();
  const paid = new Set(paidRecords.map((p) => p.conversation_id));
  const facts = new Map<string, { escalated: boolean; silent: boolean; paid: boolean; version: string | null | undefined }>();
  for (const t of turns) {
    const f = facts.get(t.conversation_id) ?? { escalated: false, silent: false, paid: false, version: undefined };
    if (t.escalate === 1) f.escalated = true;
    if (t.status === 'silent') f.silent = true;
    if (t.intent === 'transfer_done') f.paid = true;
    if (t.status === 'answered' && f.version === undefined) f.version = t.prompt_version;
    facts.set(t.conversation_id, f);
  }
  return rows.map((c) => {
    const f = facts.get(c.id);
    return {
      id: c.id,
      phase: c.phase,
      campaignCode: c.campaign_code,
      promptVersion: f?.version ?? null,
      escalated: (f?.escalated ?? false) || c.escalated_at !== null,
      // A silent turn means the conversation waited for or belonged to a person.
      personInvolved: withPerson.has(c.id) || c.status === 'person' || c.assigned_to !== null || (f?.silent ?? false),
      paid: paid.has(c.id) || (f?.paid ?? false),
      experimentId: c.experiment_id,
      variantKey: c.variant_key,
    };
  });
}

/** Turns the assistant answered whose burst began in the range, with when the reply's first part went out. */
async function answeredTurns(db: Executor, workspaceId: string, r: AnalyticsRange): Promise<AnsweredTurn[]> {
  const turns = await db
    .selectFrom('wa_turns')
    .select(['id', 'conversation_id', 'intent', 'escalate', 'prompt_version', 'first_message_at'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'answered')
    .where('first_message_at', '>=', r.start)
    .where('first_message_at', '<', r.end)
    .execute();
  // A sent message's sent_at is the time WAHA accepted it (the sent job writes it).
  const firsts = await db
    .selectFrom('wa_messages as m')
    .innerJoin('wa_turns as t', 't.id', 'm.turn_id')
    .innerJoin(moduleDeliveries(db, workspaceId, MODULE_NAME).as('d'), 'd.id', 'm.delivery_id')
    .select(['m.turn_id', (eb) => eb.fn.min('m.sent_at').as('first_sent')])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.direction', '=', 'out')
    .where('m.author', '=', 'bot')
    .where('d.status', 'in', ['sent', 'delivered'])
    .where('t.first_message_at', '>=', r.start)
    .where('t.first_message_at', '<', r.end)
    .groupBy('m.turn_id')
    .execute();
  const sentAt = new Map(firsts.map((f) => [f.turn_id ?? '', Number(f.first_sent)]));
  return turns.map((t) => {
    const sent = sentAt.get(t.id);
    return {
      conversationId: t.conversation_id,
      intent: t.intent,
      escalated: t.escalate === 1,
      promptVersion: t.prompt_version,
      responseMs: sent === undefined ? null : Math.max(0, sent - Number(t.first_message_at)),
    };
  });
}

async function clicks(db: Executor, workspaceId: string, r: AnalyticsRange): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('wa_clicks')
    .select(['code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('at', '>=', r.start)
    .where('at', '<', r.end)
    .groupBy('code')
    .execute();
  return new Map(rows.map((row) => [row.code, Number(row.n)]));
}

/** The 1–5 ratings customers gave in the range (answers to the question after a booking or a hand-back). */
async function ratings(db: Executor, workspaceId: string, r: AnalyticsRange): Promise<number[]> {
  const rows = await db
    .selectFrom('wa_satisfaction')
    .select('score')
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'answered')
    .where('answered_at', '>=', r.start)
    .where('answered_at', '<', r.end)
    .execute();
  return rows.flatMap((row) => (row.score === null ? [] : [Number(row.score)]));
}

export async function marketingAnalytics(db: Executor, workspaceId: string, r: AnalyticsRange): Promise<Omit<MarketingAnalytics, 'experiments'>> {
  const codes = await db.selectFrom('wa_packages').select('code').where('workspace_id', '=', workspaceId).orderBy('code').execute();
  return analyticsReport({
    range: { from: r.from, to: r.to, timezone: r.timezone, start: r.start, end: r.end },
    conversations: await cohort(db, workspaceId, r),
    turns: await answeredTurns(db, workspaceId, r),
    clicks: await clicks(db, workspaceId, r),
    campaignCodes: codes.map((c) => c.code),
    ratings: await ratings(db, workspaceId, r),
  });
}
