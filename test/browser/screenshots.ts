// Screenshots of each screen for reviewers, under test-output/screenshots/ (git-ignored).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { untilGone } from './wait.js';

export const SCREENSHOTS = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // Wait until nothing on screen is still loading, so the picture shows the screen as a person sees it.
  await untilGone(page, '.loading, .splash').catch(() => undefined);
  // From the top: a sticky header would otherwise be drawn where the page happened to be scrolled to.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
