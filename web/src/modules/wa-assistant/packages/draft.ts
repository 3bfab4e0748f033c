// A package as the form edits it (every field text), and the request body made from it.
import type { Package, PackageInput } from '../api-types';

export const TEXT_FIELDS = ['name', 'currency', 'departure_date', 'brochure_image_url', 'itinerary_url', 'hotel', 'inclusions', 'exclusions', 'payment_terms'] as const;
export const NUMBER_FIELDS = ['price', 'duration_days', 'quota_total', 'quota_remaining'] as const;

export type PackageDraft = Record<'code' | 'features' | (typeof TEXT_FIELDS)[number] | (typeof NUMBER_FIELDS)[number], string>;

export const emptyDraft = (): PackageDraft => ({
  code: '',
  name: '',
  price: '',
  currency: 'IDR',
  departure_date: '',
  duration_days: '',
  quota_total: '',
  quota_remaining: '',
  brochure_image_url: '',
  itinerary_url: '',
  features: '',
  hotel: '',
  inclusions: '',
  exclusions: '',
  payment_terms: '',
});

export function draftOf(p: Package): PackageDraft {
  return {
    code: p.code,
    name: p.name,
    price: String(p.price),
    currency: p.currency,
    departure_date: p.departure_date,
    duration_days: String(p.duration_days),
    quota_total: String(p.quota_total),
    quota_remaining: String(p.quota_remaining),
    brochure_image_url: p.brochure_image_url ?? '',
    itinerary_url: p.itinerary_url ?? '',
    features: p.features.join('\n'),
    hotel: p.hotel ?? '',
    inclusions: p.inclusions ?? '',
    exclusions: p.exclusions ?? '',
    payment_terms: p.payment_terms ?? '',
  };
}

/**
 * The body for POST (with the code) or PUT. An empty or unreadable number goes as null, so the server names that
 * field in its answer instead of the form guessing; empty optional texts clear the field.
 */
export function bodyOf(d: PackageDraft): Omit<PackageInput, 'code'> & { code?: string } {
  const num = (v: string) => (v.trim() === '' || !Number.isFinite(Number(v)) ? (null as unknown as number) : Number(v));
  const opt = (v: string) => (v.trim() === '' ? null : v.trim());
  return {
    ...(d.code.trim() ? { code: d.code.trim() } : {}),
    name: d.name.trim(),
    price: num(d.price),
    currency: d.currency.trim().toUpperCase(),
    departure_date: d.departure_date,
    duration_days: num(d.duration_days),
    quota_total: num(d.quota_total),
    quota_remaining: num(d.quota_remaining),
    brochure_image_url: opt(d.brochure_image_url),
    itinerary_url: opt(d.itinerary_url),
    features: d.features
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    hotel: opt(d.hotel),
    inclusions: opt(d.inclusions),
    exclusions: opt(d.exclusions),
    payment_terms: opt(d.payment_terms),
  };
}
