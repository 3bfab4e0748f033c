// The dashboard end to end in headless Chromium, against the real server, a real worker and the ScaleV and
// Mailketing simulators: one shop owner's first day, step by step. Each step leaves a screenshot for reviewers.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { launchChromium, openDesktopPage } from './chromium.js';
import { screenshot } from './screenshots.js';
import { until, untilGone } from './wait.js';
import { ensureWebBuilt } from './web-build.js';

const OWNER = { name: 'Ani Wijaya', email: 'ani@tokoberkahherbal.co.id', password: 'madu-hutan-sumbawa-2026' };
const STAFF = { name: 'Rudi Staf', email: 'rudi@tokoberkahherbal.co.id', password: 'staf-gudang-sleman-01' };
const DAY = 24 * 60 * 60_000;

describe('dashboard in a real browser', () => {
  let t: AppUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let leadId = '';
  const pageErrors: string[] = [];

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

  beforeAll(async () => {
    await ensureWebBuilt();
    t = await startAppUnderTest();
    browser = await launchChromium();
    ({ context, page } = await openDesktopPage(browser, t.url, pageErrors));
  }, 90_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await t?.close();
  }, 30_000);

  it('first run creates the owner account; signing out and in again works', async () => {
    await page.goto(t.url);
    await heading('Welcome! Create the owner account').waitFor();
    await screenshot(page, '01-first-run');
    await page.getByLabel('Your name').fill(OWNER.name);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Create account and sign in' }).click();
    await heading('Dashboard').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in to Leadcycle').waitFor();
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('You are signed out or the email or password is wrong.').waitFor();
    await screenshot(page, '02-sign-in-error');
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('Dashboard').waitFor();
    await page.getByText(`${OWNER.name} · Owner`).waitFor();
  });

  it('settings: keys are saved masked, the connections are tested, the webhook URL is shown to copy', async () => {
    await nav('Settings').click();
    await heading('Settings').waitFor();
    await page.getByLabel('ScaleV API key').fill(t.scalev.apiKey);
    await page.getByLabel('ScaleV webhook signing secret').fill(t.scalev.signingSecret);
    await page.getByLabel('Mailketing API token').fill(t.mailketing.apiToken);
    await page.getByLabel('Wait').selectOption({ label: '3 days' });
    await page.getByRole('button', { name: 'Save', exact: true }).first().click();
    await page.getByText('Settings saved.').waitFor();
    await expect.poll(() => page.locator('.secret-masked').count(), { timeout: 10_000 }).toBe(3);
    await expect(page.locator('.secret-masked').first().textContent()).resolves.toMatch(/^•+/);
    await expect(page.content()).resolves.not.toContain(t.scalev.apiKey);

    await page.getByRole('button', { name: 'Test ScaleV' }).click();
    await page.getByTestId('test-scalev').getByText('ScaleV answered: 2 store(s) on the first page').waitFor();
    await page.getByRole('button', { name: 'Test Mailketing' }).click();
    await page.getByTestId('test-mailketing').getByText(/Mailketing answered: \d+ list\(s\)/).waitFor();

    await expect(page.getByTestId('webhook-url').inputValue()).resolves.toBe(`${t.url}/webhooks/scalev`);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText('Copied', { exact: true }).waitFor();
    await screenshot(page, '03-settings');
  });

  it('product lists: a store, its product, all sales people and three Mailketing lists, picked from drop-downs', async () => {
    await nav('Product lists').click();
    await heading('Product lists').waitFor();
    await page.getByText('No products yet.').waitFor();
    await page.getByRole('button', { name: 'Add product' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a product' });
    await dialog.getByRole('combobox', { name: 'Store' }).fill('berkah');
    await dialog.getByRole('option', { name: /^Toko Berkah Herbal/ }).click();
    await dialog.getByRole('combobox', { name: 'Product' }).click();
    await dialog.getByRole('combobox', { name: 'Product' }).fill('madu');
    await dialog.getByRole('option', { name: /^Madu Hutan Sumbawa/ }).click();
    await dialog.getByText('2 SKUs: MDH-SBW-500, MDH-SBW-1000').waitFor();
    await expect(dialog.getByLabel('Sales person').inputValue()).resolves.toBe('');
    await expect.poll(() => dialog.getByLabel('Sales person').locator('option').count(), { timeout: 10_000 }).toBe(3);
    for (const [label, list] of [
      ['Follow Up list', 'Follow Up - Madu Hutan Sumbawa'],
      ['Closing list', 'Closing - Madu Hutan Sumbawa'],
      ['Not Closing list', 'Not Closing - Madu Hutan Sumbawa'],
    ] as const) {
      await dialog.getByRole('combobox', { name: label, exact: true }).fill(list);
      await dialog.getByRole('option', { name: new RegExp(`^${list}`) }).click();
    }
    await screenshot(page, '04-product-list-form');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Product saved.').waitFor();
    await page.getByRole('cell', { name: /Madu Hutan Sumbawa/ }).first().waitFor();
    await screenshot(page, '05-product-lists');

    const entry = await t.db.db.selectFrom('scalev_product_lists').selectAll().executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      store_id: '1287',
      product_id: '88231',
      sku: 'MDH-SBW-500',
      sales_person_email: null,
      mailketing_list_followup: '42898',
      mailketing_list_closing: '42899',
      mailketing_list_not_closing: '43010',
    });
    expect(JSON.parse(entry.variant_unique_ids)).toHaveLength(2);
  });

  it('a signed order webhook makes the lead appear on the dashboard, without a reload', async () => {
    await nav('Dashboard').click();
    await page.getByText('No leads yet.', { exact: false }).waitFor();
    await expect(page.getByTestId('count-follow_up').textContent()).resolves.toBe('0');
    await page.evaluate('window.__sameDocument = true');

    const order = t.scalev.createOrder({
      items: [{ sku: 'MDH-SBW-500', quantity: 1 }],
      customer: { name: 'Siti Rahmawati', email: 'siti.r@contoh.co.id', phone: '081234567890' },
    });
    const sent = await t.scalev.sendWebhook(`${t.url}/webhooks/scalev`, 'order.created', order);
    expect(sent.status).toBe(200);

    await page.getByRole('link', { name: 'Siti Rahmawati' }).waitFor({ timeout: 15_000 });
    await until('one Follow Up lead counted', async () => (await page.getByTestId('count-follow_up').textContent()) === '1', 10_000);
    await expect(page.evaluate('window.__sameDocument === true')).resolves.toBe(true);
    await screenshot(page, '06-dashboard');

    const lead = await t.db.db.selectFrom('scalev_leads').selectAll().executeTakeFirstOrThrow();
    leadId = lead.id;
    expect(lead.order_created_at).toBe(Date.parse(order.createdAt));
  });

  it('the lead page shows the waiting timer in WIB; Test Not Closing moves it and the timeline says who and why', async () => {
    await page.getByRole('link', { name: 'Siti Rahmawati' }).click();
    await heading('Siti Rahmawati').waitFor();
    const lead = await t.db.db.selectFrom('scalev_leads').selectAll().where('id', '=', leadId).executeTakeFirstOrThrow();
    const due = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      lead.order_created_at + 3 * DAY,
    );
    await expect(page.getByTestId('waiting-timer').textContent()).resolves.toContain(`Moves to Not Closing on ${due} WIB`);
    await page.getByText('Webhook order.created', { exact: true }).waitFor();
    await page.getByText('Created in Follow Up', { exact: true }).waitFor();
    await page.getByText('Sent to Mailketing list Follow Up - Madu Hutan Sumbawa (42898)', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Test Not Closing' }).click();
    const confirm = page.getByRole('dialog', { name: 'Test Not Closing' });
    await confirm.getByText('Move this lead to Not Closing now').waitFor();
    await confirm.getByRole('button', { name: 'Test Not Closing' }).click();
    await page.getByText(/^Result: /).waitFor();
    await page.getByText(`by ${OWNER.name} (Test Not Closing)`).waitFor();
    await page.getByText('Why: test action').waitFor();
    await page.getByText('No waiting timer').waitFor();
    const notClosing = page.locator('.timeline-delivery').filter({ hasText: '(43010)' });
    await notClosing.getByText('Status: Sent').waitFor({ timeout: 15_000 });
    await notClosing.getByText("Provider's answer").click();
    await notClosing.getByText('already_subscribed').waitFor();
    expect(t.mailketing.subscribers(43010).map((s) => s.email)).toEqual(['siti.r@contoh.co.id']);

    await page.getByRole('button', { name: 'Move to another stage' }).click();
    const move = page.getByRole('dialog', { name: 'Move to another stage' });
    await move.getByLabel('New stage').selectOption({ label: 'Follow Up' });
    await move.getByLabel('Reason').fill('customer promised to transfer on Friday');
    await move.getByRole('button', { name: 'Move' }).click();
    await page.getByText('Why: customer promised to transfer on Friday').waitFor();
    await screenshot(page, '07-lead');
  });

  it('Mailketing down: the delivery gives up and shows as dead; after recovery a retry sends it', async () => {
    t.mailketing.fail({ match: { path: /addsubtolist/ }, fault: { kind: 'status', status: 500 } });
    const order = t.scalev.createOrder({ items: [{ sku: 'MDH-SBW-500' }], customer: { name: 'Budi Hartono', email: 'budi.h@contoh.co.id', phone: '081298765432' } });
    await t.scalev.sendWebhook(`${t.url}/webhooks/scalev`, 'order.created', order);
    await nav('Dashboard').click();
    await page.getByRole('link', { name: 'Budi Hartono' }).waitFor({ timeout: 15_000 });

    // The send backs off 5 s doubling over 12 attempts (hours). Instead of waiting, each time the retry is
    // scheduled, it is made due now: the real worker runs all 12 attempts in a few seconds.
    const dead = await until(
      'the delivery to be dead',
      async () => {
        await t.db.db.updateTable('jobs').set({ run_at: Date.now() }).where('name', '=', 'delivery.send').where('status', '=', 'queued').execute();
        const row = await t.db.db.selectFrom('deliveries').selectAll().where('status', '=', 'dead').executeTakeFirst();
        return row ?? undefined;
      },
      30_000,
    );
    expect(dead.attempts).toBe(12);

    const alert = page.getByRole('link', { name: '1 delivery gave up — retry it by hand' });
    await alert.waitFor({ timeout: 15_000 });
    await screenshot(page, '08-dashboard-alert');
    await alert.click();
    await heading('Deliveries & jobs').waitFor();
    const deadTable = page.getByRole('table', { name: 'Gave up (retry by hand)' });
    await deadTable.getByRole('link', { name: 'Budi Hartono' }).waitFor();
    await deadTable.getByText('Follow Up - Madu Hutan Sumbawa').waitFor();
    await expect(deadTable.locator('td[data-label="Error"]').textContent()).resolves.toMatch(/500/);
    await screenshot(page, '09-deliveries-dead');

    t.mailketing.clearFaults();
    await deadTable.getByRole('button', { name: 'Retry: Budi Hartono' }).click();
    await page.getByText('Sent again.').waitFor();
    await page.getByText('No deliveries gave up.').waitFor({ timeout: 15_000 });
    await until('Budi on the Follow Up list', () => t.mailketing.subscribers(42898).some((s) => s.email === 'budi.h@contoh.co.id'));
    await until('the retried delivery to be recorded as sent', async () => {
      const row = await t.db.db.selectFrom('deliveries').select('status').where('id', '=', dead.id).executeTakeFirstOrThrow();
      return row.status === 'sent';
    });
  });

  it('the webhook log shows outcomes, payloads and refused webhooks', async () => {
    await t.scalev.sendWebhook(`${t.url}/webhooks/scalev`, 'order.created', t.scalev.createOrder({}), { signingSecret: 'guessed-secret' });
    await nav('Webhook log').click();
    await heading('Webhook log').waitFor();
    await page.getByRole('cell', { name: /^Processed/ }).first().waitFor();
    await page.getByRole('button', { name: 'Payload: order.created' }).first().click();
    const payload = page.getByRole('dialog', { name: 'Payload of order.created' });
    await payload.getByText('"order_id"', { exact: false }).first().waitFor();
    await screenshot(page, '10-webhook-payload');
    await payload.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Replay: order.created' }).first().click();
    await page.getByText('Replayed: it will be processed again.').waitFor();
    await screenshot(page, '11-webhook-log');

    await page.getByRole('tab', { name: 'Refused' }).click();
    await page.getByRole('table', { name: 'Refused' }).getByText(/signature/i).first().waitFor();
    await screenshot(page, '12-webhook-refused');
  });

  it('users and API tokens: add a staff user, create a token shown once, revoke it', async () => {
    await nav('Users & API tokens').click();
    await heading('Users & API tokens').waitFor();
    await page.getByRole('button', { name: 'Add a user' }).click();
    const add = page.getByRole('dialog', { name: 'Add a user' });
    await add.getByLabel('Name').fill(STAFF.name);
    await add.getByLabel('Email').fill(STAFF.email);
    await add.getByLabel('Role').selectOption('staff');
    await add.getByLabel('First password').fill(STAFF.password);
    await add.getByRole('button', { name: 'Create' }).click();
    await page.getByText('User created.').waitFor();
    await page.getByRole('cell', { name: new RegExp(`^${STAFF.name}`) }).waitFor();

    await page.getByLabel('What is it for?').fill('Zapier');
    await page.getByRole('button', { name: 'Create a token' }).click();
    const shown = page.getByRole('dialog', { name: 'Token created' });
    await shown.getByText('it is shown only once').waitFor();
    await expect(shown.getByLabel('Zapier').inputValue()).resolves.toMatch(/^lc_/);
    await screenshot(page, '13-token-once');
    await shown.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Revoke: Zapier' }).click();
    await page.getByRole('dialog', { name: 'Revoke' }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('cell', { name: 'Revoked' }).waitFor();
    await screenshot(page, '14-team');
  });

  it('staff see the dashboard, leads, the CRM and the pharmacy, but not settings or tokens', async () => {
    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
    try {
      const staff = await staffContext.newPage();
      staff.setDefaultTimeout(10_000);
      await staff.goto(t.url);
      await staff.getByLabel('Email').fill(STAFF.email);
      await staff.getByLabel('Password').fill(STAFF.password);
      await staff.getByRole('button', { name: 'Sign in' }).click();
      await staff.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      const links = await staff.getByRole('navigation').getByRole('link').allTextContents();
      expect(links).toEqual(['Dashboard', 'Leads', 'Businesses', 'Campaigns', 'Funnel', 'Conversations', 'Handover queue', 'Packages', 'Campaign codes', 'Prompts', 'A/B tests', 'Marketing', 'My tasks', 'Counter', 'Contacts', 'Upload sheet', 'Refill reminders', 'Staff', 'Figures']);
      await staff.goto(`${t.url}/settings`);
      await staff.getByText('Your role cannot open this page.').waitFor();
    } finally {
      await staffContext.close();
    }
  });

  it('the leads table filters on the server', async () => {
    await nav('Leads').click();
    await heading('Leads').waitFor();
    await page.getByRole('link', { name: 'Budi Hartono' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('0812345');
    await page.waitForURL(/q=0812345/);
    await page.getByText('Showing 1 lead', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Siti Rahmawati' }).waitFor();
    await expect(page.getByRole('link', { name: 'Budi Hartono' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Stage').selectOption('follow_up');
    await page.getByRole('link', { name: 'Budi Hartono' }).waitFor();
    await screenshot(page, '15-leads');
  });

  it('product lists: typed by hand when ScaleV is unreachable, deleted after a confirmation, edited', async () => {
    t.scalev.fail({ match: { path: /^\/v3\/stores$/ }, fault: { kind: 'status', status: 503 } });
    await nav('Product lists').click();
    await heading('Product lists').waitFor();
    await page.getByRole('button', { name: 'Add product' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a product' });
    await dialog.getByRole('combobox', { name: 'Store' }).fill('kopi');
    const failure = dialog.getByRole('alert');
    await failure.getByText('The provider could not be reached or answered with an error.').waitFor();
    await failure.getByText(/ScaleV could not answer/).waitFor();
    await dialog.getByRole('combobox', { name: 'Store' }).press('Escape');
    await screenshot(page, '16-product-list-provider-down');
    await dialog.locator('.lookup-error').getByRole('button', { name: 'Type the IDs by hand' }).click();
    await dialog.getByLabel('Store ID').fill('1287');
    await dialog.getByLabel('Store name').fill('Toko Berkah Herbal');
    await dialog.getByLabel('Product ID').fill('88255');
    await dialog.getByLabel('Product name').fill('Sedekah Jariyah');
    await dialog.getByLabel('Follow Up list').fill('43011');
    await dialog.getByLabel('Closing list', { exact: true }).fill('43012');
    await dialog.getByLabel('Not Closing list').fill('43012');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Product saved.').first().waitFor();
    t.scalev.clearFaults();

    await page.getByRole('button', { name: 'Delete: Sedekah Jariyah' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete' });
    await confirm.getByText('Delete Sedekah Jariyah (Toko Berkah Herbal)?').waitFor();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Product deleted.').waitFor();
    await expect.poll(() => page.getByRole('cell', { name: /Sedekah Jariyah/ }).count(), { timeout: 10_000 }).toBe(0);

    await page.getByRole('button', { name: 'Edit: Madu Hutan Sumbawa' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit product' });
    await expect(edit.getByRole('combobox', { name: 'Store' }).inputValue()).resolves.toBe('Toko Berkah Herbal');
    await edit.getByLabel('Sales person').selectOption({ label: 'Dewi Lestari <dewi.lestari@tokoberkahherbal.co.id>' });
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Dewi Lestari' }).waitFor();
    const entry = await t.db.db.selectFrom('scalev_product_lists').selectAll().executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ sales_person_email: 'dewi.lestari@tokoberkahherbal.co.id', sku: 'MDH-SBW-500' });
  });

  it('switches to Bahasa Indonesia and remembers it', async () => {
    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('navigation').getByRole('link', { name: 'Dasbor' }).click();
    await heading('Dasbor').waitFor();
    await page.getByText('Tidak Closing', { exact: true }).first().waitFor();
    await page.getByText('Perlu perhatian').waitFor();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('id');
    await page.reload();
    await heading('Dasbor').waitFor();
    await screenshot(page, '17-dashboard-id');
    await page.goto(`${t.url}/leads/${leadId}`);
    await page.getByText('Alasan: customer promised to transfer on Friday').waitFor();
    await screenshot(page, '18-lead-id');
    await page.getByLabel('Bahasa').selectOption('en');
    await heading('Siti Rahmawati').waitFor();
    await page.getByText('Why: customer promised to transfer on Friday').waitFor();
  });

  it('fits a 375-pixel-wide phone: a menu button, stacked cards, no sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    const screens = [
      ['/', 'Dashboard', '19-phone-dashboard'],
      ['/leads', 'Leads', '20-phone-leads'],
      [`/leads/${leadId}`, 'Siti Rahmawati', '21-phone-lead'],
      ['/product-lists', 'Product lists', '22-phone-product-lists'],
      ['/settings', 'Settings', '23-phone-settings'],
      ['/webhook-log', 'Webhook log', '24-phone-webhook-log'],
      ['/deliveries', 'Deliveries & jobs', '25-phone-deliveries'],
      ['/team', 'Users & API tokens', '26-phone-team'],
    ] as const;
    for (const [path, title, shot] of screens) {
      await page.goto(`${t.url}${path}`);
      await heading(title).waitFor();
      await untilGone(page, '.loading');
      const width = await page.evaluate('document.documentElement.scrollWidth');
      expect({ path, width }).toEqual({ path, width: 375 });
      await screenshot(page, shot);
    }
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Leads' }).isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Leads' }).click();
    await heading('Leads').waitFor();
    // Once a page is chosen the menu closes: its button reads "Menu" again instead of "Close menu".
    await page.getByRole('button', { name: 'Menu', exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Menu', exact: true }).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
