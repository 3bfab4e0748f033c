// The dashboard's own rules for showing time and delays (web/src/format), checked without a browser.
import { describe, expect, it } from 'vitest';
import { readDuration, writeDuration } from '../../web/src/format/duration.js';
import { formatMoney } from '../../web/src/format/money.js';
import { endOfDay, formatDateTime, startOfDay, zoneLabel } from '../../web/src/format/time.js';

const AT = Date.UTC(2026, 2, 12, 2, 0); // 12 Mar 2026, 09:00 in Jakarta

describe('dashboard formatting', () => {
  it('names Indonesia’s zones as people there do, and others by their short name', () => {
    expect(zoneLabel('Asia/Jakarta', AT, 'en-GB')).toBe('WIB');
    expect(zoneLabel('Asia/Makassar', AT, 'en-GB')).toBe('WITA');
    expect(zoneLabel('Asia/Jayapura', AT, 'id-ID')).toBe('WIT');
    expect(zoneLabel('Europe/Berlin', AT, 'en-GB')).toBe('CET');
  });

  it('shows a moment in the workspace’s zone: "12 Mar, 09:00 WIB", the year only when it is not this year', () => {
    expect(formatDateTime(AT, 'Asia/Jakarta', 'en-GB', AT)).toBe('12 Mar, 09:00 WIB');
    expect(formatDateTime(AT, 'Asia/Makassar', 'en-GB', AT)).toBe('12 Mar, 10:00 WITA');
    expect(formatDateTime(AT, 'Asia/Jakarta', 'id-ID', AT)).toBe('12 Mar, 09.00 WIB');
    expect(formatDateTime(AT, 'Asia/Jakarta', 'en-GB', Date.UTC(2027, 0, 1))).toBe('12 Mar 2026, 09:00 WIB');
  });

  it('turns a date filter into the workspace’s midnights', () => {
    expect(startOfDay('2026-03-12', 'Asia/Jakarta')).toBe(Date.UTC(2026, 2, 11, 17, 0));
    expect(endOfDay('2026-03-12', 'Asia/Jakarta')).toBe(Date.UTC(2026, 2, 12, 17, 0));
    // A day with a DST change is 23 hours long.
    expect((endOfDay('2026-03-29', 'Europe/Berlin') ?? 0) - (startOfDay('2026-03-29', 'Europe/Berlin') ?? 0)).toBe(23 * 60 * 60_000);
    expect(startOfDay('12/03/2026', 'Asia/Jakarta')).toBeUndefined();
  });

  it('reads and writes the Not Closing delay in friendly units', () => {
    expect(readDuration('P7D')).toEqual({ amount: 7, unit: 'days' });
    expect(readDuration('PT12H')).toEqual({ amount: 12, unit: 'hours' });
    expect(readDuration('PT30M')).toEqual({ amount: 30, unit: 'minutes' });
    expect(readDuration('P1DT12H')).toBeUndefined();
    expect(readDuration('PT30S')).toBeUndefined();
    expect(writeDuration({ amount: 10, unit: 'days' })).toBe('P10D');
    expect(writeDuration({ amount: 90, unit: 'minutes' })).toBe('PT90M');
  });

  it('writes rupiah without cents', () => {
    expect(formatMoney(125_000, 'IDR', 'id-ID')).toMatch(/^Rp\s125\.000$/);
    expect(formatMoney(125_000, 'IDR', 'en-GB')).toMatch(/^Rp\s?125,000$/);
  });
});
