// The assistant's content through the API: packages (campaign codes, sold out), campaign links and clicks, prompt versions, marketing leads.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const HEMAT = {
  code: 'umr mar 2026 hemat',
  name: 'Paket Umroh Maret 2026 Hemat',
  price: 25_000_000,
  departure_date: '2026-03-15',
  duration_days: 9,
  quota_total: 45,
  quota_remaining: 12,
  brochure_image_url: 'https://cdn.amanah.test/hemat.jpg',
  itinerary_url: 'https://cdn.amanah.test/hemat.pdf',
  features: ['Hotel bintang 4', 'Muthawif berpengalaman'],
  hotel: 'Hotel bintang 4, 300 m dari Masjidil Haram',
  inclusions: 'Tiket, visa, hotel, makan 3x',
  exclusions: 'Paspor',
  payment_terms: 'DP Rp 5.000.000',
};

describe(`WhatsApp assistant content (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let owner: Record<string, string>;
  let sales: Record<string, string>;
  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers = owner) =>
    s.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t, { env: { PUBLIC_URL: 'https://amanah.test' } });
    owner = await s.ownerToken();
    sales = await s.tokenFor('sales');
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });
  beforeEach(async () => {
    for (const table of ['wa_packages', 'wa_clicks', 'wa_prompts', 'wa_prompt_production', 'wa_leads', 'wa_conversations'] as const) await (t.db as any).deleteFrom(table).execute();
    // process-message keeps the catalogue and prompts for a second; they change here behind the API's back.
    s.ctx.readCache.forgetAll();
  });

  it('creates, reads, changes and deletes packages with every field; the code is the campaign code', async () => {
    const created = await api('POST', '/api/packages', HEMAT);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'UMR_MAR_2026_HEMAT', currency: 'IDR', sold_out: false, features: HEMAT.features, click_url: 'https://amanah.test/c/UMR_MAR_2026_HEMAT', clicks: 0 });
    expect((await api('POST', '/api/packages', HEMAT)).statusCode).toBe(409);
    const changed = await api('PUT', '/api/packages/umr_mar_2026_hemat', { quota_remaining: 0, price: 26_000_000 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ quota_remaining: 0, sold_out: true, price: 26_000_000, hotel: HEMAT.hotel });
    expect((await api('GET', '/api/packages')).json().items).toHaveLength(1);
    // A sold-out package is never offered: the brain's welcome lists none.
    const brain = await api('POST', '/api/ai/process-message', { phone: '6281234567890', message: 'halo' });
    expect(brain.json().response_text).not.toContain('Maret 2026 Hemat:');
    expect((await api('DELETE', '/api/packages/UMR_MAR_2026_HEMAT')).statusCode).toBe(204);
    expect((await api('GET', '/api/packages/UMR_MAR_2026_HEMAT')).statusCode).toBe(404);
  });

  it('refuses bad package input naming the field, and lets only senders change the catalogue', async () => {
    const badCode = await api('POST', '/api/packages', { ...HEMAT, code: 'HEMAT2026' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.message).toContain('code');
    const badDate = await api('POST', '/api/packages', { ...HEMAT, departure_date: '15/03/2026' });
    expect(badDate.json().error.message).toContain('departure_date');
    const tooMany = await api('POST', '/api/packages', { ...HEMAT, quota_remaining: 50 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toContain('quota_remaining');
    expect((await api('POST', '/api/packages', HEMAT, sales)).statusCode).toBe(403);
    expect((await api('GET', '/api/packages', undefined, sales)).statusCode).toBe(200);
  });

  it('a campaign link counts the click and opens WhatsApp with the code typed in', async () => {
    await api('POST', '/api/packages', HEMAT);
    expect((await s.app.inject({ method: 'GET', url: '/c/UMR_MAR_2026_HEMAT' })).statusCode).toBe(404);
    await api('PUT', '/api/settings/wa-assistant', { whatsapp_number: '6281398765432' });
    const click = await s.app.inject({ method: 'GET', url: '/c/umr_mar_2026_hemat' });
    expect(click.statusCode).toBe(302);
    expect(click.headers.location).toBe('https://wa.me/6281398765432?text=UMR_MAR_2026_HEMAT');
    await s.app.inject({ method: 'GET', url: '/c/UMR_MAR_2026_HEMAT' });
    expect((await api('GET', '/api/packages/UMR_MAR_2026_HEMAT')).json().clicks).toBe(2);
    expect((await s.app.inject({ method: 'GET', url: '/c/UMR_JAN_2020_LAMA' })).statusCode).toBe(404);
  });

  it('keeps every prompt version immutable, with a production pointer that can roll back', async () => {
    const first = await api('PUT', '/api/ai/prompts', { prompt_type: 'base', content: 'You are a helpful umroh travel consultant.', version: '1.0', updated_by: 'marketing_admin' });
    expect(first.statusCode, first.body).toBe(201);
    await api('PUT', '/api/ai/prompts', { prompt_type: 'base', content: 'You are a warm, honest umroh travel consultant.', version: '2.0', updated_by: 'marketing_admin' });
    const changed = await api('PUT', '/api/ai/prompts', { prompt_type: 'base', content: 'Something else', version: '1.0' });
    expect(changed.statusCode).toBe(409);
    const same = await api('PUT', '/api/ai/prompts', { prompt_type: 'base', content: 'You are a warm, honest umroh travel consultant.', version: '2.0', production: false });
    expect(same.statusCode).toBe(200);
    const production = (items: { version: string; production: boolean }[]) => items.filter((v) => v.production).map((v) => v.version);
    expect(production(same.json().items)).toEqual(['2.0']);
    const rolledBack = await api('POST', '/api/ai/prompts/base/production', { version: '1.0' });
    expect(rolledBack.statusCode, rolledBack.body).toBe(200);
    expect(production(rolledBack.json().items)).toEqual(['1.0']);
    expect((await api('POST', '/api/ai/prompts/base/production', { version: '9.9' })).statusCode).toBe(404);
    const badType = await api('PUT', '/api/ai/prompts', { prompt_type: 'persona', content: 'x', version: '1' });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.message).toContain('prompt_type');
  });

  it('POST /api/marketing/leads creates one lead per phone and updates it on a repeat', async () => {
    const lead = { phone: '081234567890', name: 'From WhatsApp', phase: 'booking', interested_package: 'UMR_MAR_2026_HEMAT', conversation_summary: 'Customer interested in March package, asking about payment', source: 'meta_ads_campaign_123', ai_confidence: 0.85 };
    const created = await api('POST', '/api/marketing/leads', lead);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ phone: '+6281234567890', phase: 'booking', ai_confidence: 0.85, source: 'meta_ads_campaign_123' });
    const again = await api('POST', '/api/marketing/leads', { ...lead, phone: '+62 812-3456-7890', conversation_summary: 'Asked for bank details' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(created.json().id);
    const list = await api('GET', '/api/marketing/leads');
    expect(list.json().items).toEqual([expect.objectContaining({ conversation_summary: 'Asked for bank details' })]);
    const bad = await api('POST', '/api/marketing/leads', { ...lead, phase: 'paid' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('phase');
  });
});
