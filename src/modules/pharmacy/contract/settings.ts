// Wire shapes of the pharmacy settings (/api/settings/pharmacy): the materials message, the check pace, the owner's generic alternatives.
import { z } from 'zod';

/** The words the materials text may put in double braces: `{{name}}` is the contact's name ("Kak" when unknown). */
export const MATERIALS_PLACEHOLDERS = ['name'] as const;

/** A branded medicine (its medicine or brand name, any case) and its generic. */
export const genericAlternativeSchema = z.object({ medicine_name: z.string().trim().min(1).max(200), generic_name: z.string().trim().min(1).max(200) });

export const pharmacySettingsViewSchema = z
  .object({
    materials_text: z.string().describe('Sent once to each new contact with WhatsApp; {{name}} is their name.'),
    materials_text_default: z.string().describe('The text sent while the owner has not written one (materials_text: null goes back to it).'),
    materials_image_url: z.string().nullable(),
    materials_pdf_url: z.string().nullable(),
    whatsapp_checks_per_second: z.number().int(),
    generic_alternatives: z.array(genericAlternativeSchema).describe('Branded medicines and their generic, kept by the owner.'),
  })
  .meta({ id: 'PharmacySettings' });

/** Messages avoid "; ": the error names each failing field joined by it. A placeholder the sender would leave as typed (`{{nama}}`) is refused, naming it, so no customer reads raw braces. */
const materialsText = z
  .string()
  .trim()
  .min(1)
  .max(4000)
  .superRefine((text, ctx) => {
    for (const [, word] of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      if (!(MATERIALS_PLACEHOLDERS as readonly string[]).includes(word ?? '')) {
        ctx.addIssue({ code: 'custom', message: `unknown placeholder {{${word ?? ''}}} (the text may use ${MATERIALS_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')})` });
        return;
      }
    }
  });

/** One generic per branded medicine: a second pair for the same name (any case) is refused at its row. */
const genericAlternatives = z
  .array(genericAlternativeSchema)
  .max(1000)
  .superRefine((pairs, ctx) => {
    const seen = new Map<string, number>();
    pairs.forEach((pair, i) => {
      const key = pair.medicine_name.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: 'custom', path: [i, 'medicine_name'], message: `already in the list (pair ${first + 1}): one generic per medicine` });
    });
  });

export const updatePharmacySettingsBody = z
  .object({
    materials_text: materialsText.nullable().describe('null: back to the default text.'),
    materials_image_url: z.url({ protocol: /^https?$/ }).nullable().describe('A JPEG the WAHA server can download, sent after the text; null: none.'),
    materials_pdf_url: z.url({ protocol: /^https?$/ }).nullable().describe('A PDF (brochure, price list) the WAHA server can download, sent after the text; null: none.'),
    whatsapp_checks_per_second: z.number().int().min(1).max(50),
    generic_alternatives: genericAlternatives.nullable().describe('The whole list (replaces the old one); null: empty.'),
  })
  .partial();
