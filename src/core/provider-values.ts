// Rules for values that come from providers and get stored: lengths, control characters, amounts, currency codes.
//
// A webhook is signed by its provider, but a signature says who sent it, not that every value is sane: a buggy or
// compromised sender can put 100 KB strings, CR/LF or NUL into a field, or a currency no formatter accepts. Each
// connector's schemas use these at the edge. Two verdicts per field:
//   - reject: the value identifies or counts something (ids, statuses, amounts). A bad one answers 400 naming the
//     field and is logged as a rejection; the provider sees the refusal.
//   - unknown / cleaned: the value only describes (a currency, a name). It is stored as unknown (`XXX`, the ISO 4217
//     code for "no currency") or cleaned, and the event is kept whole in the inbox for audit.
import { z } from 'zod';

/** Control characters: C0, DEL, C1; plus the Unicode line and paragraph separators, which split lines too. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** The same, allowing tab, LF and CR: text meant to have lines (an SMS body). */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_GLOBAL = new RegExp(CONTROL.source, 'g');

/** Longest id we accept from a provider (order codes, message sids, payment ids). */
export const PROVIDER_ID_MAX = 200;
/** Longest one-line text we keep (names, emails, phone numbers, store names). */
export const PROVIDER_LINE_MAX = 500;
/** Largest amount in minor units: 10^13 (a hundred billion in a two-decimal currency) keeps sums exact in a double. */
export const PROVIDER_AMOUNT_MAX_MINOR = 10_000_000_000_000;
/** ISO 4217's code for "no currency": what an unreadable currency is stored as. */
export const UNKNOWN_CURRENCY = 'XXX';

export const hasControlCharacters = (value: string): boolean => CONTROL.test(value);

/** A one-line value that is rejected when too long or holding control characters (an id, a status, a phone). */
export const providerLine = (max: number = PROVIDER_ID_MAX) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !CONTROL.test(v), 'must not contain control characters (CR, LF, NUL…)');

/** Text with lines (a message body): rejected when too long or holding control characters other than tab, CR and LF. */
export const providerText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !CONTROL_IN_TEXT.test(v), 'must not contain control characters other than tab and line breaks');

/** An amount in minor units: a whole number from 0 to PROVIDER_AMOUNT_MAX_MINOR; anything else is rejected. */
export const providerMinorAmount = () =>
  z.number().int('must be a whole number of minor units').min(0, 'must not be negative').max(PROVIDER_AMOUNT_MAX_MINOR, `must be at most ${PROVIDER_AMOUNT_MAX_MINOR}`);

/** An amount in major units (12.50): finite, from 0 to PROVIDER_AMOUNT_MAX_MINOR / 100; anything else is rejected. */
export const providerMajorAmount = () =>
  z.number().min(0, 'must not be negative').max(PROVIDER_AMOUNT_MAX_MINOR / 100, `must be at most ${PROVIDER_AMOUNT_MAX_MINOR / 100}`);

let knownCurrencies: ReadonlySet<string> | undefined;
/** The ISO 4217 codes this runtime knows (ICU's list); read once. */
function isoCurrencies(): ReadonlySet<string> {
  knownCurrencies ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  return knownCurrencies;
}

/** An ISO 4217 code, upper-cased; anything else (`XX-1`, `euro`, a 100 KB string) is `XXX`. */
export function currencyOrUnknown(value: unknown): string {
  if (typeof value !== 'string') return UNKNOWN_CURRENCY;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return UNKNOWN_CURRENCY;
  const known = isoCurrencies();
  return known.size === 0 || known.has(code) ? code : UNKNOWN_CURRENCY;
}

/** A describing value kept as well as it can be: control characters become spaces, runs of spaces one, cut to `max`. */
export function cleanLine(value: string | null | undefined, max: number = PROVIDER_LINE_MAX): string | undefined {
  if (value === null || value === undefined) return undefined;
  const cleaned = value.replace(CONTROL_GLOBAL, ' ').replace(/ {2,}/g, ' ').trim().slice(0, max);
  return cleaned === '' ? undefined : cleaned;
}

/** The first problem of a zod check as `field: message`, for a 400 and the rejection log. */
export function firstIssue(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const field = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
  return field === '' ? issue.message : `${field}: ${issue.message}`;
}
