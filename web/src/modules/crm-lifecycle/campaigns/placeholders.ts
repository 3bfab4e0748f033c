// The template words a campaign may use ({{name}}, {{city}}…), checked here too so a typo is marked before saving.
import { PLACEHOLDERS } from '../api-types';

const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Words in double braces that the server would refuse, each once, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(TAG)) {
    const word = match[1] ?? '';
    if (!(PLACEHOLDERS as readonly string[]).includes(word) && !found.includes(word)) found.push(word);
  }
  return found;
}
