// The pharmacy screens end to end in headless Chromium, against the real server, a real worker and the WAHA simulator:
// the owner uploads a contact sheet the test writes (a title row, mixed phone formats, a duplicate, bad rows) and reads
// the report; the morning hand-out gives the staff member their calls; she logs one on her phone in Bahasa
// Indonesia; the counter looks that number up in another format and records a purchase that converts the contact.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOwnerWithToken, startAppUnderTest, WAHA_SIM_API_KEY, type AppUnderTest } from './app-under-test.js';
import { launchChromium, openDesktopPage } from './chromium.js';
import { screenshot } from './screenshots.js';
import { until, untilGone } from './wait.js';
import { ensureWebBuilt } from './web-build.js';

const OWNER = { name: 'Dewi Apoteker', email: 'dewi@apoteksehat.id', password: 'apotek-sehat-bandung-2026' };
const STAFF = { name: 'Rani Kasir', email: 'rani@apoteksehat.id', password: 'kasir-pagi-bandung-77' };

const BUDI = '+6281234500101';
const SITI = '+6281234500102';
const AGUS = '+6281234500103';

/**
 * The sheet as a pharmacy writes it: a title and a blank line above the header, phones typed four ways, Budi twice,
 * one number too short (row 8) and one row without a phone (row 9).
 */
const SHEET = [
  'Daftar Pelanggan Apotek Sehat - Desember 2026',
  '',
  'No,Nama Pelanggan,No HP / WA,Kota',
  '1,Budi Santoso,0812-3450-0101,Bandung',
  '2,Siti Aminah,+62 812 3450 0102,Bandung',
  '3,Agus Salim,6281234500103,Cimahi',
  '4,Budi S.,081234500101,',
  '5,Nomor Salah,12345,',
  '6,Tanpa Nomor,,Bandung',
].join('\r\n');

