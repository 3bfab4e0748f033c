// The AI notes of a turn and of its conversation (pure): codes with values that the dashboard words in the reader's
// language, and the one English wording the API's `notes` / `ai_notes` text is made from, so the two never disagree.
import { aiNotesSchema } from '../contract.js';

/**
 * Every AI note, by code, with the values it carries. The dashboard keys its copy on the code
 * (`notes_wa.<rest>` in web/src/modules/wa-assistant/i18n); a value that is itself a code (an intent, a phase, an
 * escalation reason, a rating's occasion) is worded there too. Codes are stable: add new ones, never rename.
 *
 * - `wa.payment_before_package`: a payment question before any package is known (high intent, no booking).
 * - `wa.payment_intent`: a payment question with a package known: escalated, moves to booking.
 * - `wa.complex_question` (`intent`): health, visa, refund, complaint or a transfer already made: a person answers.
 * - `wa.customer_request`: the customer asked for a person.
 * - `wa.office_not_configured`, `wa.testimonials_not_configured`: asked for what the workspace has not set up.
 * - `wa.unreadable`: confidence below the threshold, nothing else to say.
 * - `wa.intent_guessed` (`intent`): no pattern read the turn; its intent was guessed from the labelled turns' phrasing.
 * - `wa.codes_ignored` (`codes`, comma-separated): further valid campaign codes after the chosen one.
 * - `wa.codes_unknown` (`codes`): code-shaped words that name no package.
 * - `wa.model_phase_refused` (`phase`): the model asked to move back to that phase; refused.
 * - `wa.model_intent` (`said`, the model's own word): an intent the rules do not know, read as unknown.
 * - `wa.model_escalated` (`reason`): the model escalated where the rules did not.
 * - `wa.model_media_refused` (`url`): media the model chose that is not in the package data; not sent.
 * - `wa.silent_person` (`person`, '' when nobody is named): a silent turn, a person owns the conversation.
 * - `wa.silent_queue`: a silent turn, the conversation waits in the handover queue.
 * - `wa.silent_handed_back`: what came while a person owned the conversation, found at the hand-back.
 * - `wa.rating` (`score` 1–5, `occasion` booking | handover): the customer's satisfaction rating.
 */
export type AiNoteValues = {
  'wa.payment_before_package': undefined;
  'wa.payment_intent': undefined;
  'wa.complex_question': { readonly intent: string };
  'wa.customer_request': undefined;
  'wa.office_not_configured': undefined;
  'wa.testimonials_not_configured': undefined;
  'wa.unreadable': undefined;
  'wa.intent_guessed': { readonly intent: string };
  'wa.codes_ignored': { readonly codes: string };
  'wa.codes_unknown': { readonly codes: string };
  'wa.model_phase_refused': { readonly phase: string };
  'wa.model_intent': { readonly said: string };
  'wa.model_escalated': { readonly reason: string };
  'wa.model_media_refused': { readonly url: string };
  'wa.silent_person': { readonly person: string };
  'wa.silent_queue': undefined;
  'wa.silent_handed_back': undefined;
  'wa.rating': { readonly score: number; readonly occasion: string };
};
export type AiNoteCode = keyof AiNoteValues;

/** One AI note: its code, and the values the list above names for it (a core `Note` on the wire). */
export type AiNote = {
  [C in AiNoteCode]: AiNoteValues[C] extends undefined ? { readonly code: C } : { readonly code: C; readonly values: AiNoteValues[C] };
}[AiNoteCode];

/** The English words of each code: what API readers get as `notes` / `ai_notes` (the words they always had). */
const ENGLISH: { readonly [C in AiNoteCode]: (v: AiNoteValues[C]) => string } = {
  'wa.payment_before_package': () => 'High intent: asking about payment before choosing a package',
  'wa.payment_intent': () => 'High intent, asking about payment',
  'wa.complex_question': (v) => `Complex question (${v.intent})`,
  'wa.customer_request': () => 'Customer asked for a person',
  'wa.office_not_configured': () => 'Asked for the office location, which is not configured',
  'wa.testimonials_not_configured': () => 'Asked for testimonials, which are not configured',
  'wa.unreadable': () => 'The assistant could not read this message',
  'wa.intent_guessed': (v) => `Intent guessed from similar phrasing (${v.intent})`,
  'wa.codes_ignored': (v) => `Other codes ignored: ${v.codes}`,
  'wa.codes_unknown': (v) => `Unknown codes: ${v.codes}`,
  'wa.model_phase_refused': (v) => `The model asked to move back to ${v.phase}: refused, phases only move forward`,
  'wa.model_intent': (v) => `Model intent: ${v.said}`,
  'wa.model_escalated': (v) => `Escalated by the model (${v.reason})`,
  'wa.model_media_refused': (v) => `The model's media ${v.url} is not in the package data: not sent`,
  'wa.silent_person': (v) => `a person (${v.person || 'unknown'}) owns the conversation`,
  'wa.silent_queue': () => 'waiting in the handover queue',
  'wa.silent_handed_back': () => 'received while a person owned the conversation',
  'wa.rating': (v) => `rating ${v.score}/5 (${v.occasion})`,
};

/** One note in English. */
export function aiNoteEnglish(note: AiNote): string {
  // The union of per-code functions cannot be called with the union of values; each note's values match its code.
  const word = ENGLISH[note.code] as (v: unknown) => string;
  return word('values' in note ? note.values : undefined);
}

/** The notes in English, joined with "; " ('' when there are none). */
export const aiNotesText = (notes: readonly AiNote[]): string => notes.map(aiNoteEnglish).join('; ');

/** How a turn's (or a conversation's) notes are stored: the English text and the codes as JSON, both null when none. */
export function storedNotes(notes: readonly AiNote[]): { readonly text: string | null; readonly codes: string | null } {
  return notes.length === 0 ? { text: null, codes: null } : { text: aiNotesText(notes), codes: JSON.stringify(notes) };
}

/** Stored codes as the API gives them: none for a row written before codes were stored (null) or an unreadable one. */
export function readNoteCodes(stored: string | null) {
  if (!stored) return [];
  try {
    const parsed = aiNotesSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
