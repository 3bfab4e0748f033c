// Pure decisions of the pharmacy module: filling a message template.

/** `{{name}}` and the like replaced by the values given; a missing name reads "Kak" (a friendly Indonesian address). */
export function renderTemplate(template: string, values: { name: string | null }): string {
  const name = values.name?.trim() || 'Kak';
  return template.replace(/\{\{\s*name\s*\}\}/g, name);
}
