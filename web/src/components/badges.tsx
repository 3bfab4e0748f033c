// Coloured labels for a delivery's or event's status; the words carry the meaning, not the colour.
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus, EventStatus } from '../api/types';

const deliveryTone: Record<DeliveryStatus, string> = { queued: 'neutral', sent: 'good', delivered: 'good', failed: 'warn', dead: 'bad', cancelled: 'neutral' };

/** Some answers (a lead's deliveries) give the status as plain text: a value we do not know is shown as it is. */
export function isDeliveryStatus(status: string): status is DeliveryStatus {
  return Object.hasOwn(deliveryTone, status);
}

export function DeliveryBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isDeliveryStatus(status)) return <span className="badge badge-neutral">{status}</span>;
  return <span className={`badge badge-${deliveryTone[status]}`}>{t(`deliveries.status.${status}`)}</span>;
}

const eventTone: Record<EventStatus, string> = { pending: 'neutral', processed: 'good', skipped: 'warn', failed: 'bad' };

export function isEventStatus(status: string): status is EventStatus {
  return Object.hasOwn(eventTone, status);
}

export function EventBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isEventStatus(status)) return <span className="badge badge-neutral">{status}</span>;
  return <span className={`badge badge-${eventTone[status]}`}>{t(`webhooks.status.${status}`)}</span>;
}
