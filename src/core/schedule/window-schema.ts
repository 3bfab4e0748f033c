// The wire shapes of local-time windows (send windows, business hours): zod only, so route contracts can use them.
import { z } from 'zod';

const START = /^([01]\d|2[0-3]):([0-5]\d)$/;
const END = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** A send window: local opening and closing times, and the weekdays it opens on (every day when left out). */
export const sendWindowSchema = z.object({
  start: z.string().regex(START, 'expected a local time as HH:mm, 00:00 to 23:59'),
  end: z.string().regex(END, 'expected a local time as HH:mm, 00:00 to 24:00'),
  days: z.array(z.number().int().min(1).max(7)).min(1, 'at least one day (1 = Monday … 7 = Sunday)').optional(),
});

/** Opening days (ISO weekdays, 1 = Monday … 7 = Sunday) and local hours; `00:00`–`24:00` every day means always open. */
export const businessHoursSchema = sendWindowSchema.extend({
  days: z.array(z.number().int().min(1).max(7)).min(1, 'at least one day (1 = Monday … 7 = Sunday)'),
});

