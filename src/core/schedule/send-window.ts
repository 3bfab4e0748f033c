// Send windows: local-time rules ("weekdays 09:00–17:00 in Asia/Jakarta") and the next moment one allows (days via local-day.ts).
import { AppError } from '../errors.js';
import { sendWindowSchema } from './window-schema.js';
import { addLocalDays, atLocalTime, endOfLocalDay, localDayOf, weekdayOf } from './local-day.js';

export { sendWindowSchema };

/** When messages may go out, in the workspace's local time. */
export interface SendWindow {
  /** Local opening time, `HH:mm` (24-hour). */
  start: string;
  /**
   * Local closing time, `HH:mm`, exclusive; `24:00` is the end of the day. Earlier than `start`: the window crosses
   * midnight (22:00–06:00). Equal to `start`: the window is always open (24 hours from each opening).
   */
  end: string;
  /**
   * ISO weekdays the window opens on, 1 = Monday … 7 = Sunday; every day when left out. A window that crosses
   * midnight belongs to the day it opens: Friday 22:00–06:00 runs into Saturday morning.
   */
  days?: readonly number[] | undefined;
}

/**
 * The first moment at or after `nowMs` (UTC epoch ms) that falls inside the window in `timezone` (IANA name):
 * `nowMs` itself when it is inside, otherwise the next opening. Wall-clock times are applied on each local day,
 * so 09:00 stays 09:00 across a daylight-saving change; an opening time that does not exist that day (02:30 on a
 * spring-forward night) moves to the first time that does. Throws `validation_failed` for an unknown zone or a
 * malformed window.
 */
export function nextAllowedTime(nowMs: number, timezone: string, window: SendWindow): number {
  const parsed = sendWindowSchema.safeParse(window);
  if (!parsed.success) {
    throw new AppError('validation_failed', `invalid send window: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const today = localDayOf(nowMs, timezone);
  const days = window.days ?? [1, 2, 3, 4, 5, 6, 7];
  const crossesMidnight = window.end !== '24:00' && window.end <= window.start;
  // Yesterday's window may still be open (crossing midnight); a week and a day ahead always reaches an opening.
  for (let offset = -1; offset <= 8; offset++) {
    const day = addLocalDays(today, offset);
    if (!days.includes(weekdayOf(day))) continue;
    const opensAt = atLocalTime(day, window.start, timezone);
    const closesAt =
      window.end === '24:00' ? endOfLocalDay(day, timezone) : atLocalTime(crossesMidnight ? addLocalDays(day, 1) : day, window.end, timezone);
    if (closesAt <= nowMs) continue;
    return Math.max(opensAt, nowMs);
  }
  throw new AppError('internal', 'no send window opening within 8 days');
}
