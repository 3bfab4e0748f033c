// Words for the server's notes (a code with values) in the reader's language; the server's own English words and
// raw ids only under "technical details". A note's copy lives at `notes_<area>.<rest of code>` (lead.created →
// notes_lead.created), owned by the core or by the module the area belongs to.
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { noteSchema } from '../../../src/server/contract/notes.js';

export type Note = z.output<typeof noteSchema>;

const keyOf = (code: string) => {
  const dot = code.indexOf('.');
  return dot < 0 ? `notes_${code}` : `notes_${code.slice(0, dot)}.${code.slice(dot + 1)}`;
};
const areaOf = (code: string) => `notes_${code.split('.')[0] ?? code}`;

/** Each note as a sentence in the current language; a note without copy (a newer server) is left out. */
export function useWordNotes(): (notes: readonly Note[]) => string[] {
  const { t, i18n } = useTranslation();
  return (notes) =>
    notes.flatMap((n) => {
      const key = keyOf(n.code);
      if (!i18n.exists(key)) return [];
      const values: Record<string, string | number | boolean | null> = {};
      for (const [name, value] of Object.entries(n.values ?? {})) {
        // Values that are codes themselves (a stage, a matching rule) have words of their own in the area's copy.
        const worded = `${areaOf(n.code)}.values.${name}.${String(value)}`;
        values[name] = typeof value === 'string' && i18n.exists(worded) ? (t as (k: string) => string)(worded) : value;
      }
      return [(t as (k: string, v: object) => string)(key, { ...values, count: typeof values['count'] === 'number' ? values['count'] : undefined })];
    });
}

/** The notes as one line, then the server's English words folded under "technical details". */
export function NotesText({ notes, outcome }: { notes: readonly Note[]; outcome: string | null }) {
  const { t } = useTranslation();
  const words = useWordNotes()(notes);
  return (
    <>
      {words.length > 0 ? <span className="notes-text">{words.join(' · ')}</span> : outcome ? <span className="muted">{t('notes.noWords')}</span> : null}
      {outcome && (
        <details className="technical">
          <summary>{t('notes.technical')}</summary>
          <code>{outcome}</code>
        </details>
      )}
    </>
  );
}
