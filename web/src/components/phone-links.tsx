// A phone number as two taps: call it (tel:) or open a WhatsApp chat (wa.me, which wants the digits without "+").
import { useTranslation } from 'react-i18next';

export function PhoneLinks({ phone }: { phone: string }) {
  const { t } = useTranslation();
  const digits = phone.replace(/\D/g, '');
  return (
    <span className="phone-links">
      <a href={`tel:${phone.startsWith('+') ? '+' : ''}${digits}`} aria-label={t('phone.call', { phone })}>
        {phone}
      </a>{' '}
      <a href={`https://wa.me/${digits}`} target="_blank" rel="noopener noreferrer" className="wa-link" aria-label={t('phone.whatsapp', { phone })}>
        WhatsApp
      </a>
    </span>
  );
}
