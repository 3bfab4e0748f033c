// A variant's own words for a named reply (pure): `{placeholder}`s filled from the reply's facts.
import type { ReplyTemplates, TemplateName } from '../contract/experiments.js';
import type { Language } from '../rules.js';

export type { ReplyTemplates, TemplateName } from '../contract/experiments.js';

/**
 * The variant's text of `name` in `language` with its placeholders filled, or null: no variant, or none for this
 * reply or language (the standard words are used). Placeholders were checked when the experiment was saved; one
 * without a value is left as written rather than guessed.
 */
export function templateText(templates: ReplyTemplates | undefined, name: TemplateName, language: Language, values: Readonly<Record<string, string | number>>): string | null {
  const text = templates?.[name]?.[language];
  if (text === undefined) return null;
  return text.replace(/\{([a-z_]+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
