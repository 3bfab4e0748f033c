// The module's jobs: a conversation's turn (after its burst), the holding message of an unanswered handover, a sent reply's WAHA id.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { defineJob } from '../../core/jobs/define.js';
import { enqueueJob } from '../../core/jobs/enqueue.js';
import type { JobContext, RegisteredJob } from '../../core/jobs/types.js';
import { eventsWaitingSinceRead } from '../../core/inbox/waiting.js';
import { chatSerialKey } from '../../connectors/waha/index.js';
import { localDayOf } from '../../core/schedule/local-day.js';
import { keptWorkspace } from '../../core/workspaces.js';
import { recordTurnVariant, variantForTurn } from './experiments/flow.js';
import { BACKLOG_RELOOK_MS, conversationSerialKey, turnDueAt, turnJobKey, type Flow } from './flow.js';
import { holdUnansweredHandover } from './handover/flow.js';
import { healthJob } from './health/job.js';
import { configuredMedia } from './media/rules.js';
import { think } from './model/think.js';
import { promptsForTurn } from './prompts/queries.js';
import { recordSentMessage } from './deliveries.js';
import { conversationRead, pendingBotRepliesRead, waitingMessagesRead, type ConversationRow, type WaitingMessage } from './queries.js';
import type { BrainInput } from './brain.js';
import type { Language, Phase } from './rules.js';
import { loadAssistantSettings, type AssistantSettings } from './settings.js';
import { answerSatisfaction } from './satisfaction/flow.js';
import { satisfactionJob } from './satisfaction/job.js';
import { silentReason, silentTurn, writeTurn } from './turns/flow.js';
import { turnSet } from './turns/set.js';
import { keptCatalogue, keptProductionPrompts } from './turn-reads.js';

export const turnPayload = z.object({ conversationId: z.string() });
export const holdingPayload = z.object({ conversationId: z.string(), escalatedAt: z.number() });
export const sentPayload = z.object({ deliveryId: z.string(), messageId: z.string().nullable() });

declare module '../../core/jobs/types.js' {
  interface JobPayloads {
    'wa-assistant.turn': z.infer<typeof turnPayload>;
    'wa-assistant.holding': z.infer<typeof holdingPayload>;
    'wa-assistant.sent': z.infer<typeof sentPayload>;
  }
}

/** How long a turn waits for the conversation's previous reply to go out before looking again. */
const IN_FLIGHT_RETRY_MS = 3_000;
/** How long after the burst's longest end a turn still waits for them. */
const INBOX_WAIT_LIMIT_MS = 30_000;

/** Looks at the conversation's turn again in `ms`; a timer a new message has set meanwhile is kept. */
async function turnAgainIn(jc: JobContext, conversationId: string, ms: number): Promise<void> {
  const ctx = jc.app;
  await enqueueJob({ db: jc.db, dialect: ctx.dialect, clock: ctx.clock, jobSignal: ctx.jobSignal }, jc.workspaceId, 'wa-assistant.turn', { conversationId }, {
    jobKey: turnJobKey(conversationId),
    serialKey: conversationSerialKey(conversationId),
    runAt: ctx.clock.now() + ms,
    onKeyConflict: 'keep',
  });
}

/**
 * One turn: the waiting burst is read, the brain decides (the rules, and the language model when configured, outside
 * any transaction), then writeTurn re-checks and writes everything in one transaction: a person who took the
 * conversation over while the model was thinking still silences the turn. An io job, so a slow model never holds a
 * database transaction open.
 */
