// Phone and email normalization: every phone is stored as E.164 (+6281234567890), every email trimmed and lower-case.
import { createRequire } from 'node:module';
import type { CountryCode } from 'libphonenumber-js';
import { z } from 'zod';

/**
 * libphonenumber-js and its metadata (about 10 MB) are loaded at the first phone read, not at start-up: an idle
 * server reads none. Its CommonJS build, so that these functions stay synchronous.
 */
const require = createRequire(import.meta.url);
let library: typeof import('libphonenumber-js') | undefined;
const phoneLibrary = () => (library ??= require('libphonenumber-js') as typeof import('libphonenumber-js'));

export type { CountryCode };

/** The country as libphonenumber knows it (`ID`, `us` → `US`), or undefined for an unknown code. */
export function toCountryCode(value: string): CountryCode | undefined {
  const code = value.trim().toUpperCase();
  return phoneLibrary().isSupportedCountry(code) ? code : undefined;
}

/** A WhatsApp chat id for a person (`6281234567890@c.us`, `…@s.whatsapp.net`): the digits are the international number. */
const WHATSAPP_ID = /^(\d{6,15})@(?:c\.us|s\.whatsapp\.net)$/;

/** Other WhatsApp ids: groups, broadcast lists, linked-device ids. None of them is a phone number. */
const WHATSAPP_OTHER = /@(?:g\.us|broadcast|lid|newsletter)$/;

/**
 * The E.164 form of a phone number, or undefined when it is not a valid number.
 *
 * A number without `+` is read as a local number of `defaultCountry` (`0812…` in ID becomes `+62812…`); a local
 * number that already starts with that country's calling code (`62812…`) is recognised as such. WhatsApp person ids
 * (`6281234567890@c.us`) are international numbers. Validity follows libphonenumber's metadata (number ranges per
 * country), so a well-formed number in a range the metadata does not know yet is rejected. Without a default
 * country only international numbers (`+…`) are read.
 */
export function normalizePhone(raw: string, defaultCountry: CountryCode | undefined): string | undefined {
  const text = raw.trim();
  if (text === '' || WHATSAPP_OTHER.test(text)) return undefined;
  const whatsapp = WHATSAPP_ID.exec(text);
  const { parsePhoneNumberFromString } = phoneLibrary();
  const parsed = whatsapp ? parsePhoneNumberFromString(`+${whatsapp[1]}`) : parsePhoneNumberFromString(text, defaultCountry);
  if (!parsed || !parsed.isValid()) return undefined;
  return parsed.number;
}

const emailSchema = z.email();

/** The trimmed, lower-case email, or undefined when it does not look like an email address. */
export function normalizeEmail(raw: string): string | undefined {
  const email = raw.trim().toLowerCase();
  return emailSchema.safeParse(email).success ? email : undefined;
}
