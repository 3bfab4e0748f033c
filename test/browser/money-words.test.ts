// Money and words in Bahasa Indonesia, in headless Chromium against the real server, worker and simulators: an
// Indonesian shop owner sees Rupiah revenue, value at risk and value lost on the dashboard, each lead's value, and
// the server's outcomes worded in Indonesian (its English only under "technical details"), on desktop and phone.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOwnerWithToken, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { launchChromium } from './chromium.js';
import { screenshot } from './screenshots.js';
import { expectNoServerEnglish, watchServerWords, type ServerWords } from './server-words.js';
import { until } from './wait.js';
import { ensureWebBuilt } from './web-build.js';

const OWNER = { name: 'Ani Wijaya', email: 'ani@tokoberkahherbal.co.id', password: 'madu-hutan-sumbawa-2026' };
const rupiah = (cents: number) =>
  new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(cents / 100);
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('money and Bahasa Indonesia in a real browser', () => {
  let t: AppUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let words: ServerWords;
  let token = '';
  const pageErrors: string[] = [];
  const net = new Map<string, number>();
  let paidLead = '';
  let waitingLead = '';

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${t.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  beforeAll(async () => {
    await ensureWebBuilt();
    t = await startAppUnderTest();
    token = await signUpOwnerWithToken(t, OWNER);
    await call('PUT', '/api/settings/scalev-mailketing', {
      scalev_api_key: t.scalev.apiKey,
      scalev_webhook_secret: t.scalev.signingSecret,
      mailketing_api_token: t.mailketing.apiToken,
    });
    await call('POST', '/api/product-lists', {
      store_id: '1287',
      store_name: 'Toko Berkah Herbal',
      product_id: '88231',
      product_name: 'Madu Hutan Sumbawa',
      mailketing_list_followup: '42898',
      mailketing_list_closing: '42899',
      mailketing_list_not_closing: '43010',
    });
    // Three orders: one paid (revenue), two waiting (at risk), of different sizes.
    const orders = [
      { name: 'Siti Rahmawati', quantity: 3, paid: true },
      { name: 'Budi Santoso', quantity: 1, paid: false },
      { name: 'Dewi Anggraini', quantity: 2, paid: false },
    ];
    for (const [i, o] of orders.entries()) {
      const order = t.scalev.createOrder({
        items: [{ sku: 'MDH-SBW-500', quantity: o.quantity }],
        customer: { name: o.name, email: `pelanggan${i}@contoh.co.id`, phone: `08123456780${i}` },
      });
      net.set(o.name, Math.round(Number(t.scalev.webhookData('order.created', order)['net_revenue']) * 100));
      expect((await t.scalev.sendWebhook(`${t.url}/webhooks/scalev`, 'order.created', order)).status).toBe(200);
      if (o.paid) {
        t.scalev.setPaymentStatus(order.orderId, 'paid');
        expect((await t.scalev.sendWebhook(`${t.url}/webhooks/scalev`, 'order.payment_status_changed', order)).status).toBe(200);
      }
    }
    await until('three leads, one in Closing', async () => {
      const rows = await t.db.db.selectFrom('scalev_leads').select(['id', 'stage', 'customer_name']).execute();
      return rows.length === 3 && rows.some((r) => r.stage === 'closing') ? rows : undefined;
    }).then((rows) => {
      paidLead = rows.find((r) => r.stage === 'closing')?.id ?? '';
      waitingLead = rows.find((r) => r.customer_name === 'Budi Santoso')?.id ?? '';
    });

    browser = await launchChromium();
    // An Indonesian browser: the dashboard starts in Bahasa Indonesia by itself.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    words = watchServerWords(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await t?.close();
  }, 30_000);

  it('signs in in Bahasa Indonesia', async () => {
    await page.goto(t.url);
    await heading('Masuk ke Leadcycle').waitFor();
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Kata sandi').fill(OWNER.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await heading('Dasbor').waitFor();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('id');
  });

  it('the dashboard shows Closing revenue, value at risk and value lost in Rupiah, per day on charts with an axis', async () => {
    const paid = net.get('Siti Rahmawati') ?? 0;
    const atRisk = (net.get('Budi Santoso') ?? 0) + (net.get('Dewi Anggraini') ?? 0);
    await expect.poll(async () => plain(await page.getByTestId('value-closing').textContent())).toBe(plain(rupiah(paid)));
    await expect.poll(async () => plain(await page.getByTestId('value-follow_up').textContent())).toBe(plain(rupiah(atRisk)));
    await expect.poll(async () => plain(await page.getByTestId('value-not_closing').textContent())).toBe(plain(rupiah(0)));
    await page.getByText('Pendapatan Closing', { exact: true }).waitFor();
    await page.getByText('dari 2 lead', { exact: true }).waitFor();

    // The charts have a y-axis (three ticks, the top one a round Rupiah amount) and today's bar carries its total.
    const valueChart = page.getByTestId('chart-value');
    await expect(valueChart.locator('.chart-tick').count()).resolves.toBe(3);
    await expect(valueChart.locator('.chart-tick').first().textContent()).resolves.toMatch(/^Rp/);
    await expect(valueChart.locator('.chart-value').last().textContent()).resolves.toMatch(/^Rp/);
    await expect(page.getByTestId('chart-count').locator('.chart-value').last().textContent()).resolves.toBe('3');

    // Quick ranges: every choice asks for its own days, and the figures stay (all three orders are from today).
    for (const label of ['Hari ini', '30 hari', 'Bulan ini', '7 hari']) {
      await page.getByRole('group', { name: 'Periode' }).getByRole('button', { name: label, exact: true }).click();
      await expect(page.getByRole('button', { name: label, exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
      await expect.poll(async () => plain(await page.getByTestId('value-closing').textContent())).toBe(plain(rupiah(paid)));
    }
    // Per product: revenue and value at risk.
    const product = page.getByRole('row').filter({ hasText: 'Madu Hutan Sumbawa' }).last();
    expect(plain(await product.textContent())).toContain(`${plain(rupiah(paid))}${plain(rupiah(atRisk))}`);
    await expectNoServerEnglish(page, words, 'dashboard');
    await screenshot(page, 'money-dashboard-id');
  });

  it("the leads list shows each lead's value and its phone as call and WhatsApp links", async () => {
    await page.goto(`${t.url}/leads`);
    await heading('Lead').waitFor();
    const budi = page.getByRole('row').filter({ hasText: 'Budi Santoso' });
    expect(plain(await budi.textContent())).toContain(plain(rupiah(net.get('Budi Santoso') ?? 0)));
    await expect(budi.getByRole('link', { name: 'Telepon +6281234567801' }).getAttribute('href')).resolves.toBe('tel:+6281234567801');
    await expect(budi.getByRole('link', { name: 'WhatsApp ke +6281234567801' }).getAttribute('href')).resolves.toBe('https://wa.me/6281234567801');
    await expectNoServerEnglish(page, words, 'leads list');
    // The CSV download carries the list's filters.
    await page.getByLabel('Tahap').selectOption({ label: 'Closing' });
    await expect.poll(() => page.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href')).toBe('/api/leads/export.csv?stage=closing');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh CSV' }).click()]);
    const csv = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      }, reject);
    });
    expect(csv).toContain('Siti Rahmawati');
    expect(csv).not.toContain('Budi Santoso');
    await page.getByLabel('Tahap').selectOption({ label: 'Semua tahap' });
  });

  it("the lead page words the webhook's outcome and the Test action in Indonesian; the English only under technical details", async () => {
    await page.goto(`${t.url}/leads/${paidLead}`);
    await heading('Siti Rahmawati').waitFor();
    expect(plain(await page.getByTestId('lead-amount').textContent())).toBe(plain(rupiah(net.get('Siti Rahmawati') ?? 0)));
    await page.getByText('Lead dibuat di Follow Up.', { exact: false }).first().waitFor();
    await page.getByText('Dipindahkan dari Follow Up ke Closing.', { exact: false }).first().waitFor();
    await expectNoServerEnglish(page, words, 'paid lead');
    // The server's words are there for whoever needs them, folded.
    await page.getByText('Detail teknis').first().click();
    await page.getByText(/created in Follow Up/).first().waitFor();

    await page.goto(`${t.url}/leads/${waitingLead}`);
    await heading('Budi Santoso').waitFor();
    await page.getByRole('button', { name: 'Tes Tidak Closing' }).click();
    await page.getByRole('dialog', { name: 'Tes Tidak Closing' }).getByRole('button', { name: 'Tes Tidak Closing' }).click();
    await page.getByText('Hasil: Dipindahkan dari Follow Up ke Tidak Closing. Dikirim ke list Tidak Closing di Mailketing.').waitFor();
    await expectNoServerEnglish(page, words, 'lead after Test Not Closing');
    await screenshot(page, 'lead-id');
  });

  it('the value lost shows on the dashboard once a lead reaches Not Closing', async () => {
    await page.goto(t.url);
    await heading('Dasbor').waitFor();
    await expect.poll(async () => plain(await page.getByTestId('value-not_closing').textContent())).toBe(plain(rupiah(net.get('Budi Santoso') ?? 0)));
    await expectNoServerEnglish(page, words, 'dashboard after a loss');
  });

  it('the webhook log words each outcome in Indonesian', async () => {
    await page.goto(`${t.url}/webhook-log`);
    await heading('Log webhook').waitFor();
    await page.getByText('Lead dibuat di Follow Up.', { exact: false }).first().waitFor();
    await expectNoServerEnglish(page, words, 'webhook log');
  });

  it('on a 375-pixel phone the leads list fits, with values and phone links', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${t.url}/leads`);
    await heading('Lead').waitFor();
    await page.getByRole('link', { name: 'WhatsApp ke +6281234567801' }).waitFor();
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBe(375);
    // The header is one row: language and sign-out wait in the menu.
    await expect(page.getByRole('button', { name: 'Keluar' }).count()).resolves.toBe(0);
    await expect(page.locator('.topbar').evaluate((el) => el.getBoundingClientRect().height)).resolves.toBeLessThan(64);
    // Each lead is two lines: name, stage and value; then product, date and the phone links.
    const budi = page.locator('.lead-row').filter({ hasText: 'Budi Santoso' });
    await expect(budi.locator('.lead-row-line').count()).resolves.toBe(2);
    expect(plain(await budi.locator('.lead-row-line').first().textContent())).toBe(`Budi SantosoTidak Closing${plain(rupiah(net.get('Budi Santoso') ?? 0))}`);
    // Filters fold behind one button that counts them; a chip shows each and takes it off.
    await page.getByRole('button', { name: 'Saring', exact: true }).click();
    await page.getByLabel('Tahap').selectOption({ label: 'Tidak Closing' });
    await page.getByRole('button', { name: 'Selesai' }).click();
    await page.getByRole('button', { name: 'Saring (1)' }).waitFor();
    await page.getByRole('list', { name: 'Saringan yang dipakai' }).getByText('Tidak Closing').waitFor();
    await expect.poll(() => page.locator('.lead-row').count()).toBe(1);
    await expectNoServerEnglish(page, words, 'phone leads list');
    await screenshot(page, 'phone-leads-id');
    await page.getByRole('button', { name: 'Hapus saringan Tidak Closing' }).click();
    await expect.poll(() => page.locator('.lead-row').count()).toBe(3);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Keluar' }).waitFor();
    await page.getByRole('navigation').getByLabel('Bahasa').waitFor();
    await page.goto(t.url);
    await heading('Dasbor').waitFor();
    await screenshot(page, 'phone-money-dashboard-id');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('saw server sentences to check, and raised no uncaught errors in the page', () => {
    // The check above only means something if the server did send English: it did, on every outcome.
    expect(words.sentences.size).toBeGreaterThan(3);
    expect(pageErrors).toEqual([]);
  });
});
