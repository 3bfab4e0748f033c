// The pharmacy's settings tab in headless Chromium, on a 375-pixel phone in Bahasa Indonesia: the owner rewrites the
// materials message (the preview follows with a sample name), adds a branded → generic pair, saves, reloads and finds
// both; a placeholder the message cannot fill and a medicine listed twice are marked beside their own fields.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { launchChromium } from './chromium.js';
import { screenshot } from './screenshots.js';
import { ensureWebBuilt } from './web-build.js';

const OWNER = { name: 'Dewi Apoteker', email: 'dewi@apoteksehat.id', password: 'apotek-sehat-bandung-2026' };

describe('pharmacy settings in a real browser (Bahasa Indonesia, phone)', () => {
  let t: AppUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  const field = (label: string) => page.locator('.field').filter({ has: page.getByLabel(label, { exact: true }) });

  beforeAll(async () => {
    await ensureWebBuilt();
    t = await startAppUnderTest();
    browser = await launchChromium();
    const setup = await fetch(`${t.url}/api/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) });
    expect(setup.status).toBe(201);
    const [name = '', value = ''] = ((setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '').split('=', 2);
    context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'id-ID', isMobile: true, hasTouch: true });
    await context.addCookies([{ name, value, url: t.url, httpOnly: true, sameSite: 'Strict' }]);
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 90_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await t?.close();
  }, 30_000);

  it('edits the message and a generic pair, keeps them after a reload, and marks bad input beside its field', async () => {
    await page.goto(`${t.url}/settings?tab=pharmacy`);
    await page.getByRole('heading', { name: 'Materi untuk nomor WhatsApp baru' }).waitFor();
    const preview = page.getByTestId('materials-preview');
    // The default greeting, filled with the sample name.
    await preview.getByText(/^Halo Budi, salam sehat/).waitFor();

    const text = page.getByLabel('Teks pesan', { exact: true });
    await text.fill('Selamat pagi ');
    await page.getByRole('button', { name: 'Sisipkan {{name}}' }).click();
    await text.press('End');
    await text.pressSequentially('! Brosur Apotek Sehat terlampir.');
    await preview.getByText('Selamat pagi Budi! Brosur Apotek Sehat terlampir.', { exact: true }).waitFor();
    await page.getByLabel('Alamat PDF', { exact: true }).fill('https://apoteksehat.id/brosur.pdf');
    await preview.getByText('dengan PDF').waitFor();

    await page.getByText('Belum ada pasangan').waitFor();
    await page.getByRole('button', { name: 'Tambah pasangan' }).click();
    await page.getByLabel('Obat bermerek 1', { exact: true }).fill('Norvask');
    await page.getByLabel('Generik 1', { exact: true }).fill('Amlodipine');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(375);
    await screenshot(page, 'pharmacy-settings-01-phone');
    await page.getByRole('button', { name: 'Simpan pengaturan apotek' }).click();
    await page.getByRole('status').getByText('Pengaturan apotek disimpan.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Alternatif generik' }).waitFor();
    await expect(page.getByLabel('Teks pesan', { exact: true }).inputValue()).resolves.toBe('Selamat pagi {{name}}! Brosur Apotek Sehat terlampir.');
    await expect(page.getByLabel('Alamat PDF', { exact: true }).inputValue()).resolves.toBe('https://apoteksehat.id/brosur.pdf');
    await expect(page.getByLabel('Obat bermerek 1', { exact: true }).inputValue()).resolves.toBe('Norvask');
    await expect(page.getByLabel('Generik 1', { exact: true }).inputValue()).resolves.toBe('Amlodipine');

    // Bad input: "nama" (Indonesian for name) in braces, and Norvask listed twice; the server names both fields.
    await page.getByLabel('Teks pesan', { exact: true }).fill('Halo {{nama}}, brosur terlampir.');
    await page.getByRole('button', { name: 'Tambah pasangan' }).click();
    await page.getByLabel('Obat bermerek 2', { exact: true }).fill('norvask');
    await page.getByLabel('Generik 2', { exact: true }).fill('Amlodipin besilat');
    await page.getByRole('button', { name: 'Simpan pengaturan apotek' }).click();
    await field('Teks pesan').locator('.field-error').getByText('{{nama}} bukan kata yang bisa diisi pesan: pakai {{name}}.').waitFor();
    await field('Obat bermerek 2').locator('.field-error').getByText('Obat ini sudah ada di daftar.').waitFor();
    await expect(field('Obat bermerek 1').locator('.field-error').count()).resolves.toBe(0);
    await screenshot(page, 'pharmacy-settings-02-phone-errors');

    // Nothing of the refused save was kept; on a desktop the same tab lays each pair out on one line.
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.reload();
    await expect(page.getByLabel('Teks pesan', { exact: true }).inputValue()).resolves.toBe('Selamat pagi {{name}}! Brosur Apotek Sehat terlampir.');
    await expect(page.getByLabel('Obat bermerek 2', { exact: true }).count()).resolves.toBe(0);
    await screenshot(page, 'pharmacy-settings-03-desktop');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
