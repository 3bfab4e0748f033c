// Everything that happened to a business, newest first: status changes (what caused them, who, why), messages, payments.
import { useTranslation } from 'react-i18next';
import { RECIPIENT_STATUSES, STATUS_FIELD_NAMES, type StatusField, type TimelineEntry } from '../api-types';
import { NotesText } from '../../../components/notes';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { channelLabel } from '../channel';
import { RecipientBadge, StatusBadge } from '../status-badges';

type StatusEntry = Extract<TimelineEntry, { kind: 'status' }>;
type MessageEntry = Extract<TimelineEntry, { kind: 'message' }>;
type PaymentEntry = Extract<TimelineEntry, { kind: 'payment' }>;

/** The answer spells the field and the cause as text: the three fields and three causes we know get their words. */
const isStatusField = (field: string): field is StatusField => (STATUS_FIELD_NAMES as readonly string[]).includes(field);
const CAUSES = ['event', 'campaign', 'user'] as const;
const isCause = (cause: string): cause is (typeof CAUSES)[number] => (CAUSES as readonly string[]).includes(cause);

export function BusinessTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="empty">{t('crm.timelineEmpty')}</p>;
  return (
    <ol className="timeline" data-testid="crm-timeline">
      {entries.map((entry, index) => (
        // Entries have no id of their own; the server's order is stable, so the position is a fine key.
        <li key={`${entry.kind}-${entry.at}-${index}`} className={`timeline-item timeline-crm-${entry.kind}`}>
          {entry.kind === 'status' && <StatusItem entry={entry} />}
          {entry.kind === 'message' && <MessageItem entry={entry} />}
          {entry.kind === 'payment' && <PaymentItem entry={entry} />}
        </li>
      ))}
    </ol>
  );
}

function When({ at }: { at: number }) {
  const f = useFormat();
  return <time dateTime={new Date(at).toISOString()}>{f.dateTime(at)}</time>;
}

function CampaignLink({ id }: { id: string | null }) {
  const { t } = useTranslation();
  if (!id) return null;
  return (
    <p>
      <Link to={`/crm/campaigns/${encodeURIComponent(id)}`}>{t('crm.openCampaign')}</Link>
    </p>
  );
}

function StatusItem({ entry }: { entry: StatusEntry }) {
  const { t } = useTranslation();
  const who = entry.actor_name ?? (isCause(entry.cause) ? t(`crm.cause.${entry.cause}`) : entry.cause);
  const field = entry.field;
  return (
    <>
      <p className="timeline-head">
        <When at={entry.at} /> · <strong>{t('crm.statusChangedOf', { field: isStatusField(field) ? t(`crm.field.${field}`) : field })}</strong>
      </p>
      <p>
        {isStatusField(field) ? (
          <>
            <StatusBadge field={field} status={entry.from} /> → <StatusBadge field={field} status={entry.to} />
          </>
        ) : (
          `${entry.from} → ${entry.to}`
        )}{' '}
        {t('crm.changedBy', { who })}
      </p>
      {/* What caused it in the reader's language; the server's English words only under technical details. */}
      <div className="crm-change-note">
        <NotesText notes={entry.notes} outcome={entry.detail || null} />
      </div>
      {entry.reason && <p className="muted">{t('crm.why', { reason: entry.reason })}</p>}
      <CampaignLink id={entry.campaign_id} />
    </>
  );
}

function MessageItem({ entry }: { entry: MessageEntry }) {
  const { t } = useTranslation();
  const channel = channelLabel(t, entry.channel);
  const known = RECIPIENT_STATUSES.find((s) => s === entry.status);
  return (
    <>
      <p className="timeline-head">
        <When at={entry.at} /> · <strong>{entry.direction === 'in' ? t('crm.messageIn', { channel }) : t('crm.messageOut', { channel })}</strong>
      </p>
      {(entry.direction === 'out' || entry.error_code) && (
        <p>
          {known ? <RecipientBadge status={known} /> : entry.status}
          {entry.error_code && <span className="error-text"> · {t('crm.errorCode', { code: entry.error_code })}</span>}
        </p>
      )}
      {entry.subject && <p>{t('crm.subjectIs', { subject: entry.subject })}</p>}
      {entry.body && (
        <details>
          <summary>{t('crm.messageText')}</summary>
          <p className="crm-message-body">{entry.body}</p>
        </details>
      )}
      <CampaignLink id={entry.campaign_id} />
    </>
  );
}

function PaymentItem({ entry }: { entry: PaymentEntry }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <p className="timeline-head">
        <When at={entry.at} /> · <strong>{t('crm.payment', { amount: f.money(entry.amount_cents / 100, entry.currency) })}</strong>
      </p>
      <p className="muted">{t('crm.paymentEvent')}</p>
      {/* Recurrente's own event name is a technical detail, not words for the reader. */}
      <details className="technical">
        <summary>{t('notes.technical')}</summary>
        <code>{entry.event_type}</code>
      </details>
      <CampaignLink id={entry.campaign_id} />
    </>
  );
}
