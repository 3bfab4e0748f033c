// A contact's status and its WhatsApp status as coloured badges, in the chosen language.
import { useTranslation } from 'react-i18next';
import type { ContactStatus, WhatsappStatus } from './api-types';

const statusTone: Record<ContactStatus, string> = { pending: 'neutral', contacted: 'warn', converted: 'good', yellow: 'warn', inactive: 'bad' };
const whatsappTone: Record<WhatsappStatus, string> = { active: 'good', inactive: 'bad', unknown: 'neutral' };

export function ContactStatusBadge({ status }: { status: ContactStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${statusTone[status]}`} data-status={status}>
      {t(`pharmacy.status.${status}`)}
    </span>
  );
}

/** null: the number is still being checked. */
export function WhatsappBadge({ status }: { status: WhatsappStatus | null }) {
  const { t } = useTranslation();
  if (status === null) return <span className="badge badge-neutral">{t('pharmacy.whatsapp.checking')}</span>;
  return <span className={`badge badge-${whatsappTone[status]}`}>{t(`pharmacy.whatsapp.${status}`)}</span>;
}
