// Coloured labels for a lead's stage and a delivery's or event's status; the words carry the meaning, not the colour.
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus, EventStatus, Stage } from '../api/types';

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${stage}`}>{t(`stage.${stage}`)}</span>;
}

const deliveryTone: Record<DeliveryStatus, string> = { queued: 'neutral', sent: 'good', delivered: 'good', failed: 'warn', dead: 'bad', cancelled: 'neutral' };

export function DeliveryBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${deliveryTone[status]}`}>{t(`deliveries.status.${status}`)}</span>;
}

const eventTone: Record<EventStatus, string> = { pending: 'neutral', processed: 'good', skipped: 'warn', failed: 'bad' };

export function EventBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${eventTone[status]}`}>{t(`webhooks.status.${status}`)}</span>;
}
