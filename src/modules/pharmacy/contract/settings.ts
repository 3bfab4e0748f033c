// Wire shapes of the pharmacy settings (/api/settings/pharmacy): the materials message, the check pace, the owner's generic alternatives.
import { z } from 'zod';

/** A branded medicine (its medicine or brand name, any case) and its generic. */
export const genericAlternativeSchema = z.object({ medicine_name: z.string().trim().min(1).max(200), generic_name: z.string().trim().min(1).max(200) });

export const pharmacySettingsViewSchema = z
  .object({
    materials_text: z.string().describe('Sent once to each new contact with WhatsApp; {{name}} is their name.'),
    materials_image_url: z.string().nullable(),
    materials_pdf_url: z.string().nullable(),
    whatsapp_checks_per_second: z.number().int(),
    generic_alternatives: z.array(genericAlternativeSchema).describe('Branded medicines and their generic, kept by the owner.'),
  })
  .meta({ id: 'PharmacySettings' });

export const updatePharmacySettingsBody = z
  .object({
    materials_text: z.string().trim().min(1).max(4000).nullable().describe('null: back to the default text.'),
    materials_image_url: z.url({ protocol: /^https?$/ }).nullable(),
    materials_pdf_url: z.url({ protocol: /^https?$/ }).nullable(),
    whatsapp_checks_per_second: z.number().int().min(1).max(50),
    generic_alternatives: z.array(genericAlternativeSchema).max(1000).nullable().describe('The whole list (replaces the old one); null: empty.'),
  })
  .partial();
