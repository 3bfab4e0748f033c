// A check for Bahasa Indonesia screens: no English sentence the server sent (an outcome, a message, an error) is
// shown outside "technical details". It records the prose fields of every API answer the page receives, then
// looks for each in the text a person sees (closed <details> are not rendered, so folded words do not count).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { untilGone } from './wait.js';

/** The answer fields the server words in English for API readers; the dashboard must word them from codes. */
const PROSE_KEYS = new Set(['outcome', 'message', 'last_error', 'detail', 'ai_notes']);

function collect(value: unknown, into: Set<string>, key = ''): void {
  if (typeof value === 'string') {
    // A sentence: two or more words with letters (a bare code, id or name of one word is not prose).
    if (PROSE_KEYS.has(key) && /[A-Za-z]{2,}\W+[A-Za-z]{2,}/.test(value)) into.add(value.trim());
    return;
  }
  if (Array.isArray(value)) for (const item of value) collect(item, into, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, into, k);
}

export interface ServerWords {
  /** Every server sentence seen so far. */
  readonly sentences: ReadonlySet<string>;
}

/** Starts recording the prose in the page's /api/ answers; call once per page, before it loads. */
export function watchServerWords(page: Page): ServerWords {
  const sentences = new Set<string>();
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    if (!(response.headers()['content-type'] ?? '').includes('application/json')) return;
    response
      .json()
      .then((body: unknown) => collect(body, sentences))
      .catch(() => undefined);
  });
  return { sentences };
}

/**
 * Fails when the visible page shows any server sentence recorded so far (beginning or whole), naming it; `what`
 * names the screen in the failure. Waits for loading to end first.
 */
export async function expectNoServerEnglish(page: Page, words: ServerWords, what: string): Promise<void> {
  await untilGone(page, '.loading').catch(() => undefined);
  const visible = ((await page.evaluate('document.body.innerText')) as string).replace(/\s+/g, ' ');
  const shown = [...words.sentences].filter((s) => visible.includes(s.replace(/\s+/g, ' ').slice(0, 40)));
  expect({ screen: what, english: shown }).toEqual({ screen: what, english: [] });
}
