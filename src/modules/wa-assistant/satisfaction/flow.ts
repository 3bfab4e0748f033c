// The rating question sent (in business hours, to a conversation the bot answers) and the customer's answer recorded.
import { recordAudit, systemActor } from '../../../core/audit.js';
import { newId } from '../../../core/ids.js';
import { enqueueJob } from '../../../core/jobs/enqueue.js';
import { isWithinBusinessHours, loadBusinessHours, nextBusinessOpening } from '../../../core/schedule/business-hours.js';
import { batchedRead } from '../../../core/read-batch.js';
import { grouped } from '../../../core/grouped.js';
import { inTransaction } from '../../../db/transaction.js';
import type { Flow } from '../flow.js';
import { conversationSerialKey } from '../flow.js';
import type { ConversationRow, WaitingMessage } from '../queries.js';
import { storedNotes } from '../notes/rules.js';
import { queueReply } from '../replies/flow.js';
import type { Language } from '../rules.js';
import { loadAssistantSettings } from '../settings.js';
import { claimMessages, lockConversation } from '../turns/flow.js';
import { DEFAULT_QUESTION, readRating, thanksForRating } from './rules.js';
import { satisfactionJobKey } from './schedule.js';

/** An answer later than this is no answer: the question is closed and the message goes to the normal flow. */
export const ANSWER_WITHIN_MS = 24 * 3_600_000;

const audit = (f: Flow, action: string, conversationId: string, after: unknown, actor = systemActor) =>
  recordAudit(f.db, f.ctx.clock, { workspaceId: f.workspaceId, actor, action, subjectType: 'wa_conversation', subjectId: conversationId, after });

async function close(f: Flow, id: string, status: 'skipped' | 'ignored', note: string): Promise<boolean> {
  const r = await f.db.updateTable('wa_satisfaction').set({ status, note }).where('workspace_id', '=', f.workspaceId).where('id', '=', id).where('status', 'in', ['scheduled', 'asked']).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * The question's timer fired (in the job's transaction). It is sent only to a conversation the bot answers (while a
 * person has it, it waits for the hand-back), when ratings are still on and no other question is open; outside
 * business hours it waits for the next opening.
 */
export async function askSatisfaction(f: Flow, satisfactionId: string): Promise<void> {
  const row = await f.db.selectFrom('wa_satisfaction').selectAll().where('workspace_id', '=', f.workspaceId).where('id', '=', satisfactionId).executeTakeFirst();
  if (!row || row.status !== 'scheduled') return;
  const c = await lockConversation(f, row.conversation_id);
  if (!c) return;
  const settings = await loadAssistantSettings(f.ctx, f.db, f.workspaceId);
  const skip = async (note: string) => {
    if (await close(f, row.id, 'skipped', note)) await audit(f, 'satisfaction.skip', c.id, { occasion: row.occasion, note });
  };
  if (!settings.satisfaction_enabled) return skip('ratings were turned off');
  if (c.status !== 'bot') {
    // A person is not interrupted: the question waits, and the hand-back re-arms it.
    await f.db.updateTable('wa_satisfaction').set({ note: 'waiting: a person has the conversation; asked after the hand-back' }).where('id', '=', row.id).execute();
    return;
  }
  const open = await f.db.selectFrom('wa_satisfaction').select('id').where('workspace_id', '=', f.workspaceId).where('conversation_id', '=', c.id).where('status', '=', 'asked').executeTakeFirst();
  if (open) return skip('another rating question is still open');
  const now = f.ctx.clock.now();
  const { timezone, hours } = await loadBusinessHours(f.db, f.workspaceId);
  if (!isWithinBusinessHours(now, timezone, hours)) {
    const dueAt = nextBusinessOpening(now, timezone, hours);
    await f.db.updateTable('wa_satisfaction').set({ due_at: dueAt }).where('id', '=', row.id).execute();
    await enqueueJob({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock }, f.workspaceId, 'wa-assistant.satisfaction', { satisfactionId }, { jobKey: satisfactionJobKey(row.id), serialKey: conversationSerialKey(c.id), runAt: dueAt });
    return;
  }
  const language = c.language as Language;
  const question = (language === 'en' ? settings.satisfaction_question_en : settings.satisfaction_question_id) ?? DEFAULT_QUESTION[language];
  await queueReply(f, c, { keyPrefix: `wa:${c.id}:satisfaction:${row.occasion}`, author: 'bot', turnId: null, parts: [{ type: 'text', text: question }], seenMessageIds: [] }, settings);
  await f.db.updateTable('wa_satisfaction').set({ status: 'asked', asked_at: now }).where('id', '=', row.id).execute();
  await audit(f, 'satisfaction.ask', c.id, { occasion: row.occasion, language });
}

