// Bounded polling for things that happen in the background (a worker's job, a simulator's state).
export async function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until nothing on the page matches `selector` (a loading state). A locator, not a string predicate: the
 * dashboard's Content-Security-Policy forbids the eval Playwright would use to run one.
 */
export async function untilGone(page: import('playwright-core').Page, selector: string, timeoutMs = 5_000): Promise<void> {
  await until(`no ${selector} on the page`, async () => (await page.locator(selector).count()) === 0, timeoutMs);
}
