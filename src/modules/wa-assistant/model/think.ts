// One turn's thinking: the rules always, the language model when the workspace configured one, the rules' answer whenever the model fails.
import type { AppContext } from '../../../core/context.js';
import type { Executor } from '../../../db/database.js';
import { thinkWithRules, type BrainAnswer, type BrainInput } from '../brain.js';
import { conversationHistoryRead } from '../queries.js';
import { configuredMediaParts, NO_MEDIA } from '../media/rules.js';
import { isOffered } from '../replies/rules.js';
import { loadModelSettings, type AssistantSettings } from '../settings.js';
import { mergeModelAnswer, parseModelAnswer } from './answer.js';
import { askModel } from './client.js';
import { buildChat, type PromptContents } from './prompt.js';

export interface ThinkInput {
  readonly workspaceId: string;
  /** The conversation whose earlier messages give the model its context; null for a message on its own. */
  readonly conversationId: string | null;
  readonly brain: BrainInput;
  readonly settings: AssistantSettings;
  /** The production prompt contents by type; read only when a model is asked. */
  loadPrompts(): Promise<PromptContents>;
}

/**
 * The rule answer is computed first (it is cheap and pure): it is the answer without a model, the fallback when the
 * model times out, errs or answers something invalid, and the source of what the rules decide on their own (campaign
 * codes, package, language, hard escalation triggers). Called outside any transaction: the model may take seconds.
 */
export async function think(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'readBatches' | 'config' | 'logger'>, db: Executor, t: ThinkInput): Promise<BrainAnswer> {
  const rules = thinkWithRules(t.brain);
  const model = await loadModelSettings(ctx, db, t.workspaceId, t.settings);
  if (!model) return rules;
  const b = t.brain;
  const history = t.conversationId ? ((await ctx.readBatches.read(conversationHistoryRead, db, t.workspaceId, t.conversationId)) ?? []) : [];
  const messages = buildChat({
    prompts: await t.loadPrompts(),
    companyName: b.companyName,
    packages: b.packages,
    today: b.today,
    phase: b.phase,
    packageCode: rules.decision.packageCode,
    language: rules.decision.language,
    history,
    messages: b.messages,
    extraMedia: configuredMediaParts(b.media ?? NO_MEDIA, rules.decision.language),
  });
  const fallback = (reason: string, status: number | null): BrainAnswer => {
    // Codes and numbers only: the server's own words may quote the key, and the messages are the customer's.
    ctx.logger.warn({ workspace_id: t.workspaceId, conversation_id: t.conversationId, model: model.model, reason, status }, 'language model failed: the rules answered');
    return { ...rules, model: model.model, fallbackReason: reason };
  };
  const reply = await askModel(model, messages);
  if (!reply.ok) return fallback(reply.reason, reply.status);
  const parsed = parseModelAnswer(reply.content);
  if (!parsed.ok) return fallback(parsed.reason, null);
  const allowedMedia = new Set(b.packages.filter((p) => isOffered(p, b.today)).flatMap((p) => [p.brochureImageUrl, p.itineraryUrl].filter((u): u is string => u !== null)));
  const configuredParts = new Map(configuredMediaParts(b.media ?? NO_MEDIA, rules.decision.language).map((m) => [m.url, m.part]));
  return mergeModelAnswer({ rules, model: parsed.answer, modelName: model.model, phase: b.phase, lowConfidenceThreshold: b.lowConfidenceThreshold, allowedMedia, configuredParts });
}
