// The module's settings (namespace wa-assistant): burst windows, the typing pause, the confidence threshold, the holding delay.
import type { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { readSettings } from '../../core/settings.js';
import type { Executor } from '../../db/database.js';
import { assistantSettingsSchema } from './contract.js';

/** The module's name in the registry: the owner of its deliveries and the subscriber of its webhooks. */
export const MODULE_NAME = 'wa-assistant';
export const SETTINGS_NAMESPACE = 'wa-assistant';
/** The work queue escalated conversations wait in for a person. */
export const HANDOVER_QUEUE = 'wa-assistant.handover';

export type AssistantSettings = z.infer<typeof assistantSettingsSchema>;

export const DEFAULT_SETTINGS: AssistantSettings = {
  company_name: 'our travel agency',
  quiet_window_ms: 4_000,
  burst_max_ms: 15_000,
  typing_min_ms: 1_200,
  typing_ms_per_char: 25,
  typing_max_ms: 6_000,
  low_confidence_threshold: 0.5,
  holding_after_ms: 10 * 60_000,
  owner_phone: null,
  whatsapp_number: null,
  silence_alert_after_ms: 2 * 3_600_000,
};

export async function loadAssistantSettings(ctx: Pick<AppContext, 'secrets'>, db: Executor, workspaceId: string): Promise<AssistantSettings> {
  const { data } = await readSettings(db, ctx.secrets, workspaceId, SETTINGS_NAMESPACE);
  const settings = { ...DEFAULT_SETTINGS };
  // Stored values were validated on write; one that no longer parses falls back to its default.
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof AssistantSettings)[]) {
    const parsed = assistantSettingsSchema.shape[key].safeParse(data[key]);
    if (parsed.success && data[key] !== undefined) (settings as Record<string, unknown>)[key] = parsed.data;
  }
  return settings;
}

/** The "typing…" pause before a reply of this length: grows with it, within the configured bounds. */
export function typingPauseMs(settings: AssistantSettings, chars: number): number {
  const wanted = settings.typing_min_ms + chars * settings.typing_ms_per_char;
  return Math.max(settings.typing_min_ms, Math.min(settings.typing_max_ms, wanted));
}
