// Pure checks of a product list entry against what Mailketing says: which of its three list ids Mailketing does not have.

export const LIST_FIELDS = ['mailketing_list_followup', 'mailketing_list_closing', 'mailketing_list_not_closing'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** The entry's list fields whose id is not among Mailketing's lists, in form order. */
export function unknownListFields(entry: Record<ListField, string>, known: readonly string[]): ListField[] {
  const ids = new Set(known.map((id) => id.trim()));
  return LIST_FIELDS.filter((field) => !ids.has(entry[field].trim()));
}
