// The dashboard's own rules for showing time and delays (web/src/format), checked without a browser.
import { describe, expect, it } from 'vitest';
import { readDuration, writeDuration } from '../../web/src/format/duration.js';
import { formatMoney } from '../../web/src/format/money.js';
import { endOfDay, formatDate, formatDateTime, formatDay, startOfDay, zoneLabel } from '../../web/src/format/time.js';

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

  it('shows money with a currency the browser refuses as the number and the code as text, never an error', () => {
    expect(() => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'XX-1' })).toThrow(RangeError);
    expect(formatMoney(1234.5, 'XX-1', 'en-GB')).toBe('1,234.5 XX-1');
    expect(formatMoney(1234.5, '', 'id-ID')).toBe('1.234,5');
    expect(formatMoney(Number.NaN, 'GTQ', 'en-GB')).toBe('NaN GTQ');
    expect(formatMoney(12, 'GTQ', 'en-GB')).toMatch(/^Q\s?12\.00$/);
  });

  it('shows a moment or a zone it cannot format as plain text, never an error', () => {
    expect(formatDateTime(Number.NaN, 'Asia/Jakarta', 'en-GB')).toBe('NaN');
    expect(formatDateTime(AT, 'Not/AZone', 'en-GB')).toBe('2026-03-12T02:00:00.000Z');
    expect(formatDate(Number.POSITIVE_INFINITY, 'Asia/Jakarta', 'en-GB')).toBe('Infinity');
    expect(formatDay('2026-03-12', 'en-GB')).toBe('12 Mar');
    expect(formatDay('not a day', 'en-GB')).toBe('not a day');
    expect(zoneLabel('Not/AZone', AT, 'en-GB')).toBe('Not/AZone');
  });
});
