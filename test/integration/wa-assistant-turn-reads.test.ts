// The catalogue and the workspace row a turn answers from are kept in the process for a second: a change made through the API must still reach the very next turn.
import { describe, expect, it } from 'vitest';
import { testDialect } from '../helpers/test-db.js';
import { useHarness, type Harness } from '../helpers/wa-assistant-harness.js';

const phone = (i: number) => `62812555000${i}`;

describe(`WhatsApp assistant: packages changed between turns (${testDialect()})`, () => {
  let h: Harness;
  useHarness((started) => (h = started));

  it('stops offering a package sold out through the API, and offers a new one, from the next turn on', async () => {
    await h.say(phone(1), 'assalamualaikum, mau tanya paket umroh');
    await h.settle();
    expect(h.textsTo(phone(1)).join('\n')).toContain('Paket Umroh Maret 2026 Hemat');

    // Milliseconds later in real time, well inside the second the catalogue is kept for.
    const soldOut = await h.api('PUT', '/api/packages/UMR_MAR_2026_HEMAT', { quota_remaining: 0 });
    expect(soldOut.statusCode, soldOut.body).toBe(200);
    const added = await h.api('POST', '/api/packages', {
      code: 'UMR_MEI_2026_PLUS',
      name: 'Paket Umroh Mei 2026 Plus Thaif',
      price: 32_000_000,
      departure_date: '2026-05-20',
      duration_days: 10,
      quota_total: 30,
      quota_remaining: 30,
    });
    expect(added.statusCode, added.body).toBe(201);

    await h.say(phone(2), 'assalamualaikum, mau tanya paket umroh');
    await h.settle();
    const reply = h.textsTo(phone(2)).join('\n');
    expect(reply).toContain('Paket Umroh Mei 2026 Plus Thaif');
    expect(reply).not.toContain('Paket Umroh Maret 2026 Hemat');

    // A campaign code of the sold-out package is not answered with it either.
    await h.say(phone(3), 'UMR_MAR_2026_HEMAT');
    await h.settle();
    expect(h.textsTo(phone(3)).join('\n')).not.toContain('Rp 25.000.000');
  });

  it('answers in the workspace time zone changed through the API from the very next call on', async () => {
    // The fake clock is 5 January 2026, 10:00 in Jakarta: still 4 January in Pago Pago (UTC-11), the departure day.
    const added = await h.api('POST', '/api/packages', { code: 'UMR_JAN_2026_KILAT', name: 'Paket Umroh Januari 2026 Kilat', price: 20_000_000, departure_date: '2026-01-04', duration_days: 9, quota_total: 10, quota_remaining: 10 });
    expect(added.statusCode, added.body).toBe(201);
    const ask = async () => {
      const res = await h.api('POST', '/api/ai/process-message', { phone: `+${phone(4)}`, message: 'mau tanya paket umroh' });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { response_text: string }).response_text;
    };
    expect(await ask()).not.toContain('Kilat');
    try {
      expect((await h.api('PUT', '/api/workspace', { timezone: 'Pacific/Pago_Pago' })).statusCode).toBe(200);
      // Milliseconds later: a departure that is today where the agency now is is still offered.
      expect(await ask()).toContain('Paket Umroh Januari 2026 Kilat');
    } finally {
      expect((await h.api('PUT', '/api/workspace', { timezone: 'Asia/Jakarta' })).statusCode).toBe(200);
    }
  });
});
