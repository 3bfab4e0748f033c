// The assistant's brain for one turn: the rule decision and its reply, in the seed's process-message terms.
import { mediaReply, NO_MEDIA, type ConfiguredMedia } from './media/rules.js';
import { composeReply, type PackageFacts, type ReplyPart } from './replies/rules.js';
import type { ReplyTemplates } from './contract/experiments.js';
import { guessFromLabelledTurns } from './phrasing/labelled.js';
import { decide, type Decision, type Language, type Phase } from './rules.js';

export interface BrainInput {
  readonly messages: readonly string[];
  readonly phase: Phase;
  readonly packageCode: string | null;
  readonly previousLanguage: Language;
  readonly packages: readonly PackageFacts[];
  /** Null while the owner has not named the business. */
  readonly companyName: string | null;
  readonly lowConfidenceThreshold: number;
  /** YYYY-MM-DD in the workspace's time zone. */
  readonly today: string;
  /** The office location and testimonial videos the workspace configured; none when absent. */
  readonly media?: ConfiguredMedia;
  /** The conversation's A/B test variant's own words for some replies. */
  readonly templates?: ReplyTemplates;
}

export interface BrainAnswer {
  readonly decision: Decision;
  /** In sending order: text and media. */
  readonly parts: readonly ReplyPart[];
  readonly engine: 'rules' | 'llm';
  /** The language model asked for this turn, or null when none is configured. */
  readonly model: string | null;
  /** Why the rules answered although a model was asked (a ModelFailure code), or null. */
  readonly fallbackReason: string | null;
}

export function thinkWithRules(input: BrainInput): BrainAnswer {
  const decision = decide({
    messages: input.messages,
    phase: input.phase,
    packageCode: input.packageCode,
    knownCodes: new Set(input.packages.map((p) => p.code)),
    previousLanguage: input.previousLanguage,
    lowConfidenceThreshold: input.lowConfidenceThreshold,
    available: { office: (input.media ?? NO_MEDIA).office !== null, testimonials: (input.media ?? NO_MEDIA).testimonials.length > 0 },
    phrasing: guessFromLabelledTurns,
  });
  const parts =
    mediaReply(decision, input.media ?? NO_MEDIA) ??
    composeReply({ decision, packages: input.packages, companyName: input.companyName, today: input.today, ...(input.templates ? { templates: input.templates } : {}) });
  return { decision, parts, engine: 'rules', model: null, fallbackReason: null };
}

/** The reply's words as one text (the seed's `response_text`). */
export const responseText = (parts: readonly ReplyPart[]): string =>
  parts
    .filter((p): p is Extract<ReplyPart, { type: 'text' }> => p.type === 'text')
    .map((p) => p.text)
    .join('\n\n');

/** The reply's media (the seed's `media_to_send`). */
export const mediaToSend = (parts: readonly ReplyPart[]): { type: 'image' | 'file' | 'video' | 'location'; url: string }[] =>
  parts.flatMap((p) => (p.type === 'text' ? [] : [{ type: p.type, url: p.url }]));
