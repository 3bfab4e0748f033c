// The module's settings (namespace wa-assistant): burst windows, the typing pause, the confidence threshold, the holding delay, the language model.
import type { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { readSettings } from '../../core/settings.js';
import type { Executor } from '../../db/database.js';
import { assistantStoredSettings, LLM_KEY_FIELD } from './contract.js';

/** The module's name in the registry: the owner of its deliveries and the subscriber of its webhooks. */
export const MODULE_NAME = 'wa-assistant';
export const SETTINGS_NAMESPACE = 'wa-assistant';
/** The work queue escalated conversations wait in for a person. */
export const HANDOVER_QUEUE = 'wa-assistant.handover';

export type AssistantSettings = z.infer<typeof assistantStoredSettings>;

export const DEFAULT_SETTINGS: AssistantSettings = {
  // No placeholder name: "Selamat datang di our travel agency" was English inside Indonesian words.
  company_name: null,
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
  llm_model: null,
  llm_base_url: null,
  llm_timeout_ms: 8_000,
  llm_json_mode: true,
  office_name: null,
  office_address: null,
  office_latitude: null,
  office_longitude: null,
  office_maps_url: null,
  testimonial_videos: [],
  satisfaction_enabled: false,
  satisfaction_delay_ms: 30 * 60_000,
  satisfaction_question_id: null,
  satisfaction_question_en: null,
};

/**
 * Parsed settings by the stored values they came from. The context's read cache hands out the same frozen values
 * for a second, and a turn loads these settings several times: parsed once, not per load.
 */
const parsedByStored = new WeakMap<object, Readonly<AssistantSettings>>();

export async function loadAssistantSettings(ctx: Pick<AppContext, 'secrets' | 'readCache'>, db: Executor, workspaceId: string): Promise<Readonly<AssistantSettings>> {
  const { data } = await readSettings(db, ctx, workspaceId, SETTINGS_NAMESPACE);
  const known = parsedByStored.get(data);
  if (known) return known;
  const parsed = Object.freeze(parseStored(data));
  if (Object.isFrozen(data)) parsedByStored.set(data, parsed);
  return parsed;
}

function parseStored(data: Readonly<Record<string, unknown>>): AssistantSettings {
  const settings = { ...DEFAULT_SETTINGS };
  // Stored values were validated on write; one that no longer parses falls back to its default.
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof AssistantSettings)[]) {
    // A key never saved keeps its default without being parsed: zod's failure for a missing value builds an error
    // object, and did so for every unsaved key of every turn and process-message call.
    if (data[key] === undefined) continue;
    const parsed = assistantStoredSettings.shape[key].safeParse(data[key]);
    if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.data;
  }
  return settings;
}

/** The "typing…" pause before a reply of this length: grows with it, within the configured bounds. */
export function typingPauseMs(settings: AssistantSettings, chars: number): number {
  const wanted = settings.typing_min_ms + chars * settings.typing_ms_per_char;
  return Math.max(settings.typing_min_ms, Math.min(settings.typing_max_ms, wanted));
}

/** What a call to the language model needs; the key stays in memory only for the call and is never logged. */
export interface ModelSettings {
  readonly model: string;
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly timeoutMs: number;
  readonly jsonMode: boolean;
}

/**
 * The workspace's language model, or null when none is configured (no model name, or no key): then the rules
 * answer alone. The key is read (and decrypted) only when a model is named, so a rules-only turn costs nothing more.
 */
export async function loadModelSettings(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config'>, db: Executor, workspaceId: string, settings: AssistantSettings): Promise<ModelSettings | null> {
  if (settings.llm_model === null) return null;
  const { secrets } = await readSettings(db, ctx, workspaceId, SETTINGS_NAMESPACE);
  const apiKey = secrets[LLM_KEY_FIELD];
  if (!apiKey) return null;
  return { model: settings.llm_model, baseUrl: settings.llm_base_url ?? ctx.config.providers.llm, apiKey, timeoutMs: settings.llm_timeout_ms, jsonMode: settings.llm_json_mode };
}
