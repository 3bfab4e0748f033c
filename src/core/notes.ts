// What the server tells people, as a code with values: the dashboard words each code in the reader's language.

/** A value a note carries: a name, an id, a count, or a code the dashboard words too (a stage, a status). */
export type NoteValue = string | number | boolean | null;

/**
 * One thing that happened, e.g. `{ code: 'lead.created', values: { product: 'Madu', stage: 'follow_up' } }`. Codes are
 * dotted, lower-case and stable (the dashboard keys its copy on them); values never hold secrets.
 */
export interface Note {
  readonly code: string;
  readonly values?: Readonly<Record<string, NoteValue>>;
}

export const note = (code: string, values?: Record<string, NoteValue>): Note => (values ? { code, values } : { code });

/** Words for logs and API readers, and the notes the dashboard words: built together so they never disagree. */
export interface Told {
  readonly text: string;
  readonly notes: readonly Note[];
}

export const told = (text: string, ...notes: Note[]): Told => ({ text, notes });

/** Several results in one: texts joined with "; ", notes in order. */
export function joinTold(parts: readonly Told[], separator = '; '): Told {
  return { text: parts.map((p) => p.text).filter(Boolean).join(separator), notes: parts.flatMap((p) => p.notes) };
}
