// The server names each failing field in its message ("body.items.0.quantity: Too small; body.phone: …"): read that
// into one error per field, so each shows beside its own input.
import type { TFunction } from 'i18next';
import type { ApiError } from '../../api/client';
import { MATERIALS_PLACEHOLDERS } from './api-types';

/** Field path without the `body.` prefix (`items.0.quantity`) → the server's reason. */
export function fieldErrors(error: ApiError | undefined): Record<string, string> {
  if (!error || error.code !== 'validation_failed') return {};
  const out: Record<string, string> = {};
  for (const part of error.message.split('; ')) {
    const match = /^(?:body|params|querystring)\.([\w.]+): (.*)$/s.exec(part);
    if (match?.[1] && match[2] !== undefined) out[match[1]] = match[2];
  }
  return out;
}

/** The reason in the person's language: the ones the pharmacy routes send get their words, others a plain "check this". */
export function reasonWords(t: TFunction, reason: string | undefined): string | undefined {
  if (reason === undefined) return undefined;
  if (/not a valid (phone )?number/i.test(reason)) return t('pharmacy.reason.phoneInvalid');
  if (/phone missing/i.test(reason)) return t('pharmacy.reason.phoneMissing');
  if (/is not quantity × unit_price/.test(reason)) return t('pharmacy.reason.totalMismatch');
  const placeholder = /unknown placeholder (\{\{[^}]*\}\})/.exec(reason);
  if (placeholder) return t('pharmacy.reason.unknownPlaceholder', { word: placeholder[1], allowed: MATERIALS_PLACEHOLDERS.map((w) => `{{${w}}}`).join(', ') });
  if (/already in the list/.test(reason)) return t('pharmacy.reason.duplicate');
  if (/invalid url/i.test(reason)) return t('pharmacy.reason.url');
  if (/expected string to have >=1 characters/.test(reason)) return t('pharmacy.reason.required');
  if (/too small/i.test(reason)) return t('pharmacy.reason.tooSmall');
  if (/too big/i.test(reason)) return t('pharmacy.reason.tooBig');
  if (/required|received undefined/i.test(reason)) return t('pharmacy.reason.required');
  return t('pharmacy.reason.check');
}
