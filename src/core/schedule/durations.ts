// ISO 8601 durations for settings and timers (P7D, PT30M, PT1H30M), read as exact milliseconds with luxon.
import { Duration } from 'luxon';
import { z } from 'zod';

const MESSAGE =
  'expected an ISO 8601 duration greater than zero in weeks, days, hours, minutes or seconds, such as P7D, PT30M or PT1H30M (months and years are not accepted)';

/**
 * The length of an ISO 8601 duration in milliseconds, or undefined when the text is not one we accept.
 *
 * Only weeks, days, hours, minutes and seconds are accepted: a month or a year has no fixed length, and a timer
 * must know exactly when it fires. A day is 24 hours and a week 7 days, as elapsed time: a "P1D" timer started at
 * 10:00 fires 24 hours later even across a daylight-saving change (use send windows for local-time rules).
 * Zero, negative parts and empty durations are rejected. Fractions are allowed (`PT0.5S`, `P1.5D`); letters may be
 * lower-case (`p7d`).
 */
export function parseIsoDuration(text: string): number | undefined {
  const duration = Duration.fromISO(text.trim().toUpperCase());
  if (!duration.isValid) return undefined;
  const parts = duration.toObject();
  if (parts.years || parts.quarters || parts.months) return undefined;
  if (Object.values(parts).some((value) => typeof value === 'number' && value < 0)) return undefined;
  const ms = Math.round(duration.as('milliseconds'));
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

/** A zod schema for an ISO 8601 duration string that yields milliseconds, with a message saying what is accepted. */
export const isoDurationSchema = z.string().transform((text, ctx) => {
  const ms = parseIsoDuration(text);
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: MESSAGE, input: text });
    return z.NEVER;
  }
  return ms;
});
