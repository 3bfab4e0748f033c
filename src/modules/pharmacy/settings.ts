// The pharmacy module's name, its settings (namespace pharmacy: the materials sent to new WhatsApp numbers, the check pace) and their defaults.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { readSettings } from '../../core/settings.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { Executor } from '../../db/database.js';

/** The module's name in the registry: the owner of its deliveries. */
export const MODULE_NAME = 'pharmacy';
export const SETTINGS_NAMESPACE = 'pharmacy';
/** The call queue (core work items) of contacts without WhatsApp. */
export const CALL_QUEUE = 'pharmacy.calls';
/** What the upload route stores its files as. */
export const CONTACTS_UPLOAD_PURPOSE = 'pharmacy.contacts';

/** Until the owner writes their own, a friendly greeting in Bahasa Indonesia; `{{name}}` is the contact's name. */
export const DEFAULT_MATERIALS_TEXT =
  'Halo {{name}}, salam sehat dari apotek kami! 🙏 Kami siap membantu kebutuhan obat dan vitamin Anda, termasuk obat rutin dengan pengingat isi ulang. Balas pesan ini kapan saja bila ada yang ingin ditanyakan.';

export const pharmacySettingsSchema = z.object({
  materials_text: z.string().trim().min(1).max(4000).describe('The message sent once to each new contact with WhatsApp; {{name}} is replaced by their name.'),
  materials_image_url: z.url({ protocol: /^https?$/ }).nullable().describe('An image (JPEG) sent after the text; the WAHA server must be able to download it.'),
  materials_pdf_url: z.url({ protocol: /^https?$/ }).nullable().describe('A PDF (brochure, price list) sent after the text.'),
  whatsapp_checks_per_second: z.number().int().min(1).max(50).describe('How fast new numbers are checked with WAHA (check-exists).'),
  generic_alternatives: z
    .array(z.object({ medicine_name: z.string().trim().min(1).max(200), generic_name: z.string().trim().min(1).max(200) }))
    .max(1000)
    .describe('The owner\'s list of branded medicines (by medicine or brand name, any case) and their generic: staff are prompted to explain it.'),
});
export type PharmacySettings = z.infer<typeof pharmacySettingsSchema>;

export const DEFAULT_SETTINGS: PharmacySettings = {
  materials_text: DEFAULT_MATERIALS_TEXT,
  materials_image_url: null,
  materials_pdf_url: null,
  whatsapp_checks_per_second: 10,
  generic_alternatives: [],
};

/** The workspace's settings, each stored value that still parses over its default. */
export async function loadPharmacySettings(ctx: Pick<AppContext, 'secrets' | 'readCache'>, db: Executor, workspaceId: string): Promise<PharmacySettings> {
  const { data } = await readSettings(db, ctx, workspaceId, SETTINGS_NAMESPACE);
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof PharmacySettings)[]) {
    const parsed = pharmacySettingsSchema.shape[key].safeParse(data[key]);
    if (parsed.success && data[key] !== undefined && data[key] !== null) out[key] = parsed.data;
  }
  return out as PharmacySettings;
}

/** The workspace's country (reads local phone numbers) and time zone (days, reminders). */
export async function workspaceLocale(db: Executor, workspaceId: string): Promise<{ country: string; timezone: string }> {
  const ws = await findWorkspaceById(db, workspaceId);
  return { country: ws?.country ?? 'ID', timezone: ws?.timezone ?? 'Asia/Jakarta' };
}
