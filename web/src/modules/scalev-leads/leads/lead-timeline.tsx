// Everything that happened to a lead, oldest first: webhooks received, stage changes (who, why), deliveries.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LeadDelivery, LeadDetail, LeadEvent, MailketingList, StageChange } from '../api-types';
import { DeliveryBadge, EventBadge, isDeliveryStatus } from '../../../components/badges';
import { StageBadge } from '../stage-badge';
import { JsonView } from '../../../components/json-view';
import { NotesText } from '../../../components/notes';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { useSignedIn } from '../../../session/session';
import { PERMISSIONS } from '../../../session/permissions';

type Entry =
  | { kind: 'stage'; at: number; key: string; change: StageChange }
  | { kind: 'delivery'; at: number; key: string; delivery: LeadDelivery }
  | { kind: 'event'; at: number; key: string; event: LeadEvent };

interface TimelineProps {
  lead: LeadDetail;
  lists: readonly MailketingList[];
}

export function LeadTimeline({ lead, lists }: TimelineProps) {
  const { t } = useTranslation();
  const entries: Entry[] = [
    ...lead.history.map((change): Entry => ({ kind: 'stage', at: change.at, key: `s${change.id}`, change })),
    ...lead.deliveries.map((delivery): Entry => ({ kind: 'delivery', at: delivery.created_at, key: delivery.id, delivery })),
    ...lead.events.map((event): Entry => ({ kind: 'event', at: event.received_at, key: event.id, event })),
  ].sort((a, b) => a.at - b.at || order(a) - order(b));
  if (entries.length === 0) return <p className="empty">{t('leads.timelineEmpty')}</p>;
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.key} className={`timeline-item timeline-${entry.kind}`}>
          {entry.kind === 'stage' && <StageItem change={entry.change} />}
          {entry.kind === 'delivery' && <DeliveryItem delivery={entry.delivery} lists={lists} />}
          {entry.kind === 'event' && <EventItem event={entry.event} />}
        </li>
      ))}
    </ol>
  );
}

/** At the same moment: the webhook first, then the move it caused, then the send. */
const order = (e: Entry) => (e.kind === 'event' ? 0 : e.kind === 'stage' ? 1 : 2);

function When({ at }: { at: number }) {
  const f = useFormat();
  return <time dateTime={new Date(at).toISOString()}>{f.dateTime(at)}</time>;
}

function StageItem({ change }: { change: StageChange }) {
  const { t } = useTranslation();
  const actorType = (['user', 'token', 'system', 'webhook'] as const).find((a) => a === change.actor_type);
  const who = change.actor_name ?? (actorType ? t(`leads.actor.${actorType}`) : change.actor_type);
  const cause = causeText(change.cause, t);
  return (
    <>
      <p className="timeline-head">
        <When at={change.at} /> · <strong>{change.from ? t('leads.stageChanged') : t('leads.createdIn', { stage: t(`stage.${change.to}`) })}</strong>
      </p>
      <p>
        {change.from && (
          <>
            <StageBadge stage={change.from} /> → <StageBadge stage={change.to} />{' '}
          </>
        )}
        {t('leads.movedBy', { who })}
        {cause ? ` (${cause})` : ''}
      </p>
      {change.reason && <p className="muted">{t('leads.why', { reason: change.reason })}</p>}
    </>
  );
}

function causeText(cause: string, t: TFunction): string {
  if (cause.startsWith('webhook:')) return t('leads.cause.webhook', { type: cause.slice('webhook:'.length) });
  const known = (['manual', 'test-not-closing', 'timer:not-closing', 'reconciliation'] as const).find((c) => c === cause);
  return known ? t(`leads.cause.${known}`) : cause;
}

function DeliveryItem({ delivery, lists }: { delivery: LeadDelivery; lists: readonly MailketingList[] }) {
  const { t } = useTranslation();
  const list = lists.find((l) => l.id === delivery.target);
  return (
    <>
      <p className="timeline-head">
        <When at={delivery.created_at} /> · <strong>{t('leads.deliveryTo', { list: list ? `${list.name} (${delivery.target})` : delivery.target })}</strong>
      </p>
      <p>
        <DeliveryBadge status={delivery.status} /> {t('leads.deliveryStatus', { status: isDeliveryStatus(delivery.status) ? t(`deliveries.status.${delivery.status}`) : delivery.status, attempts: String(delivery.attempts) })}
        {delivery.sent_at && (
          <>
            {' · '}
            <When at={delivery.sent_at} />
          </>
        )}
      </p>
      {delivery.last_error && (
        <details className="technical">
          <summary>{t('leads.lastError')}</summary>
          <code>{delivery.last_error}</code>
        </details>
      )}
      {delivery.response !== null && (
        <details>
          <summary>{t('leads.providerAnswer')}</summary>
          <JsonView value={delivery.response} label={t('leads.providerAnswer')} />
        </details>
      )}
    </>
  );
}

function EventItem({ event }: { event: LeadEvent }) {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  return (
    <>
      <p className="timeline-head">
        <When at={event.received_at} /> · <strong>{t('leads.event', { type: event.type })}</strong>
      </p>
      <p>
        <EventBadge status={event.status} /> <NotesText notes={event.notes} outcome={event.outcome} />
      </p>
      {can(PERMISSIONS.viewWebhookLog) && (
        <p>
          <Link to={`/webhook-log?event=${encodeURIComponent(event.id)}`}>{t('webhooks.payload')}</Link>
        </p>
      )}
    </>
  );
}
