// The dashboard under its Content-Security-Policy in headless Chromium: first run, sign-in and the main pages without
// one violation, while an injected inline script is refused.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { launchChromium, openDesktopPage } from './chromium.js';
import { ensureWebBuilt } from './web-build.js';

const OWNER = { name: 'Sari Utami', email: 'sari@contoh.co.id', password: 'kebun-kopi-gayo-2026' };

describe('the dashboard under its Content-Security-Policy', () => {
  let t: AppUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const cspConsole: string[] = [];

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  // Strings, not functions: they run in the page, and this file is compiled without the DOM's types.
  const violations = () => page.evaluate<string[]>('window.__violations ?? []');

  beforeAll(async () => {
    await ensureWebBuilt();
    t = await startAppUnderTest();
    browser = await launchChromium();
    ({ context, page } = await openDesktopPage(browser, t.url, pageErrors));
    // Injected by the browser driver, so not subject to the page's policy: records every violation the page reports.
    await page.addInitScript({
      content: "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspConsole.push(message.text());
    });
  }, 90_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await t?.close();
  }, 30_000);

  it('loads with the policy in force, creates the owner, signs out and in, and opens each page without a violation', async () => {
    const response = await page.goto(t.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await heading('Welcome! Create the owner account').waitFor();
    await page.getByLabel('Your name').fill(OWNER.name);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Create account and sign in' }).click();
    await heading('Dashboard').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in to Leadcycle').waitFor();
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('Dashboard').waitFor();

    const links = page.getByRole('navigation').getByRole('link');
    const names = (await links.allTextContents()).map((n) => n.trim()).filter(Boolean);
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) {
      await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(await violations()).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('refuses an inline script injected into the page (the policy is enforced, and a violation would be seen)', async () => {
    const ran = await page.evaluate<boolean>(
      "(() => { const s = document.createElement('script'); s.textContent = 'window.__inlineRan = true'; document.body.append(s); return window.__inlineRan === true; })()",
    );
    expect(ran).toBe(false);
    await expect.poll(violations, { timeout: 5_000 }).toEqual([expect.stringMatching(/^script-src/)]);
  });
});
