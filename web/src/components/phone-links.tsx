// A phone number as two taps: call it (tel:) or open a WhatsApp chat (wa.me wants the international digits, no "+").
// ScaleV sends `62…` without "+", people type `08…`: both are read in the workspace's country by libphonenumber-js.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../session/session';

/** E.164 (+6281234567890) or undefined when the text is no phone number. */
export function internationalPhone(phone: string, country: string): string | undefined {
  const trimmed = phone.trim();
  const parsed =
    parsePhoneNumberFromString(trimmed, country as CountryCode) ?? (/^\d{8,15}$/.test(trimmed) ? parsePhoneNumberFromString(`+${trimmed}`) : undefined);
  // "6281234567890" read as a national number would gain a second country code: a bare number with the country's
  // calling code in front is taken as international.
  if (parsed && /^\d+$/.test(trimmed) && trimmed.startsWith(parsed.countryCallingCode) && !trimmed.startsWith('0')) {
    const asInternational = parsePhoneNumberFromString(`+${trimmed}`);
    if (asInternational?.isPossible()) return asInternational.number;
  }
  return parsed?.isPossible() ? parsed.number : undefined;
}

export function PhoneLinks({ phone }: { phone: string }) {
  const { t } = useTranslation();
  const { workspace } = useSignedIn();
  const e164 = internationalPhone(phone, workspace.country);
  if (!e164) return <>{phone}</>;
  return (
    <span className="phone-links">
      <a href={`tel:${e164}`} aria-label={t('phone.call', { phone: e164 })}>
        {e164}
      </a>{' '}
      <a href={`https://wa.me/${e164.slice(1)}`} target="_blank" rel="noopener noreferrer" className="wa-link" aria-label={t('phone.whatsapp', { phone: e164 })}>
        WhatsApp
      </a>
    </span>
  );
}
