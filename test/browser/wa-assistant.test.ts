// The WhatsApp assistant's screens end to end in headless Chromium, against the real server, a real worker and the
// WAHA simulator: an umroh agency's admin adds a package, a customer writes from an ad, the assistant escalates a
// payment question, the admin takes over, answers in Bahasa Indonesia through WhatsApp, and hands back.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOwnerWithToken, startAppUnderTest, WAHA_SIM_API_KEY, WAHA_SIM_HMAC_KEY, type AppUnderTest } from './app-under-test.js';
import { startLlmSim } from '../../sim/llm.js';
import { launchChromium, openDesktopPage } from './chromium.js';
import { screenshot } from './screenshots.js';
import { expectNoServerEnglish, watchServerWords } from './server-words.js';
import { until, untilGone } from './wait.js';
import { ensureWebBuilt } from './web-build.js';

const OWNER = { name: 'Siti Rahmawati', email: 'siti@amanahtour.id', password: 'umroh-berkah-bersama-2026' };
const CUSTOMER = '+6281234567890';
const CHAT = '6281234567890@c.us';
const CODE = 'UMR_MAR_2026_HEMAT';
const REPLY = 'Baik kak, DP Rp 5.000.000 bisa transfer ke BCA a.n. Amanah Tour. Saya kirim nomor rekeningnya ya.';

