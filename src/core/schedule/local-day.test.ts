// Local days across zones without daylight saving (WIB, WITA, WIT, UTC, UTC+14) and with it (New York, Santiago).
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { AppError } from '../errors.js';
import {
  addLocalDays,
  atLocalTime,
  daysBetween,
  endOfLocalDay,
  isTimeZone,
  localDayBounds,
  localDayOf,
  nextLocalTime,
  startOfLocalDay,
  weekdayOf,
} from './local-day.js';

const utc = (text: string) => Date.parse(`${text}Z`);
const HOUR = 3_600_000;

describe('localDayOf around midnight', () => {
  it.each([
    // 2026-01-05 16:59:59.999 UTC is 23:59:59.999 in Jakarta (UTC+7); one millisecond later it is the 6th there.
    ['Asia/Jakarta', '2026-01-05T16:59:59.999', '2026-01-05'],
    ['Asia/Jakarta', '2026-01-05T17:00:00.000', '2026-01-06'],
    // Makassar (WITA) is UTC+8, Jayapura (WIT) UTC+9.
    ['Asia/Makassar', '2026-01-05T15:59:59.999', '2026-01-05'],
    ['Asia/Makassar', '2026-01-05T16:00:00.000', '2026-01-06'],
    ['Asia/Jayapura', '2026-01-05T14:59:59.999', '2026-01-05'],
    ['Asia/Jayapura', '2026-01-05T15:00:00.000', '2026-01-06'],
    ['UTC', '2026-01-05T23:59:59.999', '2026-01-05'],
    ['UTC', '2026-01-06T00:00:00.000', '2026-01-06'],
    // Kiritimati is UTC+14: its day starts at 10:00 UTC the day before.
    ['Pacific/Kiritimati', '2026-01-05T09:59:59.999', '2026-01-05'],
    ['Pacific/Kiritimati', '2026-01-05T10:00:00.000', '2026-01-06'],
    // New York is UTC-5 in winter and UTC-4 in summer.
    ['America/New_York', '2026-01-06T04:59:59.999', '2026-01-05'],
    ['America/New_York', '2026-01-06T05:00:00.000', '2026-01-06'],
    ['America/New_York', '2026-07-06T03:59:59.999', '2026-07-05'],
    ['America/New_York', '2026-07-06T04:00:00.000', '2026-07-06'],
  ])('%s at %s UTC is %s', (zone, instant, day) => {
    expect(localDayOf(utc(instant), zone)).toBe(day);
  });

  it('gives one instant three different days at once', () => {
    const instant = utc('2026-01-05T12:00');
    expect([localDayOf(instant, 'America/New_York'), localDayOf(instant, 'Asia/Jakarta'), localDayOf(instant, 'Pacific/Kiritimati')]).toEqual([
      '2026-01-05',
      '2026-01-05',
      '2026-01-06',
    ]);
    expect(localDayOf(utc('2026-01-05T03:00'), 'America/New_York')).toBe('2026-01-04');
  });

  it('answers a run of instants, forwards and back, across clock changes, exactly as luxon does each time', () => {
    // localDayOf remembers each zone's last day and its bounds; every answer must still be the one computed afresh.
    const fresh = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toISODate();
    const zones = ['America/New_York', 'America/Santiago', 'Asia/Jakarta', 'Pacific/Kiritimati'];
    // New York's 25-hour day (2026-11-01) and Santiago's spring-forward night (2026-09-06), every 20 minutes.
    const runs = [utc('2026-10-31T00:00'), utc('2026-09-04T00:00')].map((from) => Array.from({ length: 300 }, (_, i) => from + i * 20 * 60_000));
    for (const instants of runs) {
      for (const ms of [...instants, ...[...instants].reverse()]) {
        for (const zone of zones) expect(localDayOf(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toBe(fresh(ms, zone));
      }
    }
  });
});

describe('the bounds of a local day', () => {
  it.each([
    ['Asia/Jakarta', '2026-01-06', '2026-01-05T17:00', 24],
    ['Asia/Makassar', '2026-01-06', '2026-01-05T16:00', 24],
    ['Asia/Jayapura', '2026-01-06', '2026-01-05T15:00', 24],
    ['UTC', '2026-01-06', '2026-01-06T00:00', 24],
    ['Pacific/Kiritimati', '2026-01-06', '2026-01-05T10:00', 24],
    // Spring forward: 2026-03-08 has 23 hours in New York; fall back: 2026-11-01 has 25.
    ['America/New_York', '2026-03-08', '2026-03-08T05:00', 23],
    ['America/New_York', '2026-03-09', '2026-03-09T04:00', 24],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00', 25],
    ['America/New_York', '2026-11-02', '2026-11-02T05:00', 24],
  ])('%s %s starts at %s UTC and lasts %i hours', (zone, day, start, hours) => {
    expect(startOfLocalDay(day, zone)).toBe(utc(start));
    expect(endOfLocalDay(day, zone) - startOfLocalDay(day, zone)).toBe(hours * HOUR);
    expect(localDayBounds(day, zone)).toEqual({ start: utc(start), end: utc(start) + hours * HOUR });
  });

  it('starts a day at 01:00 where the zone skips midnight (America/Santiago, 2026-09-06)', () => {
    const start = startOfLocalDay('2026-09-06', 'America/Santiago');
    // 00:00 -04:00 does not exist; the day begins at 01:00 -03:00, i.e. 04:00 UTC, and has 23 hours.
    expect(start).toBe(utc('2026-09-06T04:00'));
    expect(endOfLocalDay('2026-09-06', 'America/Santiago') - start).toBe(23 * HOUR);
    expect(localDayOf(start - 1, 'America/Santiago')).toBe('2026-09-05');
    expect(localDayOf(start, 'America/Santiago')).toBe('2026-09-06');
  });

  it('puts every instant of a day inside its bounds, and the end in the next day', () => {
    for (const zone of ['Asia/Jakarta', 'America/New_York', 'Pacific/Kiritimati']) {
      for (const day of ['2026-03-08', '2026-11-01', '2026-12-31']) {
        const { start, end } = localDayBounds(day, zone);
        expect(localDayOf(start, zone)).toBe(day);
        expect(localDayOf(end - 1, zone)).toBe(day);
        expect(localDayOf(end, zone)).toBe(addLocalDays(day, 1));
      }
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addLocalDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addLocalDays('2026-01-05', 0)).toBe('2026-01-05');
    expect(addLocalDays('2026-01-05', 365)).toBe('2027-01-05');
  });

  it('counts whole days between two days and names weekdays (1 = Monday)', () => {
    expect(daysBetween('2026-01-05', '2026-02-01')).toBe(27);
    expect(daysBetween('2026-03-09', '2026-03-07')).toBe(-2);
    // 2026-01-05 is a Monday, 2026-01-11 a Sunday.
    expect(weekdayOf('2026-01-05')).toBe(1);
    expect(weekdayOf('2026-01-11')).toBe(7);
  });
});

describe('wall-clock times', () => {
  it('places 08:00 on a day in each zone', () => {
    expect(atLocalTime('2026-01-06', '08:00', 'Asia/Jakarta')).toBe(utc('2026-01-06T01:00'));
    expect(atLocalTime('2026-01-06', '08:00', 'Asia/Makassar')).toBe(utc('2026-01-06T00:00'));
    expect(atLocalTime('2026-01-06', '08:00', 'Asia/Jayapura')).toBe(utc('2026-01-05T23:00'));
    expect(atLocalTime('2026-01-06', '08:00', 'Pacific/Kiritimati')).toBe(utc('2026-01-05T18:00'));
    expect(atLocalTime('2026-01-06', '08:00', 'UTC')).toBe(utc('2026-01-06T08:00'));
  });

  it('moves a time skipped by a clock change forward by the jump, and takes the first of a repeated time', () => {
    // 2026-03-08: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist and becomes 03:30 EDT (07:30 UTC).
    expect(atLocalTime('2026-03-08', '02:30', 'America/New_York')).toBe(utc('2026-03-08T07:30'));
    // 2026-11-01: 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST); the first one counts.
    expect(atLocalTime('2026-11-01', '01:30', 'America/New_York')).toBe(utc('2026-11-01T05:30'));
    expect(atLocalTime('2026-11-01', '08:00', 'America/New_York')).toBe(utc('2026-11-01T13:00'));
  });

  it('finds the next 08:00: today while it is ahead, else tomorrow ("08:00 tomorrow in Asia/Jakarta")', () => {
    const jakarta = (text: string) => Date.parse(`${text}+07:00`);
    expect(nextLocalTime(jakarta('2026-01-05T07:59'), 'Asia/Jakarta', '08:00')).toBe(jakarta('2026-01-05T08:00'));
    expect(nextLocalTime(jakarta('2026-01-05T08:00'), 'Asia/Jakarta', '08:00')).toBe(jakarta('2026-01-06T08:00'));
    expect(nextLocalTime(jakarta('2026-01-05T08:00'), 'Asia/Jakarta', '08:00', { inclusive: true })).toBe(jakarta('2026-01-05T08:00'));
    expect(nextLocalTime(jakarta('2026-01-05T23:59'), 'Asia/Jakarta', '00:00')).toBe(jakarta('2026-01-06T00:00'));
    // 20:00 UTC on the 5th is already 03:00 on the 6th in Jakarta: the next 08:00 is that morning.
    expect(nextLocalTime(utc('2026-01-05T20:00'), 'Asia/Jakarta', '08:00')).toBe(utc('2026-01-06T01:00'));
  });

  it('keeps 08:00 local across daylight-saving changes (23 and 25 hours apart)', () => {
    const sat = atLocalTime('2026-03-07', '08:00', 'America/New_York');
    const sun = nextLocalTime(sat, 'America/New_York', '08:00');
    expect(sun).toBe(utc('2026-03-08T12:00'));
    expect(sun - sat).toBe(23 * HOUR);
    const before = atLocalTime('2026-10-31', '08:00', 'America/New_York');
    expect(nextLocalTime(before, 'America/New_York', '08:00') - before).toBe(25 * HOUR);
  });

  it('skips to the next day when a skipped time was today', () => {
    // At 03:00 EDT on 2026-03-08 the (moved) 02:30 = 03:30 is still ahead; at 04:00 EDT it has passed.
    expect(nextLocalTime(utc('2026-03-08T07:00'), 'America/New_York', '02:30')).toBe(utc('2026-03-08T07:30'));
    expect(nextLocalTime(utc('2026-03-08T08:00'), 'America/New_York', '02:30')).toBe(utc('2026-03-09T06:30'));
  });
});

describe('input checks', () => {
  const refuses = (fn: () => unknown) => {
    let thrown: unknown;
    try {
      fn();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'validation_failed' });
  };

  it('refuses unknown zones, impossible days and malformed times', () => {
    expect(isTimeZone('Asia/Jakarta')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    refuses(() => localDayOf(0, 'Mars/Olympus'));
    refuses(() => startOfLocalDay('2026-02-30', 'UTC'));
    refuses(() => startOfLocalDay('2026-1-5', 'UTC'));
    refuses(() => addLocalDays('yesterday', 1));
    refuses(() => addLocalDays('2026-01-05', 0.5));
    refuses(() => atLocalTime('2026-01-05', '8:00', 'UTC'));
    refuses(() => atLocalTime('2026-01-05', '24:00', 'UTC'));
    refuses(() => nextLocalTime(0, 'UTC', '12:60'));
  });
});
