// Dates and times in the workspace's time zone, with Indonesia's own zone names (WIB, WITA, WIT).

/**
 * The formatters below never throw: a moment that is not a finite number, or a zone the browser does not know, is
 * shown as its plain text (an ISO time when it can be), so one odd value never fails a page.
 */
function orText(format: () => string, at: unknown): string {
  try {
    return format();
  } catch {
    if (typeof at === 'number' && Number.isFinite(at) && Math.abs(at) <= 8.64e15) return new Date(at).toISOString();
    return String(at);
  }
}

/** Indonesia's zones as people there name them; others use the browser's short name (e.g. GMT+8). */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** The short name of a time zone at a moment: WIB, WITA, WIT, else e.g. "GMT+8" or "CET". */
export function zoneLabel(timeZone: string, at: number, locale: string): string {
  const known = INDONESIAN_ZONES[timeZone];
  if (known) return known;
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return String(timeZone);
  }
}

const sameYear = (a: number, b: number, timeZone: string) => {
  const year = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' });
  return year.format(a) === year.format(b);
};

/** "12 Mar, 09:00 WIB" (the year is added when it is not this year). */
export function formatDateTime(at: number, timeZone: string, locale: string, now = Date.now()): string {
  return orText(() => `${dateTimeText(at, timeZone, locale, now)} ${zoneLabel(timeZone, at, locale)}`, at);
}

function dateTimeText(at: number, timeZone: string, locale: string, now: number): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    ...(sameYear(at, now, timeZone) ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** "12 Mar 2026". */
export function formatDate(at: number, timeZone: string, locale: string): string {
  return orText(() => new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(at), at);
}

/** A calendar day given as YYYY-MM-DD (already in the workspace's zone): "12 Mar". */
export function formatDay(isoDate: string, locale: string): string {
  const [y, m, d] = String(isoDate).split('-').map(Number);
  return orText(() => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)), isoDate);
}

/** Minutes the zone is ahead of UTC at this moment. */
function offsetMinutes(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/** Epoch ms of midnight at the start of a YYYY-MM-DD day in the zone (for the leads date filter). */
export function startOfDay(isoDate: string, timeZone: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Twice: the offset at the guess can differ from the offset at the answer around a DST change.
  let at = wall - offsetMinutes(timeZone, wall) * 60_000;
  at = wall - offsetMinutes(timeZone, at) * 60_000;
  return at;
}

/** Epoch ms of the midnight that ends a YYYY-MM-DD day in the zone. */
export function endOfDay(isoDate: string, timeZone: string): number | undefined {
  const start = startOfDay(isoDate, timeZone);
  if (start === undefined) return undefined;
  const next = new Date(start + 36 * 60 * 60_000);
  const nextDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(next);
  return startOfDay(nextDay, timeZone);
}