export const turnJob = defineJob('wa-assistant.turn', {
  schema: turnPayload,
  mode: 'io',
  maxAttempts: 8,
  backoff: { baseMs: 2_000, capMs: 5 * 60_000 },
  async handle({ conversationId }, jc) {
    const ctx = jc.app;
    const f: Flow = { db: jc.db, ctx, workspaceId: jc.workspaceId };
    // The reads by conversation go out with those of the other turns running now, one statement each (read-batch.ts).
    const [conversation, messages = []] = await Promise.all([ctx.readBatches.read(conversationRead, jc.db, jc.workspaceId, conversationId), ctx.readBatches.read(waitingMessagesRead, jc.db, jc.workspaceId, conversationId)]);
    if (!conversation || messages.length === 0) return;
    const settings = await loadAssistantSettings(ctx, jc.db, jc.workspaceId);
    // When the worker is behind, a message of this burst may be stored (acknowledged to WAHA) but not yet recorded:
    // the turn waits for it instead of answering half the burst and then the rest as a second turn. Never past the
    // burst's longest end plus INBOX_WAIT_LIMIT_MS, so a stuck event cannot keep a customer waiting.
    const firstAt = messages[0]?.created_at ?? ctx.clock.now();
    const burstEnd = firstAt + settings.burst_max_ms;
    const storedBy = Math.min(ctx.clock.now(), burstEnd);
    const firstWaiting = await ctx.readBatches.read(eventsWaitingSinceRead, jc.db, jc.workspaceId, chatSerialKey(conversation.chat_id));
    const waitLimit = burstEnd + INBOX_WAIT_LIMIT_MS;
    if (ctx.clock.now() < waitLimit && firstWaiting !== undefined && firstWaiting <= storedBy) {
      await turnAgainIn(jc, conversationId, Math.min(BACKLOG_RELOOK_MS, waitLimit - ctx.clock.now()));
      return;
    }
    if (conversation.status !== 'bot') {
      await jc.atCompletion(async (db) => void (await silentTurn({ ...f, db }, conversation, messages, silentReason(conversation))));
      return;
    }
    // One reply in flight per conversation: this turn waits until the previous reply has gone out (or given up).
    if (((await ctx.readBatches.read(pendingBotRepliesRead, jc.db, jc.workspaceId, conversationId)) ?? 0) > 0) {
      await turnAgainIn(jc, conversationId, IN_FLIGHT_RETRY_MS);
      return;
    }
    // The answer to a rating question is recorded and thanked for; anything else goes on to the brain.
    if (await answerSatisfaction(f, conversation, messages)) {
      ctx.jobSignal.notify();
      return;
    }
    const packages = await keptCatalogue(ctx.readCache, jc.db, jc.workspaceId);
    const ws = await keptWorkspace(ctx.readCache, jc.db, jc.workspaceId);
    // An A/B test's variant (sticky per conversation) may bring its own prompt versions and reply wordings.
    const variant = await variantForTurn(f, conversation);
    const prompts = await promptsForTurn(jc.db, jc.workspaceId, await keptProductionPrompts(ctx.readCache, jc.db, jc.workspaceId), variant?.variant.prompt_versions);
    const answer = await think(ctx, jc.db, {
      workspaceId: jc.workspaceId,
      conversationId,
      settings,
      loadPrompts: async () => prompts.contents,
      brain: {
        ...brainInput({ conversation, messages, settings, packages, today: localDayOf(ctx.clock.now(), ws?.timezone ?? 'Asia/Jakarta') }),
        ...(variant ? { templates: variant.variant.reply_templates } : {}),
      },
    });
    // The reply's sends queue from when the turn fell due by its messages (turnDueAt with no floor at now), not from
    // now: under load they go ahead of the turns that fell due while the model thought, instead of behind them all.
    const fellDueAt = turnDueAt(settings, 0, messages.at(-1)?.created_at ?? firstAt, firstAt);
    const write = { conversationId, messages, answer, settings, promptVersion: prompts.label, waitingSince: fellDueAt };
    // Written with the turn job's completion (one commit for both, shared with other io jobs ending now), as a set
    // with the other turns ending in the same commit; the worker looks for the reply's deliveries as soon as it has
    // committed. A variant's turn is recorded against its variant, so it goes alone.
    if (!variant) {
      await jc.atCompletionInSet(turnSet, { ...write, ctx, workspaceId: jc.workspaceId });
      return;
    }
    await jc.atCompletion(async (db) => {
      const written = await writeTurn({ ...f, db }, write);
      if (written.turnId !== undefined) await recordTurnVariant({ ...f, db }, written.turnId, variant);
    });
  },
});

/** What the brain is given for a turn: the burst, the conversation so far, the catalogue, the workspace's day. */
export function brainInput(t: { conversation: ConversationRow; messages: readonly WaitingMessage[]; settings: AssistantSettings; packages: BrainInput['packages']; today: string }): BrainInput {
  return {
    messages: t.messages.map((m) => m.body ?? ''),
    phase: t.conversation.phase as Phase,
    packageCode: t.conversation.package_code,
    previousLanguage: t.conversation.language as Language,
    packages: t.packages,
    companyName: t.settings.company_name,
    lowConfidenceThreshold: t.settings.low_confidence_threshold,
    today: t.today,
    media: configuredMedia(t.settings),
  };
}

/** Fires `holding_after_ms` after an escalation: if nobody has picked the conversation up, the customer hears from us once. */
export const holdingJob = defineJob('wa-assistant.holding', {
  schema: holdingPayload,
  mode: 'transaction',
  async handle({ conversationId, escalatedAt }, jc) {
    await holdUnansweredHandover({ db: jc.db, ctx: jc.app, workspaceId: jc.workspaceId }, conversationId, escalatedAt);
  },
});

/**
 * Keeps WAHA's id of a sent reply on its message. Sends now record it in their own commit (the module's recordSent
 * hook); the job stays for ones queued before that.
 */
export const sentJob = defineJob('wa-assistant.sent', {
  schema: sentPayload,
  mode: 'transaction',
  async handle({ deliveryId, messageId }, jc) {
    await recordSentMessage(jc.db, jc.app.dialect, jc.app.clock.now(), jc.workspaceId, deliveryId, messageId);
  },
});

export const assistantJobs = (_ctx: AppContext): readonly RegisteredJob[] => [turnJob, holdingJob, sentJob, healthJob, satisfactionJob];
