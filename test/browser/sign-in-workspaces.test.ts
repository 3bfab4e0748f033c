// Signing in as a person who belongs to several workspaces (an agency with a workspace per client), in headless
// Chromium: the dashboard asks which one to open, in English and in Bahasa Indonesia.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/core/auth/users.js';
import { createWorkspace, ensureDefaultWorkspace } from '../../src/core/workspaces.js';
import { startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { launchChromium, openDesktopPage } from './chromium.js';
import { screenshot } from './screenshots.js';
import { ensureWebBuilt } from './web-build.js';

const PERSON = { email: 'dewi@agensiweb.id', password: 'dua-klien-satu-sandi-2026' };

describe('sign-in with several workspaces in a real browser', () => {
  let t: AppUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  beforeAll(async () => {
    await ensureWebBuilt();
    t = await startAppUnderTest();
    const db = t.db.db;
    const home = await ensureDefaultWorkspace(db, t.ctx.clock);
    await db.updateTable('workspaces').set({ name: 'Agensi Web Jogja' }).where('id', '=', home.id).execute();
    const client = await createWorkspace(db, t.ctx.clock, { slug: 'toko-berkah', name: 'Toko Berkah Herbal' });
    for (const workspaceId of [home.id, client.id]) {
      await createUser(db, t.ctx.clock, { workspaceId, email: PERSON.email, password: PERSON.password, role: 'owner', name: 'Dewi', actor: { type: 'system', id: null } });
    }
    browser = await launchChromium();
    ({ context, page } = await openDesktopPage(browser, t.url, pageErrors));
  }, 90_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await t?.close();
  }, 30_000);

  const signIn = async (signInLabel: string) => {
    await page.getByLabel(/^(Email)$/).fill(PERSON.email);
    await page.getByLabel(/^(Password|Kata sandi)$/).fill(PERSON.password);
    await page.getByRole('button', { name: signInLabel }).click();
  };

  it('asks which workspace to open, and opens the one chosen', async () => {
    await page.goto(t.url);
    await heading('Sign in to Leadcycle').waitFor();
    await signIn('Sign in');
    await heading('Choose a workspace').waitFor();
    const choices = page.getByRole('list', { name: 'You belong to several workspaces. Which one do you want to open?' }).getByRole('button');
    await expect(choices.allTextContents()).resolves.toEqual(['Agensi Web Jogja default', 'Toko Berkah Herbal toko-berkah']);
    await screenshot(page, 'sign-in-choose-workspace');
    await page.getByRole('button', { name: 'Open Toko Berkah Herbal' }).click();
    await heading('Dashboard').waitFor();
    const slug = await page.evaluate(async () => ((await (await fetch('/api/auth/me')).json()) as { workspace: { slug: string } }).workspace.slug);
    expect(slug).toBe('toko-berkah');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in to Leadcycle').waitFor();
  });

  it('asks in Bahasa Indonesia too, and "use another email" goes back', async () => {
    await page.getByLabel('Language').selectOption('id');
    await heading('Masuk ke Leadcycle').waitFor();
    await signIn('Masuk');
    await heading('Pilih ruang kerja').waitFor();
    await page.getByText('Anda terdaftar di beberapa ruang kerja. Mana yang ingin Anda buka?').waitFor();
    await page.getByRole('button', { name: 'Buka Agensi Web Jogja' }).waitFor();
    await screenshot(page, 'sign-in-choose-workspace-id');
    await page.getByRole('button', { name: 'Pakai email lain' }).click();
    await heading('Masuk ke Leadcycle').waitFor();
    await page.getByLabel('Bahasa').selectOption('en');
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
