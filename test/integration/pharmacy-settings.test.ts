// The pharmacy settings the owner edits on the settings screen: the materials text (only known placeholders, its
// default beside it), the image and PDF addresses, the check pace and the generic alternatives (one generic per
// medicine); each bad field named, each change audited, managers only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

describe(`pharmacy settings (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let owner: Record<string, string>;

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t);
    owner = await s.ownerToken();
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  const api = async (method: 'GET' | 'PUT', body?: unknown, headers = owner) => {
    const res = await s.app.inject({ method, url: '/api/settings/pharmacy', headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.json() as any };
  };

  it('shows the defaults, saves the text, files and pairs, refuses a bad field by name, goes back to the default text, and audits each change', async () => {
    const first = await api('GET');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ materials_image_url: null, materials_pdf_url: null, whatsapp_checks_per_second: 10, generic_alternatives: [] });
    expect(first.body.materials_text).toBe(first.body.materials_text_default);
    expect(first.body.materials_text_default).toContain('{{name}}');

    const saved = await api('PUT', {
      materials_text: 'Halo {{ name }}, ini brosur apotek kami.',
      materials_image_url: 'https://apotek.example/brosur.jpg',
      materials_pdf_url: 'https://apotek.example/harga.pdf',
      whatsapp_checks_per_second: 5,
      generic_alternatives: [
        { medicine_name: 'Norvask', generic_name: 'Amlodipine' },
        { medicine_name: 'Glucophage', generic_name: 'Metformin' },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ materials_text: 'Halo {{ name }}, ini brosur apotek kami.', whatsapp_checks_per_second: 5, materials_pdf_url: 'https://apotek.example/harga.pdf' });
    expect((await api('GET')).body).toEqual(saved.body);

    const placeholder = await api('PUT', { materials_text: 'Halo {{nama}}!' });
    expect(placeholder.status).toBe(400);
    expect(placeholder.body.error.message).toMatch(/body\.materials_text: unknown placeholder \{\{nama\}\}/);
    const twice = await api('PUT', { generic_alternatives: [{ medicine_name: 'Norvask', generic_name: 'Amlodipine' }, { medicine_name: 'norvask', generic_name: 'Amlodipin besilat' }] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toMatch(/body\.generic_alternatives\.1\.medicine_name: already in the list \(pair 1\)/);
    // Both at once: each field named on its own, as the screen splits them beside their inputs.
    const both = await api('PUT', { materials_text: 'Halo {{nama}}!', generic_alternatives: [{ medicine_name: 'A', generic_name: 'B' }, { medicine_name: 'a', generic_name: 'C' }] });
    expect(both.body.error.message.split('; ').map((part: string) => part.split(':')[0]).sort()).toEqual(['body.generic_alternatives.1.medicine_name', 'body.materials_text']);
    const url = await api('PUT', { materials_image_url: 'ftp://apotek.example/x.jpg' });
    expect(url.status).toBe(400);
    expect(url.body.error.message).toMatch(/body\.materials_image_url/);
    // Nothing of a refused write was kept.
    expect((await api('GET')).body).toEqual(saved.body);

    const reset = await api('PUT', { materials_text: null, materials_image_url: null, generic_alternatives: [{ medicine_name: 'Norvask', generic_name: 'Amlodipine' }] });
    expect(reset.body).toMatchObject({ materials_text: first.body.materials_text_default, materials_image_url: null, generic_alternatives: [{ medicine_name: 'Norvask', generic_name: 'Amlodipine' }] });

    const audits = await t.db.selectFrom('audit_log').select(['action', 'subject_id']).where('action', '=', 'settings.update').where('subject_id', '=', 'pharmacy').execute();
    expect(audits).toHaveLength(2);

    expect((await api('GET', undefined, await s.tokenFor('staff'))).status).toBe(403);
    expect((await api('PUT', { whatsapp_checks_per_second: 1 }, await s.tokenFor('staff'))).status).toBe(403);
  });
});
