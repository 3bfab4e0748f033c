// Who the business is and how to reach it, its three statuses, and when it first reached each milestone.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_FIELD_NAMES, type Business } from '../api-types';
import { useFormat } from '../../../format/use-format';
import { StatusBadge } from '../status-badges';

const MILESTONES = ['contacted_at', 'opened_at', 'clicked_at', 'replied_at', 'purchased_at', 'unsubscribed_at', 'bounced_at'] as const;

/** Only http(s) addresses become links: a stored value is typed by people and imported from lists. */
function WebLink({ url }: { url: string | null }) {
  const { t } = useTranslation();
  if (!url) return <>{t('common.none')}</>;
  return /^https?:\/\//i.test(url) ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  ) : (
    <>{url}</>
  );
}

export function BusinessSummary({ business: b }: { business: Business }) {
  const { t } = useTranslation();
  const f = useFormat();
  const facts: Array<[string, ReactNode]> = [
    [t('crm.input.phone'), b.phone ?? t('common.none')],
    [t('crm.input.email'), b.email ?? t('common.none')],
    [t('crm.input.website'), <WebLink url={b.website} />],
    [t('crm.siteUrl'), <WebLink url={b.site_url} />],
    [t('crm.city'), b.city ?? t('common.none')],
    [t('crm.source'), b.source ?? t('common.none')],
    [t('crm.owner'), b.owner ?? t('common.none')],
    [t('crm.added'), f.dateTime(b.created_at)],
  ];
  const reached = MILESTONES.filter((m) => b[m] !== null);
  return (
    <section className="card" aria-label={t('common.details')}>
      <dl className="crm-statuses">
        {STATUS_FIELD_NAMES.map((field) => (
          <div key={field}>
            <dt>{t(`crm.field.${field}`)}</dt>
            <dd data-testid={`status-${field}`}>
              <StatusBadge field={field} status={b[field]} />
            </dd>
          </div>
        ))}
      </dl>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {reached.length > 0 && (
        <>
          <h2 className="crm-subhead">{t('crm.milestones')}</h2>
          <dl className="facts">
            {reached.map((m) => (
              <div key={m}>
                <dt>{t(`crm.milestone.${m}`)}</dt>
                <dd>{f.dateTime(b[m] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
