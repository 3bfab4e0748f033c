// The dashboard's module registry in headless Chromium: a card per module the server runs, the menu built from the
// modules' entries, and nothing of a module the server does not run (its card, menu entries, screens, settings).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmLifecycleModule } from '../../src/modules/crm-lifecycle/index.js';
import { startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { launchChromium, openDesktopPage } from './chromium.js';
import { screenshot } from './screenshots.js';
import { ensureWebBuilt } from './web-build.js';
import { untilGone } from './wait.js';

const OWNER = { name: 'Maya Pratiwi', email: 'maya@tokodanagensi.id', password: 'dua-produk-satu-dasbor-2026' };

const BUSINESSES = [
  { name: 'Warung Gudeg Bu Tini', email: 'tini@gudegbutini.id', city: 'Yogyakarta' },
  { name: 'Percetakan Mandiri', email: 'order@percetakanmandiri.id', city: 'Sleman' },
];

/** First-run setup through the API, then an owner token to seed records with. */
async function ownerToken(t: AppUnderTest): Promise<string> {
  const setup = await fetch(`${t.url}/api/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) });
  expect(setup.status).toBe(201);
  const { csrf_token: csrfToken } = (await setup.json()) as { csrf_token: string };
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const created = await fetch(`${t.url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'seed', role: 'owner' }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { token: string }).token;
}

async function post(t: AppUnderTest, token: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: HTTP ${response.status} ${await response.text()}`);
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/** The modules whose cards the dashboard shows, in order, with each card's heading. */
const cards = (page: Page) =>
  page.locator('main [data-module]').evaluateAll((sections) => sections.map((s) => [s.getAttribute('data-module'), s.querySelector('h2')?.textContent]));

const menu = (page: Page) => page.getByRole('navigation').getByRole('link').allTextContents();

describe('dashboard modules in a real browser', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuilt();
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
  }, 30_000);

  describe('a server running both modules', () => {
    let t: AppUnderTest;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      t = await startAppUnderTest();
      const token = await ownerToken(t);
      await post(t, token, '/api/v1/crm/businesses', { businesses: BUSINESSES });
      await post(t, token, '/api/v1/crm/campaigns', { name: 'Situs gratis untuk UMKM', channel: 'email', subject: 'Halo {{name}}', body: 'Situs untuk {{name}}.' });
      ({ context, page } = await openDesktopPage(browser, t.url, pageErrors));
    }, 90_000);

    afterAll(async () => {
      await context?.close().catch(() => undefined);
      await t?.close();
    }, 30_000);

    it('shows one card per active module, each from its own answers', async () => {
      await signIn(page, t.url);
      await expect.poll(() => cards(page)).toEqual([
        ['scalev-leads', 'Lead tiers'],
        ['crm-lifecycle', 'CRM'],
      ]);
      const leads = page.locator('[data-module="scalev-leads"]');
      await leads.getByText('No leads yet.', { exact: false }).waitFor();
      await expect(leads.getByTestId('count-follow_up').textContent()).resolves.toBe('0');
      const crm = page.locator('[data-module="crm-lifecycle"]');
      await expect(crm.getByTestId('stage-created').locator('.stage-count').textContent()).resolves.toBe('2');
      await crm.getByRole('link', { name: 'Situs gratis untuk UMKM' }).waitFor();
      await crm.getByRole('cell', { name: 'Draft' }).waitFor();
      await screenshot(page, 'modules-01-dashboard');
    });

    it('builds the menu from the modules: Leads and Product lists, then the CRM group, the WhatsApp assistant group and the pharmacy group, between the core pages', async () => {
      await expect(menu(page)).resolves.toEqual([
        'Dashboard',
        'Leads',
        'Product lists',
        'Businesses',
        'Campaigns',
        'Funnel',
        'Conversations',
        'Handover queue',
        'Packages',
        'Campaign codes',
        'Prompts',
        'A/B tests',
        'Marketing',
        'My tasks',
        'Counter',
        'Contacts',
        'Upload sheet',
        'Refill reminders',
        'Staff',
        'Figures',
        'Webhook log',
        'Deliveries & jobs',
        'Settings',
        'Users & API tokens',
      ]);
      const group = page.getByRole('navigation').getByRole('list', { name: 'CRM' });
      await expect(group.getByRole('link').allTextContents()).resolves.toEqual(['Businesses', 'Campaigns', 'Funnel']);
      await page.locator('[data-module="crm-lifecycle"]').getByRole('link', { name: 'All campaigns' }).click();
      await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    });

    it('speaks Bahasa Indonesia in the modules’ cards too', async () => {
      await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
      await page.getByLabel('Language').selectOption('id');
      await page.getByRole('heading', { level: 1, name: 'Dasbor' }).waitFor();
      await expect.poll(() => cards(page)).toEqual([
        ['scalev-leads', 'Tahapan lead'],
        ['crm-lifecycle', 'CRM'],
      ]);
      await page.locator('[data-module="crm-lifecycle"]').getByText('Bisnis per tahap').waitFor();
      await screenshot(page, 'modules-02-dashboard-id');
      await page.getByLabel('Bahasa').selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    });

    it('fits a 375-pixel-wide phone', async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await untilGone(page, '.loading');
      await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBe(375);
      await screenshot(page, 'modules-03-phone-dashboard');
      await page.setViewportSize({ width: 1280, height: 860 });
    });
  });

  describe('a server running only the CRM', () => {
    let t: AppUnderTest;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      t = await startAppUnderTest({ modules: [crmLifecycleModule] });
      await ownerToken(t);
      ({ context, page } = await openDesktopPage(browser, t.url, pageErrors));
    }, 90_000);

    afterAll(async () => {
      await context?.close().catch(() => undefined);
      await t?.close();
    }, 30_000);

    it('shows only the CRM: its card, its menu group, its settings; the lead screens are not there', async () => {
      await signIn(page, t.url);
      await expect.poll(() => cards(page)).toEqual([['crm-lifecycle', 'CRM']]);
      await expect(menu(page)).resolves.toEqual(['Dashboard', 'Businesses', 'Campaigns', 'Funnel', 'Webhook log', 'Deliveries & jobs', 'Settings', 'Users & API tokens']);
      await screenshot(page, 'modules-04-crm-only-dashboard');

      await page.goto(`${t.url}/settings`);
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.getByRole('heading', { name: 'CRM: Twilio, Recurrente and email' }).waitFor();
      await expect(page.getByLabel('ScaleV API key').count()).resolves.toBe(0);

      await page.goto(`${t.url}/leads`);
      await page.getByText('This page does not exist.').waitFor();
    });
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