describe('pharmacy screens in a real browser', () => {
  let t: AppUnderTest;
  let browser: Browser;
  let ownerContext: BrowserContext;
  let page: Page;
  let staffContext: BrowserContext;
  let phone: Page;
  let token = '';
  const pageErrors: string[] = [];

  const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name });

  /** A call to the API as an owner's API token (what a script, or the morning job, would do). */
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

  const contactByPhone = async (e164: string) => {
    const page = await call<{ items: Array<{ phone: string; status: string; last_staff_code: string | null }> }>('GET', `/api/customers/contacts?q=${encodeURIComponent(e164.slice(3))}`);
    return page.items.find((c) => c.phone === e164);
  };

  async function signIn(p: Page, who: { email: string; password: string }, words: { password: string; signIn: string }) {
    await p.goto(t.url);
    await p.getByLabel('Email').fill(who.email);
    await p.getByLabel(words.password).fill(who.password);
    await p.getByRole('button', { name: words.signIn }).click();
  }

  beforeAll(async () => {
    await ensureWebBuilt();
    t = await startAppUnderTest();

    token = await signUpOwnerWithToken(t, OWNER);

    // WAHA as the owner sets it up on the settings page; Agus has WhatsApp, every other number does not.
    await call('PUT', '/api/settings/providers/waha', { base_url: t.waha.url, session: 'default', api_key: WAHA_SIM_API_KEY });
    t.waha.setNumber(AGUS, 'active');
    // Two checks a second: the import takes a couple of seconds, long enough to watch its progress.
    await call('PUT', '/api/settings/pharmacy', { whatsapp_checks_per_second: 2 });
    const user = await call<{ id: string }>('POST', '/api/users', { ...STAFF, role: 'staff' });
    await call('POST', '/api/customers/staff', { staff_code: 'STAFF001', name: STAFF.name, phone: '0812-7777-0001', max_contacts_per_day: 20, user_id: user.id });

    browser = await launchChromium();
    ({ context: ownerContext, page } = await openDesktopPage(browser, t.url, pageErrors));
    // The counter's phone, set to Bahasa Indonesia.
    staffContext = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'id-ID', hasTouch: true });
    phone = await staffContext.newPage();
    phone.setDefaultTimeout(10_000);
    phone.on('pageerror', (error) => pageErrors.push(error.message));
  }, 90_000);

  afterAll(async () => {
    await staffContext?.close().catch(() => undefined);
    await ownerContext?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await t?.close();
  }, 30_000);

  it('the owner finds the pharmacy in the menu', async () => {
    await signIn(page, OWNER, { password: 'Password', signIn: 'Sign in' });
    await heading(page, 'Dashboard').waitFor();
    const menu = page.getByRole('navigation').getByRole('list', { name: 'Pharmacy' });
    await expect(menu.getByRole('link').allTextContents()).resolves.toEqual(['My tasks', 'Counter', 'Contacts', 'Upload sheet', 'Refill reminders', 'Staff', 'Figures']);
    await menu.getByRole('link', { name: 'Contacts' }).click();
    await heading(page, 'Contacts').waitFor();
    await page.getByTestId('contacts-empty').getByText('No contacts yet').waitFor();
  });

  it('uploads a CSV: the progress bar follows the import, then the report lists each row not imported', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Upload sheet' }).click();
    await heading(page, 'Upload a contact sheet').waitFor();
    await page.getByLabel('Sheet file').setInputFiles({ name: 'pelanggan-desember.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET, 'utf8') });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await page.locator('[data-testid="upload-state"][data-state="done"]').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);

    const report = page.getByTestId('import-report');
    const labels = await report.locator('.pharmacy-figures dt').allTextContents();
    const values = await report.locator('.pharmacy-figures dd').allTextContents();
    expect(labels.map((label, i) => [label, values[i]])).toEqual([
      ['Rows read', '6'],
      ['New contacts', '3'],
      ['Repeated in this sheet', '1'],
      ['Already known', '0'],
      ['Not imported', '2'],
      ['With WhatsApp', '1'],
      ['Without WhatsApp (to call)', '2'],
      ['WhatsApp check failed', '0'],
      ['Materials queued', '1'],
    ]);
    const cells = await report.getByRole('table', { name: 'Rows not imported' }).locator('tbody td').allTextContents();
    expect(cells).toEqual(['8', 'This is not a valid phone number.', '9', 'No phone number in this row.']);
    await screenshot(page, 'pharmacy-01-upload-report');
  });

  it('lists the contacts with filters, each phone a call and a WhatsApp link', async () => {
    await page.getByRole('link', { name: 'See the contacts from this sheet' }).click();
    await heading(page, 'Contacts').waitFor();
    const table = page.getByRole('table', { name: 'Contacts' });
    await until('three contacts listed', async () => (await table.locator('tbody tr').count()) === 3);
    const budi = table.locator('tbody tr').filter({ hasText: 'Budi Santoso' });
    await expect(budi.getByRole('link', { name: `Call ${BUDI}` }).getAttribute('href')).resolves.toBe(`tel:${BUDI}`);
    await expect(budi.getByRole('link', { name: `WhatsApp ${BUDI}` }).getAttribute('href')).resolves.toBe(`https://wa.me/${BUDI.slice(1)}`);

    await page.getByLabel('WhatsApp', { exact: true }).selectOption({ label: 'No WhatsApp' });
    await until('only the two without WhatsApp', async () => (await table.locator('tbody tr').count()) === 2 && (await table.getByText('Agus Salim').count()) === 0);
    await page.getByRole('searchbox').fill('Siti');
    await until('only Siti', async () => (await table.locator('tbody tr').count()) === 1 && (await table.getByText('Siti Aminah').count()) === 1);
    await screenshot(page, 'pharmacy-02-contacts');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await until('all three again', async () => (await table.locator('tbody tr').count()) === 3);
  });

  it('the staff member, on her phone in Bahasa Indonesia, logs a call in two taps', async () => {
    // The morning hand-out (it also runs by itself): the two numbers without WhatsApp go to Rani.
    const assigned = await call<{ assignments: Array<{ staff_code: string; assigned: number }> }>('POST', '/api/customers/assign-contacts');
    expect(assigned.assignments).toEqual([expect.objectContaining({ staff_code: 'STAFF001', assigned: 2 })]);

    await signIn(phone, STAFF, { password: 'Kata sandi', signIn: 'Masuk' });
    await heading(phone, 'Dasbor').waitFor();
    await phone.goto(`${t.url}/pharmacy/tasks`);
    await heading(phone, 'Tugas saya hari ini').waitFor();
    await phone.getByRole('heading', { level: 2, name: '2 telepon yang harus dilakukan' }).waitFor();
    const budi = phone.getByTestId('task').filter({ hasText: 'Budi Santoso' });
    await expect(budi.getByRole('link', { name: `Telepon ${BUDI}` }).getAttribute('href')).resolves.toBe(`tel:${BUDI}`);
    await expect(budi.getByRole('link', { name: `WhatsApp ke ${BUDI}` }).getAttribute('href')).resolves.toBe(`https://wa.me/${BUDI.slice(1)}`);
    await expect(phone.evaluate('document.documentElement.scrollWidth')).resolves.toBe(375);
    await screenshot(phone, 'pharmacy-03-tasks-phone-id');

    // Tap one: Log call; tap two: how it went.
    await budi.getByRole('button', { name: 'Catat telepon' }).tap();
    await budi.getByRole('group', { name: 'Bagaimana teleponnya?' }).getByRole('button', { name: 'Diangkat', exact: true }).tap();
    await phone.getByText('Telepon dengan Budi Santoso dicatat.').waitFor();
    await budi.getByText('Sudah dihubungi', { exact: true }).waitFor();
    await phone.getByRole('heading', { level: 2, name: '1 telepon yang harus dilakukan' }).waitFor();
    await expect(contactByPhone(BUDI)).resolves.toMatchObject({ status: 'contacted', last_staff_code: 'STAFF001' });

    // A follow-up with Siti, tomorrow at nine.
    const siti = phone.getByTestId('task').filter({ hasText: 'Siti Aminah' });
    await siti.getByRole('button', { name: 'Tindak lanjut' }).tap();
    await siti.getByLabel('Catatan').fill('Tanya stok insulin');
    await siti.getByRole('button', { name: 'Atur tindak lanjut' }).tap();
    await phone.getByText('Tindak lanjut dengan Siti Aminah diatur.').waitFor();
    await expect(phone.evaluate('document.documentElement.scrollWidth')).resolves.toBe(375);
    await screenshot(phone, 'pharmacy-04-tasks-logged-id');
  });

  it('the counter looks up the contacted number typed another way, names a wrong field, and the purchase converts them', async () => {
    await phone.goto(`${t.url}/pharmacy/counter`);
    await heading(phone, 'Pembelian di kasir').waitFor();
    // The rest of the walk in English, through the language switch in the phone's menu.
    await phone.getByRole('button', { name: 'Menu', exact: true }).tap();
    await phone.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
    await heading(phone, 'Counter purchase').waitFor();
    await phone.getByRole('button', { name: 'Close menu', exact: true }).tap();
    await phone.getByLabel("Customer's phone").fill('62 812 3450 0101');
    await phone.getByRole('button', { name: 'Look up' }).tap();
    const lookup = phone.getByTestId('phone-lookup');
    await lookup.getByText('Yes: Budi Santoso is on a contact sheet.').waitFor();
    await lookup.getByTestId('lookup-contact').getByText('Contacted', { exact: true }).waitFor();
    await expect(lookup.getByRole('link', { name: `Call ${BUDI}` }).getAttribute('href')).resolves.toBe(`tel:${BUDI}`);
    await expect(phone.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Budi Santoso');

    await phone.getByLabel('Medicine').fill('Metformin 500 mg');
    await phone.getByLabel('Quantity').fill('0');
    await phone.getByLabel('Price each').fill('1500');
    await phone.getByLabel('Lasts (days)').fill('30');
    await phone.getByRole('button', { name: 'Record purchase' }).tap();
    // The server refuses a quantity of 0; the reason shows beside that field.
    const quantity = phone.locator('.field').filter({ has: phone.getByLabel('Quantity') });
    await quantity.getByText('This number is too small.').waitFor();
    await phone.getByLabel('Quantity').fill('60');
    await phone.getByTestId('purchase-total').getByText(/^Total: Rp\s?90,000$/).waitFor();
    await phone.getByRole('button', { name: 'Record purchase' }).tap();
    const done = phone.getByTestId('purchase-done');
    await done.getByText(/^Purchase of Rp\s?90,000 recorded\.$/).waitFor();
    await done.getByText('A new customer. 1 refill reminder scheduled.').waitFor();
    await lookup.getByTestId('lookup-contact').getByText('Bought', { exact: true }).waitFor();
    await lookup.getByTestId('lookup-customer').getByText('Customer: Budi Santoso').waitFor();
    await expect(contactByPhone(BUDI)).resolves.toMatchObject({ status: 'converted' });
    await expect(phone.evaluate('document.documentElement.scrollWidth')).resolves.toBe(375);
    await screenshot(phone, 'pharmacy-05-counter-phone');
  });

  it('shows the refill reminder coming up and sends it now', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Refill reminders' }).click();
    await heading(page, 'Refill reminders').waitFor();
    await page.getByText('No refill reminders due in this period.').waitFor();
    await page.getByLabel('Due within').selectOption({ label: 'The next 30 days' });
    const reminder = page.getByTestId('refills').getByRole('listitem').filter({ hasText: 'Metformin 500 mg' });
    await reminder.waitFor();
    await reminder.getByText('Budi Santoso', { exact: false }).waitFor();
    await expect(reminder.getByRole('link', { name: `WhatsApp ${BUDI}` }).getAttribute('href')).resolves.toBe(`https://wa.me/${BUDI.slice(1)}`);
    await reminder.getByRole('button', { name: 'Send now' }).click();
    await page.getByText('Reminder for Metformin 500 mg sent.').waitFor();
    await until('the reminder to reach WAHA', () => t.waha.messages.some((m) => m.chatId.startsWith(BUDI.slice(1))), 20_000);
    await screenshot(page, 'pharmacy-06-refills');
  });

  it("the figures show today's call and sale, the conversion credited to the caller, and the customers", async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Figures' }).click();
    await heading(page, 'Pharmacy figures').waitFor();
    const figure = (id: string) => page.getByTestId(id).locator('.figure-value');
    await figure('today-purchases').getByText('1', { exact: true }).waitFor();
    await figure('today-sales').getByText(/^Rp\s?90,000$/).waitFor();
    await figure('today-calls').getByText('1', { exact: true }).waitFor();
    await figure('period-contacts').getByText('3', { exact: true }).waitFor();
    await figure('period-converted').getByText('1', { exact: true }).waitFor();
    const converted = page.getByTestId('status-bars').locator('[data-bar="converted"]');
    await converted.getByText('1', { exact: true }).waitFor();
    const rani = page.getByRole('table', { name: 'By staff member' }).getByRole('row').filter({ hasText: STAFF.name });
    await expect(rani.locator('td').allTextContents()).resolves.toEqual([STAFF.name, '1', '1', '1', expect.stringMatching(/^Rp\s?90,000$/), '100%']);
    await page.getByRole('table', { name: 'Top medicines' }).getByRole('row').filter({ hasText: 'Metformin 500 mg' }).waitFor();
    await screenshot(page, 'pharmacy-07-figures');
  });

  it('the owner adds, changes and deactivates staff', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Staff' }).click();
    await heading(page, 'Staff').waitFor();
    await page.getByRole('button', { name: '+ Add staff' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
    await dialog.getByLabel('Staff code').fill('STAFF002');
    await dialog.getByLabel('Name').fill('Budi Gudang');
    await dialog.getByLabel('Phone').fill('12');
    await dialog.getByRole('button', { name: 'Add staff' }).click();
    await dialog.getByText('This is not a valid phone number.').waitFor();
    await dialog.getByLabel('Phone').fill('0857 1111 2222');
    await dialog.getByRole('button', { name: 'Add staff' }).click();
    await untilGone(page, 'dialog[open]');
    const row = page.getByRole('row').filter({ hasText: 'Budi Gudang' });
    await expect(row.getByRole('link', { name: 'Call +6285711112222' }).getAttribute('href')).resolves.toBe('tel:+6285711112222');

    await row.getByRole('button', { name: 'Change Budi Gudang' }).click();
    const edit = page.getByRole('dialog', { name: 'Change a staff member' });
    await edit.getByLabel('Contacts a day').fill('5');
    await edit.getByRole('button', { name: 'Save' }).click();
    await row.locator('td[data-label="A day"]').getByText('5', { exact: true }).waitFor();

    await row.getByRole('button', { name: 'Deactivate Budi Gudang' }).click();
    await page.getByRole('dialog', { name: 'Deactivate Budi Gudang?' }).getByRole('button', { name: 'Deactivate' }).click();
    await row.getByText('Deactivated', { exact: true }).waitFor();
    await expect(call<{ active: boolean }>('GET', '/api/customers/staff/STAFF002')).resolves.toMatchObject({ active: false, max_contacts_per_day: 5 });
    await screenshot(page, 'pharmacy-08-staff');
  });

  it('fits a 375-pixel-wide phone on every pharmacy screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    const screens = [
      ['/pharmacy/tasks', 'My tasks today'],
      ['/pharmacy/counter', 'Counter purchase'],
      ['/pharmacy/contacts', 'Contacts'],
      ['/pharmacy/upload', 'Upload a contact sheet'],
      ['/pharmacy/refills', 'Refill reminders'],
      ['/pharmacy/staff', 'Staff'],
      ['/pharmacy/analytics', 'Pharmacy figures'],
    ] as const;
    for (const [path, title] of screens) {
      await page.goto(`${t.url}${path}`);
      await heading(page, title).waitFor();
      await untilGone(page, '.loading');
      const width = await page.evaluate('document.documentElement.scrollWidth');
      expect({ path, width }).toEqual({ path, width: 375 });
      await screenshot(page, `pharmacy-09-phone${path.replaceAll('/', '-')}`);
    }
    await page.setViewportSize({ width: 1280, height: 860 });
    expect(pageErrors).toEqual([]);
  });
});
