// Business hours read from storage: a workspace that never set them, or holds unreadable ones, is always open.
import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, isWithinBusinessHours, nextBusinessOpening, readBusinessHours } from './business-hours.js';

const hours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '21:00' };

describe('business hours', () => {
  it('unset or unreadable hours are always open', () => {
    expect(readBusinessHours(null)).toEqual(ALWAYS_OPEN);
    expect(readBusinessHours('{"days":[],"start":"08:00","end":"21:00"}')).toEqual(ALWAYS_OPEN);
    expect(readBusinessHours('not json')).toEqual(ALWAYS_OPEN);
    expect(readBusinessHours(JSON.stringify(hours))).toEqual(hours);
    expect(isWithinBusinessHours(Date.UTC(2026, 0, 4, 20, 0), 'Asia/Jakarta', ALWAYS_OPEN)).toBe(true);
  });

  it('the next opening is in the workspace time zone', () => {
    const fridayNightJakarta = Date.UTC(2026, 0, 9, 15, 0); // 22:00 WIB
    expect(isWithinBusinessHours(fridayNightJakarta, 'Asia/Jakarta', hours)).toBe(false);
    expect(nextBusinessOpening(fridayNightJakarta, 'Asia/Jakarta', hours)).toBe(Date.UTC(2026, 0, 12, 1, 0)); // Monday 08:00 WIB
    expect(isWithinBusinessHours(fridayNightJakarta, 'Asia/Makassar', hours)).toBe(false);
    expect(isWithinBusinessHours(Date.UTC(2026, 0, 9, 13, 0), 'Asia/Jakarta', hours)).toBe(true); // 20:00 WIB
  });
});
