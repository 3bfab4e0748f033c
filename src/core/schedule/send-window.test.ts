// Send windows in a zone without daylight saving (Asia/Jakarta, UTC+7) and one with it (Europe/Amsterdam).
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { nextAllowedTime, type SendWindow } from './send-window.js';

const utc = (text: string) => Date.parse(`${text}Z`);
const jakarta = (text: string) => Date.parse(`${text}+07:00`);
const weekdays: SendWindow = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

describe('nextAllowedTime in Asia/Jakarta', () => {
  // 2026-01-05 is a Monday.
  it.each([
    ['inside the window', '2026-01-05T10:00', '2026-01-05T10:00'],
    ['at the opening minute', '2026-01-05T09:00', '2026-01-05T09:00'],
    ['before it opens', '2026-01-05T08:00', '2026-01-05T09:00'],
    ['at closing time (exclusive)', '2026-01-05T17:00', '2026-01-06T09:00'],
    ['late in the evening', '2026-01-05T23:30', '2026-01-06T09:00'],
    ['on Friday evening', '2026-01-09T18:00', '2026-01-12T09:00'],
    ['on Saturday', '2026-01-10T12:00', '2026-01-12T09:00'],
    ['on Sunday just before midnight', '2026-01-11T23:59', '2026-01-12T09:00'],
  ])('%s', (_, now, expected) => {
    expect(nextAllowedTime(jakarta(now), 'Asia/Jakarta', weekdays)).toBe(jakarta(expected));
  });

  it('reads local time, not UTC: 01:00 UTC is 08:00 in Jakarta', () => {
    expect(nextAllowedTime(utc('2026-01-05T01:00'), 'Asia/Jakarta', weekdays)).toBe(utc('2026-01-05T02:00'));
  });

  it('handles windows that cross midnight', () => {
    const night: SendWindow = { start: '22:00', end: '06:00' };
    expect(nextAllowedTime(jakarta('2026-01-05T23:00'), 'Asia/Jakarta', night)).toBe(jakarta('2026-01-05T23:00'));
    expect(nextAllowedTime(jakarta('2026-01-06T02:00'), 'Asia/Jakarta', night)).toBe(jakarta('2026-01-06T02:00'));
    expect(nextAllowedTime(jakarta('2026-01-06T06:00'), 'Asia/Jakarta', night)).toBe(jakarta('2026-01-06T22:00'));
    expect(nextAllowedTime(jakarta('2026-01-06T12:00'), 'Asia/Jakarta', night)).toBe(jakarta('2026-01-06T22:00'));

    // Friday night only: it runs into Saturday morning, and Friday before 22:00 waits for it.
    const friday: SendWindow = { start: '22:00', end: '06:00', days: [5] };
    expect(nextAllowedTime(jakarta('2026-01-10T02:00'), 'Asia/Jakarta', friday)).toBe(jakarta('2026-01-10T02:00'));
    expect(nextAllowedTime(jakarta('2026-01-10T07:00'), 'Asia/Jakarta', friday)).toBe(jakarta('2026-01-16T22:00'));
    expect(nextAllowedTime(jakarta('2026-01-09T05:00'), 'Asia/Jakarta', friday)).toBe(jakarta('2026-01-09T22:00'));
  });

  it('accepts 24:00 as the end of the day and start = end as a whole day', () => {
    const evening: SendWindow = { start: '20:00', end: '24:00' };
    expect(nextAllowedTime(jakarta('2026-01-05T23:59'), 'Asia/Jakarta', evening)).toBe(jakarta('2026-01-05T23:59'));
    expect(nextAllowedTime(jakarta('2026-01-06T00:00'), 'Asia/Jakarta', evening)).toBe(jakarta('2026-01-06T20:00'));
    const always: SendWindow = { start: '00:00', end: '00:00' };
    expect(nextAllowedTime(jakarta('2026-01-06T03:17'), 'Asia/Jakarta', always)).toBe(jakarta('2026-01-06T03:17'));
  });
});

describe('nextAllowedTime in Europe/Amsterdam (daylight saving)', () => {
  const daily: SendWindow = { start: '09:00', end: '17:00' };

  it('keeps 09:00 local across the spring change (2026-03-29)', () => {
    expect(nextAllowedTime(utc('2026-03-27T06:00'), 'Europe/Amsterdam', daily)).toBe(utc('2026-03-27T08:00'));
    expect(nextAllowedTime(utc('2026-03-28T17:00'), 'Europe/Amsterdam', daily)).toBe(utc('2026-03-29T07:00'));
    expect(nextAllowedTime(utc('2026-03-29T14:59'), 'Europe/Amsterdam', daily)).toBe(utc('2026-03-29T14:59'));
    expect(nextAllowedTime(utc('2026-03-29T15:00'), 'Europe/Amsterdam', daily)).toBe(utc('2026-03-30T07:00'));
  });

  it('moves an opening that does not exist that night to the first time that does', () => {
    // 02:30 does not exist on 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST.
    expect(nextAllowedTime(utc('2026-03-29T00:30'), 'Europe/Amsterdam', { start: '02:30', end: '04:00' })).toBe(utc('2026-03-29T01:30'));
  });

  it('keeps 09:00 local across the autumn change (2026-10-25)', () => {
    expect(nextAllowedTime(utc('2026-10-24T16:00'), 'Europe/Amsterdam', daily)).toBe(utc('2026-10-25T08:00'));
    expect(nextAllowedTime(utc('2026-10-23T06:00'), 'Europe/Amsterdam', daily)).toBe(utc('2026-10-23T07:00'));
  });
});

describe('nextAllowedTime input checks', () => {
  it.each([
    ['an unknown zone', 'Mars/Olympus', weekdays],
    ['a malformed start', 'Asia/Jakarta', { start: '9:00', end: '17:00' }],
    ['an end past midnight', 'Asia/Jakarta', { start: '09:00', end: '24:30' }],
    ['no days', 'Asia/Jakarta', { start: '09:00', end: '17:00', days: [] }],
    ['day 0', 'Asia/Jakarta', { start: '09:00', end: '17:00', days: [0] }],
  ])('refuses %s', (_, zone, window) => {
    let thrown: unknown;
    try {
      nextAllowedTime(jakarta('2026-01-05T10:00'), zone, window);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'validation_failed' });
  });
});
