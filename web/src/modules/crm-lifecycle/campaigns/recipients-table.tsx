// The newest 200 recipients of a campaign: which business, how its message went, and why it failed or was skipped.
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../api-types';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { RecipientBadge } from '../status-badges';

export function RecipientsTable({ recipients }: { recipients: readonly Recipient[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      {recipients.length >= 200 && <p className="muted">{t('crm.newest200')}</p>}
      <DataTable
        caption={t('crm.recipients')}
        rows={recipients}
        rowKey={(r) => r.business_id}
        empty={t('crm.noRecipients')}
        columns={[
          { key: 'business', header: t('crm.business'), cell: (r) => <Link to={`/crm/businesses/${encodeURIComponent(r.business_id)}`}>{r.business_name}</Link> },
          { key: 'status', header: t('common.status'), cell: (r) => <RecipientBadge status={r.status} /> },
          { key: 'error', header: t('crm.problem'), cell: (r) => (r.error ? <span className="error-text">{r.error}</span> : t('common.none')) },
          { key: 'at', header: t('common.when'), cell: (r) => f.dateTime(r.at) },
        ]}
      />
    </>
  );
}
