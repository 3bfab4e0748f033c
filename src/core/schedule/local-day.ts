// Local days (hand-written core): the workspace's calendar day of an instant, a day's bounds, wall-clock times.
//
// Daily caps, daily summaries and "reminders due today" all count in the workspace's local day, not in UTC: a call
// made at 06:30 in Jakarta (23:30 UTC the day before) belongs to the Jakarta day. Every function here takes an IANA
// zone name (`Asia/Jakarta`) and epoch milliseconds (UTC), and names a day as `YYYY-MM-DD`.
//
// Days are not always 24 hours: where a zone has daylight saving a day has 23 or 25 hours (America/New_York on
// 2026-03-08 and 2026-11-01), and a day can even start at 01:00 (America/Santiago moves 00:00 to 01:00). So a day's
// end is the next day's start, never start + 24 h, and adding days works on the calendar, never on milliseconds.
import { DateTime } from 'luxon';
import { AppError } from '../errors.js';

/** A local calendar day, `YYYY-MM-DD` (ISO 8601), in whichever zone the caller means. */
export type LocalDay = string;

/** A local wall-clock time, `HH:mm` (24-hour, 00:00–23:59). */
export type LocalTime = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a zone name the runtime knows (`Asia/Jakarta`, `UTC`); false for `Mars/Base` or an empty string. */
export function isTimeZone(timezone: string): boolean {
  let known = checkedZones.get(timezone);
  if (known === undefined) {
    known = timezone.length > 0 && DateTime.local({ zone: timezone }).isValid;
    // Asking luxon builds a zone and a date (0.4 ms, most of a rules-only process-message); the answer never changes.
    if (checkedZones.size < 1_000) checkedZones.set(timezone, known);
  }
  return known;
}

/** Zone names already checked (there are about 600 IANA names; bounded against junk input all the same). */
const checkedZones = new Map<string, boolean>();

/** The local day (`YYYY-MM-DD`) in `timezone` at the instant `ms`. */
export function localDayOf(ms: number, timezone: string): LocalDay {
  const known = lastDayOf.get(timezone);
  if (known !== undefined && ms >= known.start && ms < known.end) return known.day;
  const day = DateTime.fromMillis(ms, { zone: zoneOf(timezone) }).toISODate();
  if (day === null) throw new AppError('validation_failed', `not a valid instant: ${ms}`, { context: { ms } });
  // Every WhatsApp turn and process-message asks for today: luxon's answer took a tenth of a millisecond each time
  // (its offset lookup through Intl), the bounds of the day once are two such lookups, and then a comparison.
  const bounds = localDayBounds(day, timezone);
  if (ms >= bounds.start && ms < bounds.end && (lastDayOf.size < 1_000 || lastDayOf.has(timezone))) lastDayOf.set(timezone, { day, ...bounds });
  return day;
}

/** Per zone, the last day localDayOf answered and its bounds (a pure function's memo: the answers never change). */
const lastDayOf = new Map<string, { day: LocalDay; start: number; end: number }>();

/**
 * The first instant of `day` in `timezone` (usually its 00:00; 01:00 where the zone skips midnight). A day a zone
 * skipped entirely (Pacific/Kiritimati's 1994-12-31) starts and ends at the next day's start: it has no instants.
 */
export function startOfLocalDay(day: LocalDay, timezone: string): number {
  const { year, month, date } = parseDay(day);
  return DateTime.fromObject({ year, month, day: date }, { zone: zoneOf(timezone) }).startOf('day').toMillis();
}

/** The first instant after `day` (exclusive end): the next day's start, so 23- and 25-hour days come out right. */
export function endOfLocalDay(day: LocalDay, timezone: string): number {
  return startOfLocalDay(addLocalDays(day, 1), timezone);
}

/** `[start, end)` of `day` in `timezone`, for queries such as "purchases on 2026-01-05 in Jakarta". */
export function localDayBounds(day: LocalDay, timezone: string): { start: number; end: number } {
  return { start: startOfLocalDay(day, timezone), end: endOfLocalDay(day, timezone) };
}

