// First run in Bahasa Indonesia, in headless Chromium: the Get started checklist, the settings tabs with their
// statuses (a test on every save, no stale results), the ScaleV secret generated and used, empty states; desktop and phone.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { launchChromium } from './chromium.js';
import { screenshot } from './screenshots.js';
import { ensureWebBuilt } from './web-build.js';

const OWNER = { name: 'Sri Lestari', email: 'sri@madusumbawa.co.id', password: 'lebah-hutan-sumbawa-77' };
/** English the screens visited must never show to an Indonesian owner (our own copy, words the server might send). */
const ENGLISH = ['Get started', 'Waiting for the first event', 'All good', 'Not set', 'Connected', 'Settings saved', 'Save and test', 'No products yet'];

describe('first run and set-up in a real browser (Bahasa Indonesia)', () => {
  let t: AppUnderTest;
  let browser: Browser;
  let desktop: BrowserContext;
  let phone: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  async function signedInContext(viewport: { width: number; height: number }, cookie: string): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport, locale: 'id-ID', isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    const [name = '', value = ''] = cookie.split('=', 2);
    await context.addCookies([{ name, value, url: t.url, httpOnly: true, sameSite: 'Strict' }]);
    return context;
  }
  const openPage = async (context: BrowserContext) => {
    const p = await context.newPage();
    p.setDefaultTimeout(10_000);
    p.on('pageerror', (error) => pageErrors.push(error.message));
    return p;
  };
  const noEnglish = async (p: Page) => {
    const text = await p.locator('main').innerText();
    for (const words of ENGLISH) expect(text, `English on an Indonesian screen: ${words}`).not.toContain(words);
  };
  const tab = (id: string) => page.locator(`#settings-tab-${id}`);

  beforeAll(async () => {
    await ensureWebBuilt();
    t = await startAppUnderTest();
    browser = await launchChromium();
    const setup = await fetch(`${t.url}/api/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) });
    expect(setup.status).toBe(201);
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    desktop = await signedInContext({ width: 1280, height: 860 }, cookie);
    phone = await signedInContext({ width: 375, height: 740 }, cookie);
    page = await openPage(desktop);
  }, 90_000);

  afterAll(async () => {
    await desktop?.close().catch(() => undefined);
    await phone?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await t?.close();
  }, 30_000);

  it('the dashboard starts with Get started: every step open, waiting for the first event, and never "all good" while nothing is connected', async () => {
    await page.goto(t.url);
    await page.getByRole('heading', { level: 1, name: 'Dasbor' }).waitFor();
    const checklist = page.getByTestId('get-started');
    await checklist.getByRole('heading', { name: 'Mulai' }).waitFor();
    await checklist.getByText('0 dari 10 selesai').waitFor();
    await checklist.getByText('ScaleV: kunci disimpan dan diuji').waitFor();
    await checklist.getByText('Tambahkan entri daftar produk pertama').waitFor();
    await checklist.getByText('Tambahkan bisnis atau kampanye pertama').waitFor();
    await expect(page.getByTestId('webhook-status-scalev').textContent()).resolves.toBe('Menunggu event pertama…');
    // 127.0.0.1 cannot be reached by ScaleV: the checklist says so and how to fix it.
    await expect(checklist.getByTestId('public-url-warning').textContent()).resolves.toContain('hanya berfungsi di komputer ini');
    await expect(checklist.getByTestId('public-url-warning').textContent()).resolves.toContain('PUBLIC_URL');
    await expect(checklist.locator('input[aria-label="Alamat yang dipanggil ScaleV"]').inputValue()).resolves.toBe(`${t.url}/webhooks/scalev`);
    await page.getByTestId('nothing-connected').waitFor();
    await expect(page.locator('.all-good').count()).resolves.toBe(0);
    await noEnglish(page);
    await screenshot(page, 'setup-01-get-started');
  });

  it('settings are tabs per product and provider, each with its status; a save runs the test, and an edit clears its result', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor();
    for (const id of ['scalev-leads', 'crm-lifecycle', 'scalev', 'mailketing', 'twilio', 'smtp', 'recurrente', 'waha', 'workspace']) await tab(id).waitFor();
    await expect(tab('scalev').getAttribute('data-status')).resolves.toBe('not_set');
    await expect(tab('scalev').textContent()).resolves.toContain('Belum diatur');

    await tab('scalev').click();
    const form = page.locator('[data-provider="scalev"]');
    await form.getByRole('heading', { name: 'ScaleV' }).waitFor();
    await form.getByLabel('Kunci API').fill(t.scalev.apiKey);
    await form.getByRole('button', { name: 'Buat rahasia' }).click();
    const secret = await form.getByTestId('generated-secret').inputValue();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await form.getByRole('button', { name: 'Simpan dan uji' }).click();
    await page.getByTestId('provider-test-scalev').getByText('✓ Terhubung').waitFor();
    await expect.poll(() => tab('scalev').getAttribute('data-status')).toBe('connected');
    await expect(form.locator('.secret-masked').count()).resolves.toBe(2);
    await expect(page.content()).resolves.not.toContain(t.scalev.apiKey);
    await expect(page.getByTestId('provider-webhook-scalev').inputValue()).resolves.toBe(`${t.url}/webhooks/scalev`);
    await screenshot(page, 'setup-02-settings-scalev');

    // The answer was about the settings before this edit: it goes at once.
    await form.getByLabel('Alamat API').fill('http://127.0.0.1:9/none');
    await expect(page.getByTestId('provider-test-scalev').textContent()).resolves.toBe('');
    await form.getByLabel('Alamat API').fill('');

    // A wrong key: saved, tested, refused; the tab says the test failed.
    await form.getByRole('button', { name: /^Ganti/ }).first().click();
    await form.getByLabel('Kunci API').fill('kunci-yang-salah-0000');
    await form.getByRole('button', { name: 'Simpan dan uji' }).click();
    await page.getByTestId('provider-test-scalev').getByRole('alert').waitFor();
    await expect.poll(() => tab('scalev').getAttribute('data-status')).toBe('test_failed');
    await form.getByRole('button', { name: /^Ganti/ }).first().click();
    await form.getByLabel('Kunci API').fill(t.scalev.apiKey);
    await form.getByRole('button', { name: 'Simpan dan uji' }).click();
    await page.getByTestId('provider-test-scalev').getByText('✓ Terhubung').waitFor();

    // WAHA: its own form, found by nobody else's screen before.
    await tab('waha').click();
    const waha = page.locator('[data-provider="waha"]');
    await waha.getByRole('heading', { name: 'WAHA' }).waitFor();
    for (const label of ['Alamat API', 'Sesi', 'Kunci API', 'Kunci HMAC webhook']) await waha.getByText(label, { exact: true }).first().waitFor();
    await waha.getByRole('button', { name: 'Uji koneksi' }).waitFor();
    await waha.getByRole('button', { name: 'Buat rahasia' }).waitFor();
    await noEnglish(page);
    await screenshot(page, 'setup-03-settings-waha');

    (globalThis as { generatedSecret?: string }).generatedSecret = secret;
  });

  it('a signed ScaleV event ticks the webhook step off with the time it arrived', async () => {
    const secret = (globalThis as { generatedSecret?: string }).generatedSecret ?? '';
    const order = t.scalev.createOrder({ items: [{ sku: 'MDH-SBW-500', quantity: 1 }] });
    // ScaleV signs with the secret the owner generated and pasted there.
    const sent = await t.scalev.sendWebhook(`${t.url}/webhooks/scalev`, 'order.created', order, { signingSecret: secret });
    expect(sent.status).toBe(200);
    await page.goto(t.url);
    await expect.poll(() => page.getByTestId('webhook-status-scalev').textContent(), { timeout: 10_000 }).toMatch(/^Event terakhir diterima /);
    await page.locator('[data-step="provider:scalev"].is-done').waitFor();
    // Something is connected now: "all good" may be said again.
    await page.locator('.all-good').waitFor();
  });

  it('empty lists say what to do next', async () => {
    await page.goto(`${t.url}/product-lists`);
    await page.getByTestId('product-lists-empty').getByText('Belum ada produk.').waitFor();
    await page.goto(`${t.url}/crm`);
    await page.getByTestId('businesses-empty').getByText('Belum ada bisnis.').waitFor();
    await page.goto(`${t.url}/crm/campaigns`);
    await page.getByTestId('smtp-first').getByText('Atur SMTP dulu', { exact: false }).waitFor();
    await page.getByTestId('smtp-first').getByRole('link', { name: 'Buka pengaturan' }).click();
    await expect.poll(() => page.url()).toBe(`${t.url}/settings?tab=smtp`);
    await page.locator('[data-provider="smtp"]').waitFor();
    await noEnglish(page);
  });

  /** A page expression (the tests compile without the DOM's types): the first elements matching `selector` that reach past 376 px. */
  const wider = (selector: string) =>
    `[...document.querySelectorAll(${JSON.stringify(selector)})].filter((el) => el.getBoundingClientRect().right > 376).map((el) => el.tagName + '.' + el.className).slice(0, 8)`;

  it('on a 375-pixel phone: the checklist and the settings tabs fit', async () => {
    const small = await openPage(phone);
    await small.goto(t.url);
    await small.getByTestId('get-started').waitFor();
    await noEnglish(small);
    await screenshot(small, 'setup-04-phone-get-started');
    const wide = await small.evaluate<string[]>(wider('[data-testid=get-started], [data-testid=get-started] *'));
    expect(wide).toEqual([]);
    await small.goto(`${t.url}/settings?tab=scalev`);
    await small.locator('[data-provider="scalev"]').waitFor();
    const wideSettings = await small.evaluate<string[]>(wider('[data-provider=scalev], [data-provider=scalev] *'));
    expect(wideSettings).toEqual([]);
    await screenshot(small, 'setup-05-phone-settings');
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
