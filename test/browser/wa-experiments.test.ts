// The A/B tests screen in headless Chromium, against the real server, worker and WAHA simulator: a test defined
// through the API gives a new conversation its variant, and the screen shows each variant's figures in English and
// Bahasa Indonesia, on a desktop and on a 375 px phone, and stops the test.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller, signUpOwnerWithToken, startAppUnderTest, WAHA_SIM_API_KEY, WAHA_SIM_HMAC_KEY, type AppUnderTest } from './app-under-test.js';
import { launchChromium, openDesktopPage } from './chromium.js';
import { screenshot } from './screenshots.js';
import { until, untilGone } from './wait.js';
import { ensureWebBuilt } from './web-build.js';

const OWNER = { name: 'Siti Rahmawati', email: 'siti@amanahtour.id', password: 'umroh-berkah-bersama-2026' };
const CHAT = '6281234500001@c.us';

describe('A/B tests screen in a real browser', () => {
  let t: AppUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token = '';
  const pageErrors: string[] = [];

  const call = apiCaller({ get url() { return t.url; } }, () => token);

  beforeAll(async () => {
    await ensureWebBuilt();
    t = await startAppUnderTest();
    token = await signUpOwnerWithToken(t, OWNER);
    await call('PUT', '/api/settings/providers/waha', { base_url: t.waha.url, session: 'default', api_key: WAHA_SIM_API_KEY, webhook_hmac_key: WAHA_SIM_HMAC_KEY });
    await call('PUT', '/api/settings/wa-assistant', { company_name: 'Amanah Tour', quiet_window_ms: 300, burst_max_ms: 3_000, typing_min_ms: 0, typing_ms_per_char: 0, typing_max_ms: 0 });
    browser = await launchChromium();
    ({ context, page } = await openDesktopPage(browser, t.url, pageErrors));
  }, 90_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await t?.close();
  }, 30_000);

  it('shows each variant\'s figures in English and Bahasa Indonesia, fits a phone, and stops the test', async () => {
    // Every new conversation goes to the shorter greeting (the control's weight is 0), so the figures are certain.
    const created = await call<{ id: string }>('POST', '/api/ai/experiments', {
      name: 'Shorter greeting',
      hypothesis: 'A shorter greeting gets more answers',
      start: true,
      variants: [
        { key: 'control', weight: 0 },
        { key: 'short', name: 'Short greeting', weight: 1, reply_templates: { greeting: { id: 'Halo dari {company}! Berapa orang dan bulan apa?' } } },
      ],
    });
    await t.waha.sendMessage({ from: '+6281234500001', body: 'halo kak' });
    await until('the variant’s greeting at the simulator', () => t.waha.messages.find((m) => m.chatId === CHAT && m.text === 'Halo dari Amanah Tour! Berapa orang dan bulan apa?'), 20_000);

    await page.goto(t.url);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'A/B tests', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'A/B tests' }).waitFor();
    const card = page.getByTestId(`experiment-${created.id}`);
    await card.getByText('Running', { exact: true }).waitFor();
    await expect(card.getByTestId('conversations-short').textContent()).resolves.toBe('1');
    await expect(card.getByTestId('conversations-control').textContent()).resolves.toBe('0');
    await card.getByText('Own greeting').waitFor();
    await card.getByText('Production prompts and replies (control)').waitFor();
    await screenshot(page, 'wa-experiments-desktop-en');

    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('heading', { level: 1, name: 'Uji A/B' }).waitFor();
    await card.getByText('Berjalan', { exact: true }).waitFor();
    await card.getByRole('columnheader', { name: 'Konversi' }).waitFor();

    await page.setViewportSize({ width: 375, height: 812 });
    // The phone layout is a re-render after the media query's change event: the account controls move into the menu.
    await page.locator('.menu-account').waitFor({ state: 'attached' });
    await untilGone(page, '.loading');
    await expect(page.evaluate('document.documentElement.scrollWidth').then(Number)).resolves.toBeLessThanOrEqual(375);
    await screenshot(page, 'wa-experiments-phone-id');
    await card.getByRole('button', { name: 'Hentikan uji' }).click();
    await card.getByText('Dihentikan', { exact: true }).waitFor();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByLabel('Bahasa').selectOption('en');
    expect(pageErrors).toEqual([]);
  });
});
