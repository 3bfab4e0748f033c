// The model's answer (pure): parsed from its text and checked with zod, then bound by the rules: phases only forward, hard triggers always escalate, media only from the package data.
import { z } from 'zod';
import type { BrainAnswer } from '../brain.js';
import type { AiNote } from '../notes/rules.js';
import type { ReplyPart } from '../replies/rules.js';
import { INTENTS, laterPhase, PHASES, type Decision, type EscalationReason, type Intent, type Phase } from '../rules.js';
import type { ModelFailure } from './client.js';

export const modelAnswerSchema = z.object({
  reply: z.string().trim().min(1).max(4_000),
  media: z.array(z.object({ type: z.enum(['image', 'file', 'video', 'location']), url: z.url({ protocol: /^https?$/ }) })).max(5).default([]),
  new_phase: z.enum(PHASES),
  confidence: z.number().min(0).max(1),
  escalate: z.boolean(),
  intent: z.string().trim().min(1).max(60),
});
export type ModelAnswer = z.infer<typeof modelAnswerSchema>;

/** The text as one JSON object: a code fence or words around the object are tolerated, nothing else. */
export function parseModelAnswer(content: string): { ok: true; answer: ModelAnswer } | { ok: false; reason: Extract<ModelFailure, 'model_not_json' | 'model_invalid_answer'> } {
  const trimmed = content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/i, '$1');
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    const start = trimmed.indexOf('{');
    const end = trimmed.lastIndexOf('}');
    if (start === -1 || end <= start) return { ok: false, reason: 'model_not_json' };
    try {
      value = JSON.parse(trimmed.slice(start, end + 1));
    } catch {
      return { ok: false, reason: 'model_not_json' };
    }
  }
  const parsed = modelAnswerSchema.safeParse(value);
  return parsed.success ? { ok: true, answer: parsed.data } : { ok: false, reason: 'model_invalid_answer' };
}

/** The rule reasons that escalate whatever the model says: a person asked for, a complex question, payment intent. */
const HARD_TRIGGERS: ReadonlySet<EscalationReason> = new Set(['customer_request', 'complex_question', 'payment_intent']);
const KNOWN_INTENTS: ReadonlySet<string> = new Set(INTENTS);
const rank = (p: Phase) => PHASES.indexOf(p);

/** Why the model escalated, read from its intent: a health, visa, refund or other question is a complex one. */
function reasonFor(intent: string): EscalationReason {
  if (intent === 'payment') return 'payment_intent';
  if (intent === 'human') return 'customer_request';
  return 'complex_question';
}

export interface MergeInput {
  /** The rule brain's answer to the same turn: codes, package, language and the hard triggers come from it. */
  readonly rules: BrainAnswer;
  readonly model: ModelAnswer;
  readonly modelName: string;
  /** The conversation's phase before the turn. */
  readonly phase: Phase;
  readonly lowConfidenceThreshold: number;
  /** Media URLs the model may send: those of offered packages. */
  readonly allowedMedia: ReadonlySet<string>;
  /** The office location and testimonial videos the workspace configured, by URL: sent as configured (with their captions). */
  readonly configuredParts?: ReadonlyMap<string, ReplyPart>;
}

/** The turn's answer with the model's words, bound by the rules. */
export function mergeModelAnswer(m: MergeInput): BrainAnswer {
  const r = m.rules.decision;
  const a = m.model;
  const notes: AiNote[] = [...r.notes];
  if (rank(a.new_phase) < rank(m.phase)) notes.push({ code: 'wa.model_phase_refused', values: { phase: a.new_phase } });
  const hard = r.escalationReason !== null && HARD_TRIGGERS.has(r.escalationReason) ? r.escalationReason : null;
  // Never backwards; and a rule trigger (payment intent → booking) is a floor the model cannot lower.
  const phase = laterPhase(laterPhase(m.phase, a.new_phase), hard ? r.phase : m.phase);
  const intent: Intent = KNOWN_INTENTS.has(a.intent) ? (a.intent as Intent) : 'unknown';
  if (intent !== a.intent) notes.push({ code: 'wa.model_intent', values: { said: a.intent.slice(0, 60) } });
  let escalationReason: EscalationReason | null = hard;
  if (escalationReason === null && a.escalate) escalationReason = reasonFor(a.intent);
  if (escalationReason === null && a.confidence < m.lowConfidenceThreshold) escalationReason = 'low_confidence';
  if (escalationReason !== null && escalationReason !== r.escalationReason) notes.push({ code: 'wa.model_escalated', values: { reason: escalationReason } });

  const media: ReplyPart[] = [];
  for (const item of a.media) {
    const configured = m.configuredParts?.get(item.url);
    if (configured) {
      media.push(configured);
      continue;
    }
    if (!m.allowedMedia.has(item.url) || item.type === 'location') {
      notes.push({ code: 'wa.model_media_refused', values: { url: item.url.slice(0, 200) } });
      continue;
    }
    const name = decodeURIComponent(new URL(item.url).pathname.split('/').pop() ?? '') || (item.type === 'file' ? 'document.pdf' : 'image.jpg');
    media.push({ type: item.type, url: item.url, filename: name });
  }
  const decision: Decision = {
    ...r,
    intent,
    matched: [intent],
    phase,
    confidence: a.confidence,
    escalate: escalationReason !== null,
    escalationReason,
    // An early payment question (no package yet) is the rules' alert; once the model moves to booking it is a booking.
    highIntent: r.highIntent && phase !== 'booking',
    notes,
  };
  return { decision, parts: [{ type: 'text', text: a.reply }, ...media], engine: 'llm', model: m.modelName, fallbackReason: null };
}
