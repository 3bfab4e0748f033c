// An A/B test as the form edits it (every field text), and the POST /api/ai/experiments body made from it.
import { TEMPLATE_NAMES, type ExperimentInput, type PromptType, type TemplateName } from '../api-types';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const MIN_VARIANTS = 2;
export const MAX_VARIANTS = 6;

export interface VariantDraft {
  key: string;
  name: string;
  weight: string;
  replies: Record<TemplateName, Record<Language, string>>;
  /** Prompt type → saved version; a type left out keeps the version in production. */
  prompts: Partial<Record<PromptType, string>>;
}

export interface ExperimentDraft {
  name: string;
  hypothesis: string;
  variants: VariantDraft[];
}

const noReplies = (): VariantDraft['replies'] => ({ greeting: { id: '', en: '' }, package_intro: { id: '', en: '' }, package_details: { id: '', en: '' } });

export const emptyVariant = (key = '', weight = ''): VariantDraft => ({ key, name: '', weight, replies: noReplies(), prompts: {} });

/** Half the conversations get production's words (the control), half the changed variant. */
export const emptyDraft = (): ExperimentDraft => ({ name: '', hypothesis: '', variants: [emptyVariant('control', '50'), emptyVariant('b', '50')] });

/** A key not used yet (c, d, …), so an added row is valid until the owner names it. */
export function nextKey(variants: readonly VariantDraft[]): string {
  const used = new Set(variants.map((v) => v.key));
  for (const letter of 'bcdefghijklmnopqrstuvwxyz') if (!used.has(letter)) return letter;
  return '';
}

/**
 * Empty fields are left out (the standard words, production's prompt); the rest goes as typed, so the server checks
 * it and names any field it refuses. A weight that is not a number goes as null for the same reason.
 */
export function bodyOf(d: ExperimentDraft, start: boolean): ExperimentInput {
  return {
    name: d.name,
    ...(d.hypothesis.trim() ? { hypothesis: d.hypothesis } : {}),
    start,
    variants: d.variants.map((v) => {
      const replyTemplates: NonNullable<ExperimentInput['variants'][number]['reply_templates']> = {};
      for (const name of TEMPLATE_NAMES) {
        const worded = Object.fromEntries(Object.entries(v.replies[name]).filter(([, text]) => text.trim() !== ''));
        if (Object.keys(worded).length > 0) replyTemplates[name] = worded;
      }
      const weight = /^\s*\d+\s*$/.test(v.weight) ? Number(v.weight) : (null as unknown as number);
      return {
        key: v.key.trim(),
        ...(v.name.trim() ? { name: v.name } : {}),
        weight,
        prompt_versions: Object.fromEntries(Object.entries(v.prompts).filter(([, version]) => version)),
        reply_templates: replyTemplates,
      };
    }),
  };
}