/** Each conversation's rating question waiting for its answer (the newest asked), read with the other turns'. */
export const openRatingQuestionRead = batchedRead('wa-assistant.rating-question', async (db, workspaceId, conversationIds) => {
  const rows = await db
    .selectFrom('wa_satisfaction')
    .select(['id', 'conversation_id', 'occasion', 'asked_at'])
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', 'in', conversationIds)
    .where('status', '=', 'asked')
    .orderBy('asked_at', 'desc')
    .execute();
  return new Map([...grouped(rows, (r) => r.conversation_id)].map(([id, asked]) => [id, asked[0] as (typeof rows)[number]]));
});

/**
 * The first turn after the question: a rating ("5", "lima", "⭐⭐⭐⭐", "sangat puas"…) is recorded and thanked for
 * in a turn of its own, and true is returned; anything else closes the question and returns false, so the normal
 * flow answers it. Called by the turn job before the brain, with the conversation answered by the bot.
 */
export async function answerSatisfaction(f: Flow, conversation: ConversationRow, messages: readonly WaitingMessage[]): Promise<boolean> {
  const open = await f.ctx.readBatches.read(openRatingQuestionRead, f.db, f.workspaceId, conversation.id);
  if (!open) return false;
  const now = f.ctx.clock.now();
  if (now - Number(open.asked_at) > ANSWER_WITHIN_MS) {
    await close(f, open.id, 'ignored', 'no answer within 24 hours');
    return false;
  }
  const score = readRating(messages.map((m) => m.body ?? '').join(' '));
  if (score === null) {
    await close(f, open.id, 'ignored', 'the next message was no rating: the normal flow answered it');
    return false;
  }
  return inTransaction(f.db, async (trx) => {
    const t: Flow = { ...f, db: trx };
    const c = await lockConversation(t, conversation.id);
    if (!c || c.status !== 'bot') return false;
    const turnId = newId('wat', now);
    const taken = await claimMessages(t, turnId, messages);
    if (taken === 0) return true;
    const recorded = await trx
      .updateTable('wa_satisfaction')
      .set({ status: 'answered', score, answered_at: now, turn_id: turnId })
      .where('workspace_id', '=', f.workspaceId)
      .where('id', '=', open.id)
      .where('status', '=', 'asked')
      .executeTakeFirst();
    if (Number(recorded.numUpdatedRows) === 0) return false;
    const language = c.language as Language;
    const thanks = thanksForRating(language);
    const rated = storedNotes([{ code: 'wa.rating', values: { score, occasion: open.occasion } }]);
    await trx
      .insertInto('wa_turns')
      .values({
        id: turnId, workspace_id: f.workspaceId, conversation_id: c.id, status: 'answered', message_count: taken,
        first_message_at: Math.min(...messages.map((m) => m.created_at)), decided_at: now, intent: 'rating', language,
        phase_before: c.phase, phase_after: c.phase, confidence: 1, escalate: 0, escalation_reason: null, engine: 'rules',
        model: null, fallback_reason: null, prompt_version: null, reply_text: thanks, media: '[]', campaign_code: null,
        codes_logged: null, notes: rated.text, note_codes: rated.codes, created_at: now, experiment_id: c.experiment_id, variant_key: c.variant_key,
      })
      .execute();
    await audit(t, 'satisfaction.answer', c.id, { occasion: open.occasion, score, turn_id: turnId }, { type: 'webhook', id: 'waha' });
    const seen = messages.flatMap((m) => (m.provider_message_id ? [m.provider_message_id] : []));
    await queueReply(t, c, { keyPrefix: `wa:${turnId}`, author: 'bot', turnId, parts: [{ type: 'text', text: thanks }], seenMessageIds: seen }, await loadAssistantSettings(f.ctx, trx, f.workspaceId));
    return true;
  });
}