/** The calendar day `days` days after `day` (negative: before). Pure calendar arithmetic, no zone involved. */
export function addLocalDays(day: LocalDay, days: number): LocalDay {
  if (!Number.isInteger(days)) throw new AppError('validation_failed', `days must be a whole number, got ${days}`);
  const { year, month, date } = parseDay(day);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: LocalDay): number {
  const { year, month, date } = parseDay(day);
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay() || 7;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDay, to: LocalDay): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.date) - Date.UTC(a.year, a.month - 1, a.date)) / 86_400_000);
}

/**
 * The instant the wall clock in `timezone` reads `time` on `day` ("08:00 on 2026-01-06 in Asia/Jakarta").
 *
 * Daylight saving: a time that does not exist that day (02:30 when clocks jump from 02:00 to 03:00) moves forward
 * by the jump (03:30), as calendars do; a time that happens twice (01:30 when clocks go back) is its first
 * occurrence, so a reminder never waits an extra hour.
 */
export function atLocalTime(day: LocalDay, time: LocalTime, timezone: string): number {
  const zone = zoneOf(timezone);
  const { year, month, date } = parseDay(day);
  const { hour, minute } = parseTime(time);
  const wall = { year, month, day: date, hour, minute };
  const guess = DateTime.fromObject(wall, { zone });
  // Luxon picks one of the two instants of a repeated time; try each offset in force around it and keep the earliest
  // that really shows this wall time.
  const wallAsUtc = Date.UTC(year, month - 1, date, hour, minute);
  const offsets = new Set([guess.offset, guess.minus({ days: 1 }).offset, guess.plus({ days: 1 }).offset]);
  let earliest = guess.toMillis();
  for (const offset of offsets) {
    const candidate = wallAsUtc - offset * 60_000;
    const seen = DateTime.fromMillis(candidate, { zone });
    if (seen.year === year && seen.month === month && seen.day === date && seen.hour === hour && seen.minute === minute) {
      earliest = Math.min(earliest, candidate);
    }
  }
  return earliest;
}

/**
 * The next instant after `afterMs` at which the wall clock in `timezone` reads `time`: today's if it is still ahead,
 * else tomorrow's ("the next 08:00 in Asia/Jakarta"). `inclusive` also accepts `afterMs` itself.
 */
export function nextLocalTime(afterMs: number, timezone: string, time: LocalTime, options: { inclusive?: boolean } = {}): number {
  const today = localDayOf(afterMs, timezone);
  // Two days ahead always reaches it, even when today's occurrence was skipped by a clock change.
  for (let offset = 0; offset <= 2; offset++) {
    const at = atLocalTime(addLocalDays(today, offset), time, timezone);
    if (at > afterMs || (options.inclusive === true && at === afterMs)) return at;
  }
  throw new AppError('internal', `no ${time} in ${timezone} within two days of ${afterMs}`);
}

/** Parses `YYYY-MM-DD`, refusing impossible dates (2026-02-30) with `validation_failed`. */
export function parseDay(day: LocalDay): { year: number; month: number; date: number } {
  const m = DAY.exec(day);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const date = Number(m?.[3]);
  const check = new Date(Date.UTC(year, month - 1, date));
  if (!m || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    throw new AppError('validation_failed', `expected a day as YYYY-MM-DD, got ${JSON.stringify(day)}`, { context: { day } });
  }
  return { year, month, date };
}

/** Parses `HH:mm` (00:00–23:59) with `validation_failed` for anything else. */
export function parseTime(time: LocalTime): { hour: number; minute: number } {
  const m = TIME.exec(time);
  if (!m) throw new AppError('validation_failed', `expected a local time as HH:mm (00:00 to 23:59), got ${JSON.stringify(time)}`, { context: { time } });
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

function zoneOf(timezone: string): string {
  if (!isTimeZone(timezone)) throw new AppError('validation_failed', `unknown time zone ${timezone}`, { context: { timezone } });
  return timezone;
}
