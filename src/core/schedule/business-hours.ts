// A workspace's business hours: when proactive WhatsApp sends (materials, reminders) may reach its customers.
import type { z } from 'zod';
import type { Executor } from '../../db/database.js';
import { notFound } from '../errors.js';
import { nextAllowedTime } from './send-window.js';
import { businessHoursSchema } from './window-schema.js';

export { businessHoursSchema };

export type BusinessHours = z.output<typeof businessHoursSchema>;

/** A workspace that never set its hours is always open: nothing waits that its owner did not ask to wait. */
export const ALWAYS_OPEN: BusinessHours = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };

/** The stored JSON (workspaces.business_hours), or always open when unset or unreadable. */
export function readBusinessHours(stored: string | null): BusinessHours {
  if (!stored) return ALWAYS_OPEN;
  try {
    const parsed = businessHoursSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : ALWAYS_OPEN;
  } catch {
    return ALWAYS_OPEN;
  }
}

export interface WorkspaceHours {
  readonly timezone: string;
  readonly hours: BusinessHours;
}

export async function loadBusinessHours(db: Executor, workspaceId: string): Promise<WorkspaceHours> {
  const ws = await db.selectFrom('workspaces').select(['timezone', 'business_hours']).where('id', '=', workspaceId).executeTakeFirst();
  if (!ws) throw notFound('workspace', workspaceId);
  return { timezone: ws.timezone, hours: readBusinessHours(ws.business_hours) };
}

/** `nowMs` when the business is open then, else its next opening (epoch ms), in the workspace's time zone. */
export function nextBusinessOpening(nowMs: number, timezone: string, hours: BusinessHours): number {
  // Most workspaces never set hours: answered without the calendar arithmetic, which cost a measurable share of a
  // 10,000-row contact-sheet import (one WhatsApp delivery per row).
  if (isAlwaysOpen(hours)) return nowMs;
  return nextAllowedTime(nowMs, timezone, hours);
}

function isAlwaysOpen(hours: BusinessHours): boolean {
  const everyDay = [1, 2, 3, 4, 5, 6, 7].every((d) => hours.days.includes(d));
  return everyDay && hours.start === '00:00' && (hours.end === '24:00' || hours.end === '00:00');
}

export function isWithinBusinessHours(nowMs: number, timezone: string, hours: BusinessHours): boolean {
  return nextBusinessOpening(nowMs, timezone, hours) === nowMs;
}