describe('WhatsApp assistant screens in a real browser', () => {
  let t: AppUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token = '';
  let conversationId = '';
  const pageErrors: string[] = [];

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

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

  /** The page is no wider than the window: nothing scrolls sideways. */
  async function fitsWidth(): Promise<number> {
    return Number(await page.evaluate('document.documentElement.scrollWidth'));
  }

  /**
   * The phone layout's table cells (a card per row, each cell's label beside its value) whose label is taller than
   * the cell: a label that wraps to two lines then runs into the next row's label.
   */
  async function labelsOutgrowingCells(): Promise<string[]> {
    // A string: the tests' types have no DOM.
    return (await page.evaluate(`[...document.querySelectorAll('.table td[data-label]')].flatMap((cell) => {
      const style = getComputedStyle(cell);
      const label = Number.parseFloat(getComputedStyle(cell, '::before').height);
      const room = cell.getBoundingClientRect().height - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
      return label > room + 0.5 ? [cell.dataset.label + ': label ' + label + ' px, cell ' + room + ' px'] : [];
    })`)) as string[];
  }

  beforeAll(async () => {
    await ensureWebBuilt();
    t = await startAppUnderTest();
    token = await signUpOwnerWithToken(t, OWNER);

    // WAHA through the provider settings API, as the settings page saves it; short pauses so the walk is quick.
    await call('PUT', '/api/settings/providers/waha', { base_url: t.waha.url, session: 'default', api_key: WAHA_SIM_API_KEY, webhook_hmac_key: WAHA_SIM_HMAC_KEY });
    await call('PUT', '/api/settings/wa-assistant', { company_name: 'Amanah Tour', quiet_window_ms: 300, burst_max_ms: 3_000, typing_min_ms: 0, typing_ms_per_char: 0, typing_max_ms: 0, whatsapp_number: '6281398765432' });
    // A sold-out package the assistant must never offer; the one on sale is added on screen.
    await call('POST', '/api/packages', { code: 'UMR_DES_2026_VIP', name: 'Paket Umroh Desember 2026 VIP', price: 45_000_000, departure_date: '2026-12-10', duration_days: 12, quota_total: 20, quota_remaining: 0 });

    browser = await launchChromium();
    ({ context, page } = await openDesktopPage(browser, t.url, pageErrors));
  }, 90_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await t?.close();
  }, 30_000);

  it('signs in, finds the assistant in the menu and an empty inbox that says what will come', async () => {
    await page.goto(t.url);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('Dashboard').waitFor();
    const group = page.getByRole('navigation').getByRole('list', { name: 'WhatsApp assistant' });
    await expect(group.getByRole('link').allTextContents()).resolves.toEqual(['Conversations', 'Handover queue', 'Packages', 'Campaign codes', 'Prompts', 'A/B tests', 'Marketing']);
    await nav('Conversations').click();
    await heading('Conversations').waitFor();
    await page.getByTestId('wa-inbox-empty').getByText('No conversations yet').waitFor();
    await screenshot(page, 'wa-01-inbox-empty');
  });

  it('adds a package: a refused code is named beside its field, sold out is shown, and the campaign link counts clicks', async () => {
    await nav('Packages').click();
    await heading('Packages').waitFor();
    const vip = page.getByRole('row').filter({ hasText: 'UMR_DES_2026_VIP' });
    await vip.getByText('Sold out', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add package' }).click();
    const dialog = page.getByRole('dialog', { name: 'New package' });
    await dialog.getByLabel('Code').fill('umroh maret hemat');
    await dialog.getByLabel('Name').fill('Paket Umroh Maret 2026 Hemat');
    await dialog.getByLabel('Price').fill('25000000');
    await dialog.getByLabel('Departure date').fill('2026-03-15');
    await dialog.getByLabel('Days').fill('9');
    await dialog.getByLabel('Seats', { exact: true }).fill('45');
    await dialog.getByLabel('Seats left').fill('50');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // The server refused the code's shape: the words sit under the Code field, tied to it for screen readers.
    await dialog.getByText('Use PACKAGE_MONTH_YEAR_TYPE, e.g. UMR_MAR_2026_HEMAT.').waitFor();
    await expect(dialog.getByLabel('Code').getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'wa-02-package-field-error');

    await dialog.getByLabel('Code').fill(CODE);
    await dialog.getByRole('button', { name: 'Save' }).click();
    // Now the seats: more left than there are is refused, on that field.
    await dialog.getByText('Seats left: a whole number, not more than the seats.').waitFor();
    await expect(dialog.getByLabel('Seats left').getAttribute('aria-invalid')).resolves.toBe('true');
    await dialog.getByLabel('Seats left').fill('12');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const hemat = page.getByRole('row').filter({ hasText: CODE });
    await hemat.getByText('12 of 45 left', { exact: true }).waitFor();

    // The ad's link: a click is counted and opens WhatsApp with the code typed in.
    await nav('Campaign codes').click();
    await heading('Campaign codes').waitFor();
    await page.getByText(`${t.url}/c/${CODE}`, { exact: true }).waitFor();
    await expect(page.getByTestId(`clicks-${CODE}`).textContent()).resolves.toBe('0');
    const click = await fetch(`${t.url}/c/${CODE}`, { redirect: 'manual' });
    expect(click.status).toBe(302);
    expect(click.headers.get('location')).toBe(`https://wa.me/6281398765432?text=${CODE}`);
    await page.reload();
    await expect.poll(() => page.getByTestId(`clicks-${CODE}`).textContent()).toBe('1');
    await screenshot(page, 'wa-03-campaign-codes');
  });

  it('shows a customer’s signed WhatsApp messages live, and the escalation in the inbox and the handover queue', async () => {
    await nav('Conversations').click();
    await heading('Conversations').waitFor();
    await page.getByTestId('wa-inbox-empty').waitFor();
    // The customer came from the ad (its code typed in) and asks about the down payment: a payment question goes to
    // a person. One message, so the turn does not depend on how fast the webhooks arrive.
    await t.waha.sendMessage({ from: CUSTOMER, body: `${CODE} dp nya brp kak?` });
    const row = page.getByRole('row').filter({ hasText: CUSTOMER });
    await row.getByRole('link', { name: CUSTOMER }).waitFor({ timeout: 20_000 });
    await row.getByText('Waiting for a person', { exact: true }).waitFor({ timeout: 20_000 });
    await row.getByText('Booking', { exact: true }).waitFor();
    await row.getByText(CODE, { exact: true }).waitFor();
    await row.getByText(/^for \d+ mins?$/).waitFor();
    // The assistant's one reply reached WhatsApp: the team will answer.
    const texts = await until('the assistant’s reply at the simulator', () => {
      const sent = t.waha.messages.filter((m) => m.chatId === CHAT && m.kind === 'text');
      return sent.length > 0 ? sent : undefined;
    });
    expect(texts).toHaveLength(1);
    expect(texts[0]?.text).toContain('Admin kami akan segera menghubungi');
    await screenshot(page, 'wa-04-inbox-escalated');

    await page.getByLabel('Who answers').selectOption('bot');
    await page.getByText('No conversations match these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await row.getByRole('link', { name: CUSTOMER }).waitFor();

    await nav('Handover queue').click();
    await heading('Handover queue').waitFor();
    const queued = page.getByRole('row').filter({ hasText: CUSTOMER });
    await queued.getByText('Asked how to pay', { exact: true }).waitFor();
    await queued.getByText('High intent, asking about payment', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Open alerts' }).waitFor();
    await page.getByText('Escalated', { exact: true }).waitFor();
    await screenshot(page, 'wa-05-handover-queue');
    await queued.getByRole('link', { name: CUSTOMER }).click();
    await heading(CUSTOMER).waitFor();
    conversationId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(conversationId).toMatch(/^cnv_/);
  });

  it('the conversation page shows the thread, AI notes, phase history; take over, reply as a person in Bahasa Indonesia, hand back', async () => {
    const serverWords = watchServerWords(page);
    await page.getByTestId('escalation-reason').getByText('Asked how to pay', { exact: true }).waitFor();
    await page.getByTestId('ai-notes').getByText('High intent, asking about payment', { exact: true }).waitFor();
    await page.getByTestId('turn-notes').getByText('High intent, asking about payment', { exact: true }).waitFor();
    await page.getByTestId('last-intent').getByText('Payment', { exact: true }).waitFor();
    await expect(page.getByTestId('message-customer').count()).resolves.toBe(1);
    await page.getByTestId('message-bot').getByText(/Admin kami akan segera menghubungi/).waitFor();
    const history = page.getByTestId('phase-history');
    await history.getByText('First message', { exact: true }).waitFor();
    await history.getByText('Turn: Payment', { exact: true }).waitFor();
    await expect(page.getByTestId('conversation-status').textContent()).resolves.toBe('Waiting for a person');

    await page.getByRole('button', { name: 'Take over' }).click();
    const take = page.getByRole('dialog', { name: 'Take over this conversation' });
    await expect(take.getByLabel('Who answers').inputValue()).resolves.toBe(OWNER.name);
    await take.getByLabel('Notes for the team').fill('Wants to pay the down payment this week');
    await take.getByRole('button', { name: 'Take over' }).click();
    await take.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('conversation-status').textContent()).toBe('A person answers');
    await expect(page.getByTestId('conversation-owner').textContent()).resolves.toBe(OWNER.name);
    await screenshot(page, 'wa-06-conversation-taken-over');

    // The rest in Bahasa Indonesia.
    await page.getByLabel('Language').selectOption('id');
    await expect.poll(() => page.getByTestId('conversation-status').textContent()).toBe('Dijawab admin');
    await page.getByTestId('escalation-reason').getByText('Bertanya cara bayar', { exact: true }).waitFor();
    // The AI notes are worded from their codes in Bahasa Indonesia; the server's English sentence is not shown.
    await page.getByTestId('ai-notes').getByText('Minat tinggi, bertanya cara bayar', { exact: true }).waitFor();
    await page.getByTestId('turn-notes').getByText('Minat tinggi, bertanya cara bayar', { exact: true }).waitFor();
    await expect(page.getByText('High intent, asking about payment').count()).resolves.toBe(0);
    // The take-over's English confirmation does not stay on screen in the new language (toasts last 4 s).
    await expect(page.locator('.toast').getByText('You answer this conversation now.').count()).resolves.toBe(0);
    expect(serverWords.sentences).toContain('High intent, asking about payment');
    await expectNoServerEnglish(page, serverWords, 'conversation page in Bahasa Indonesia');
    const reply = page.getByRole('form', { name: 'Balas sebagai admin' });
    await reply.getByLabel('Pesan Anda').fill(REPLY);
    await reply.getByRole('button', { name: 'Kirim' }).click();
    // The person's words reach WhatsApp through WAHA, and show in the thread as theirs.
    await until('the person’s reply at the simulator', () => t.waha.messages.find((m) => m.chatId === CHAT && m.text === REPLY), 20_000);
    await page.getByTestId('message-person').getByText(REPLY).waitFor({ timeout: 15_000 });
    await page.getByTestId('message-person').getByText(`Admin (${OWNER.name})`).waitFor();
    await screenshot(page, 'wa-07-conversation-reply-id');

    await page.getByRole('button', { name: 'Kembalikan ke asisten' }).click();
    const back = page.getByRole('dialog', { name: 'Kembalikan ke asisten' });
    await back.getByRole('button', { name: 'Kembalikan ke asisten' }).click();
    await back.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('conversation-status').textContent()).toBe('Dijawab asisten');
    await expect(page.getByTestId('conversation-owner').textContent()).resolves.toBe('Belum ada');
    const conversation = await call<{ status: string; assigned_to: string | null }>('GET', `/api/conversations/${conversationId}`);
    expect(conversation).toMatchObject({ status: 'bot', assigned_to: null });

    // A colleague takes it over and hands it back from another screen: this page shows both at once (GET /api/live),
    // with no new customer message; the reply above still names who wrote it.
    await call('POST', '/api/conversations/handover', { conversation_id: conversationId, assigned_to: 'Rina' });
    await page.getByTestId('conversation-owner').filter({ hasText: /^Rina$/ }).waitFor({ timeout: 10_000 });
    await page.getByTestId('conversation-status').filter({ hasText: /^Dijawab admin$/ }).waitFor();
    await page.getByTestId('message-person').getByText(`Admin (${OWNER.name})`).waitFor();
    await call('POST', `/api/conversations/${conversationId}/hand-back`, {});
    await page.getByTestId('conversation-status').filter({ hasText: /^Dijawab asisten$/ }).waitFor({ timeout: 10_000 });

    // A turn no pattern reads ("when does my money come back?"), its intent guessed from similar messages: the turn
    // says so in the reader's language, and the refund question goes to a person.
    await t.waha.sendMessage({ from: CUSTOMER, body: 'kak uang saya kapan balik' });
    await page.getByTestId('turn-notes').getByText(/Tidak ada aturan yang cocok; ditebak dari pesan serupa: Pengembalian dana/).waitFor({ timeout: 20_000 });
    await page.getByTestId('conversation-status').filter({ hasText: /^Menunggu admin$/ }).waitFor();
    await screenshot(page, 'wa-15-guessed-turn-id');
  });

  it('keeps prompt versions: save two, then put the first back in production (in Bahasa Indonesia)', async () => {
    await nav('Prompt').click();
    await heading('Prompt').waitFor();
    await page.getByTestId('wa-prompts-empty').waitFor();
    const save = page.getByRole('region', { name: /Simpan versi baru/ });
    await save.getByLabel('Versi').fill('1.0');
    await save.getByLabel('Isi').fill('Anda konsultan umroh Amanah Tour yang ramah.');
    await save.getByRole('button', { name: 'Simpan versi' }).click();
    const v1 = page.getByRole('row').filter({ has: page.getByTestId('version-1.0') });
    await v1.getByText('Di produksi', { exact: true }).waitFor();
    await save.getByLabel('Versi').fill('1.1');
    await save.getByLabel('Isi').fill('Anda konsultan umroh Amanah Tour yang ramah dan singkat.');
    await save.getByRole('button', { name: 'Simpan versi' }).click();
    const v11 = page.getByRole('row').filter({ has: page.getByTestId('version-1.1') });
    await v11.getByText('Di produksi', { exact: true }).waitFor();
    await expect(v1.getByText('Di produksi', { exact: true }).count()).resolves.toBe(0);
    await v1.getByRole('button', { name: 'Pakai di produksi 1.0' }).click();
    await v1.getByText('Di produksi', { exact: true }).waitFor();
    await expect(v11.getByText('Di produksi', { exact: true }).count()).resolves.toBe(0);
    await screenshot(page, 'wa-08-prompts-id');

    await nav('Pemasaran').click();
    await heading('Pemasaran').waitFor();
    await expect(page.getByTestId('wa-active').textContent()).resolves.toBe('1');
    await page.getByTestId('bar-booking').getByText('Booking').waitFor();
    await expect(page.getByTestId('bar-booking').locator('.stage-count').textContent()).resolves.toBe('1');
    // The period's analytics (last 30 days by default): the one conversation, from the campaign's click to booking.
    const period = page.getByRole('region', { name: 'Hasil per periode' });
    await expect.poll(() => period.getByTestId('wa-analytics-conversations').locator('.figure-value').textContent()).toBe('1');
    await expect(period.getByTestId('wa-analytics-booking-rate').locator('.figure-value').textContent()).resolves.toBe('100%');
    await expect(period.getByTestId('bar-funnel-booking').locator('.stage-count').textContent()).resolves.toBe('1');
    await expect(period.getByTestId('bar-funnel-paid').locator('.stage-count').textContent()).resolves.toBe('0');
    // Drop-off is 1 − the step's conversion, worded: nobody has paid yet.
    await expect(period.getByTestId('drop-booking_to_payment').textContent()).resolves.toBe('Booking → Lunas: 100% tidak berlanjut');
    const campaign = period.getByRole('row').filter({ has: page.getByTestId('campaign-row-UMR_MAR_2026_HEMAT') });
    await expect(campaign.getByRole('cell').allTextContents()).resolves.toEqual(['UMR_MAR_2026_HEMAT', '1', '1', '1', '100%', '100%']);
    // The payment question escalated, so the assistant answered none of it alone.
    const question = period.getByRole('row').filter({ hasText: 'Pembayaran' });
    await expect(question.getByRole('cell').allTextContents()).resolves.toEqual(['Pembayaran', '1', '0%']);
    await period.getByRole('cell', { name: 'Belum ada prompt' }).waitFor();
    await screenshot(page, 'wa-09-marketing-id');
    await page.getByLabel('Bahasa').selectOption('en');
    await heading('Marketing').waitFor();
  });

  it('settings: the AI model is saved with its key masked, tested against a chat server, and a bad threshold is named', async () => {
    const llm = await startLlmSim({ apiKey: 'sk-test-browser-0123456789' });
    try {
      await nav('Settings').click();
      await heading('Settings').waitFor();
      await page.getByRole('tab', { name: /^WhatsApp assistant/ }).click();
      const form = page.getByRole('region', { name: 'WhatsApp assistant' });
      await expect(form.getByLabel('Business name').inputValue()).resolves.toBe('Amanah Tour');
      await form.getByLabel('Hand over below this confidence (0–1)').fill('2');
      await form.getByRole('button', { name: 'Save assistant settings' }).click();
      await form.getByText('low_confidence_threshold', { exact: false }).waitFor();

      await form.getByLabel('Hand over below this confidence (0–1)').fill('0.6');
      await form.getByLabel('Model name').fill('gpt-4o-mini');
      await form.getByLabel('API address (up to /v1)').fill(`${llm.url}/v1`);
      await form.getByLabel('API key').fill('sk-test-browser-0123456789');
      await form.getByRole('button', { name: 'Save assistant settings' }).click();
      await page.getByText('Assistant settings saved.').waitFor();
      // The key comes back masked, and saving ran the model's test against the chat server.
      await form.getByRole('button', { name: 'Replace: API key' }).waitFor();
      await expect(page.getByTestId('test-llm').textContent()).resolves.toContain('gpt-4o-mini answered (OK)');
      await expect(page.content()).resolves.not.toContain('sk-test-browser-0123456789');
      expect(llm.chats).toHaveLength(1);
      const saved = await call<{ low_confidence_threshold: number; llm_model: string; llm_api_key: string }>('GET', '/api/settings/wa-assistant');
      expect(saved).toMatchObject({ low_confidence_threshold: 0.6, llm_model: 'gpt-4o-mini' });
      expect(saved.llm_api_key).toMatch(/^•+6789$/);
      await screenshot(page, 'wa-12-settings');

      // The office and testimonial videos: coordinates go in pairs (the missing one is named), then they are saved.
      const media = page.getByRole('region', { name: 'Office and testimonials' });
      await media.getByLabel('Office address').fill('Jl. Jend. Sudirman No. 1, Jakarta');
      await media.getByLabel('Latitude').fill('-6.2088');
      await media.getByRole('button', { name: 'Save office and testimonials' }).click();
      await media.getByText('office_longitude', { exact: false }).waitFor();
      await media.getByLabel('Longitude').fill('106.8456');
      await media.getByRole('button', { name: 'Add a video' }).click();
      await media.getByLabel('Video 1: address (MP4)').fill('https://cdn.amanah.test/testimoni.mp4');
      await media.getByLabel('Video 1: caption').fill('Bu Aminah, jamaah Maret');
      await media.getByRole('button', { name: 'Save office and testimonials' }).click();
      await page.getByText('Office and testimonials saved.').waitFor();
      await expect(call('GET', '/api/settings/wa-assistant')).resolves.toMatchObject({
        office_address: 'Jl. Jend. Sudirman No. 1, Jakarta',
        office_latitude: -6.2088,
        office_longitude: 106.8456,
        testimonial_videos: [{ url: 'https://cdn.amanah.test/testimoni.mp4', caption: 'Bu Aminah, jamaah Maret' }],
      });
    } finally {
      // The rest of the walk runs on the rules alone.
      await call('PUT', '/api/settings/wa-assistant', { llm_model: null, llm_api_key: null });
      await llm.close();
    }
  });

  it('fits a 375 px phone without sideways scrolling on every screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    const screens: Array<[string, string]> = [
      ['/wa/conversations', 'Conversations'],
      [`/wa/conversations/${conversationId}`, CUSTOMER],
      ['/wa/handover', 'Handover queue'],
      ['/wa/packages', 'Packages'],
      ['/wa/campaign-codes', 'Campaign codes'],
      ['/wa/prompts', 'Prompts'],
      ['/wa/marketing', 'Marketing'],
    ];
    for (const [path, title] of screens) {
      await page.goto(`${t.url}${path}`);
      await heading(title).waitFor();
      await untilGone(page, '.loading');
      await expect(fitsWidth(), path).resolves.toBeLessThanOrEqual(375);
    }
    await page.goto(`${t.url}/wa/conversations/${conversationId}`);
    await page.getByTestId('message-person').waitFor();
    await screenshot(page, 'wa-10-phone-conversation');
    await page.goto(`${t.url}/wa/campaign-codes`);
    await page.getByTestId(`clicks-${CODE}`).waitFor();
    await screenshot(page, 'wa-11-phone-campaign-codes');
    // In Bahasa Indonesia the packages' "Tanggal berangkat" wraps to two lines: its card row grows with it.
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByLabel('Language').selectOption('id');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${t.url}/wa/packages`);
    await heading('Paket').waitFor();
    await untilGone(page, '.loading');
    await page.getByText(CODE, { exact: true }).first().waitFor();
    await expect(labelsOutgrowingCells()).resolves.toEqual([]);
    await screenshot(page, 'wa-12-phone-packages-id');
    // The period's analytics in Bahasa Indonesia: its tables and figures fit the phone too.
    await page.goto(`${t.url}/wa/marketing`);
    await heading('Pemasaran').waitFor();
    await page.getByTestId('campaign-row-UMR_MAR_2026_HEMAT').waitFor();
    await untilGone(page, '.loading');
    await expect(fitsWidth(), '/wa/marketing in Bahasa Indonesia').resolves.toBeLessThanOrEqual(375);
    await screenshot(page, 'wa-13-phone-marketing-id');
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByLabel('Bahasa').selectOption('en');
    expect(pageErrors).toEqual([]);
  });

  it('says when WhatsApp is connected but not working, words the owner\'s alert, and stops once the session works again', async () => {
    await page.goto(`${t.url}/wa/conversations`);
    await heading('Conversations').waitFor();
    await untilGone(page, '.loading');
    await expect(page.getByTestId('wa-health').count()).resolves.toBe(0);
    // WAHA reports the phone's session stopped: a signed session.status webhook, as the real one sends.
    await t.waha.setStatus('STOPPED');
    const banner = page.getByTestId('wa-health');
    await banner.getByText('WhatsApp is connected but not working', { exact: true }).waitFor({ timeout: 10_000 });
    await expect(banner.textContent()).resolves.toMatch(/The session default is STOPPED \(since .+\)\. Replies wait in the queue/);
    await nav('Handover queue').click();
    await heading('Handover queue').waitFor();
    await page.getByTestId('wa-health').waitFor();
    // The owner's alert says what happened in words, not as the code whatsapp_not_working.
    const alerts = page.getByRole('region', { name: 'Open alerts' });
    await alerts.getByText('WhatsApp not working', { exact: true }).waitFor();
    await expect(alerts.getByText('whatsapp_not_working').count()).resolves.toBe(0);
    await screenshot(page, 'wa-14-whatsapp-not-working');
    await t.waha.setStatus('WORKING');
    await banner.waitFor({ state: 'detached', timeout: 10_000 });
    expect(pageErrors).toEqual([]);
  });
});
