// A campaign's recipients: which business, how its message went, the furthest step it reached (filterable by that
// step), and why it failed or was skipped. Without a filter, the newest 200 from the campaign's own answer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { Loadable } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { FURTHEST_STATUSES, type CampaignFigures, type FurthestStatus, type Recipient, type RecipientList } from '../api-types';
import { RecipientBadge } from '../status-badges';

const PAGE = 200;

export function RecipientsTable({ campaignId, recipients, progress }: { campaignId: string; recipients: readonly Recipient[]; progress: CampaignFigures['progress'] | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [furthest, setFurthest] = useState<FurthestStatus | ''>('');
  return (
    <>
      <label className="field field-inline">
        <span>{t('crm.showRecipients')}</span>
        <select value={furthest} onChange={(e) => setFurthest(e.target.value as FurthestStatus | '')} data-testid="recipients-furthest">
          <option value="">{t('crm.allRecipients')}</option>
          {FURTHEST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {progress ? t('crm.withCount', { label: String(t(`crm.furthestStatus.${s}`)), n: f.number(progress[s]) }) : t(`crm.furthestStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {furthest === '' ? <Rows recipients={recipients} /> : <FilteredRows campaignId={campaignId} furthest={furthest} />}
    </>
  );
}

function FilteredRows({ campaignId, furthest }: { campaignId: string; furthest: FurthestStatus }) {
  const page = useApi(
    () => api.get<RecipientList>(`/api/v1/crm/campaigns/${encodeURIComponent(campaignId)}/recipients?furthest_status=${furthest}&limit=${PAGE}`),
    [campaignId, furthest],
  );
  return <Loadable {...page}>{(p) => <Rows recipients={p.items} />}</Loadable>;
}

function Rows({ recipients }: { recipients: readonly Recipient[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      {recipients.length >= PAGE && <p className="muted">{t('crm.newest200')}</p>}
      <DataTable
        caption={t('crm.recipients')}
        rows={recipients}
        rowKey={(r) => r.business_id}
        empty={t('crm.noRecipients')}
        columns={[
          { key: 'business', header: t('crm.business'), cell: (r) => <Link to={`/crm/businesses/${encodeURIComponent(r.business_id)}`}>{r.business_name}</Link> },
          { key: 'status', header: t('common.status'), cell: (r) => <RecipientBadge status={r.status} /> },
          { key: 'furthest', header: t('crm.furthest'), cell: (r) => <span data-testid="recipient-furthest">{t(`crm.furthestStatus.${r.furthest_status}`)}</span> },
          { key: 'error', header: t('crm.problem'), cell: (r) => (r.error ? <span className="error-text">{r.error}</span> : t('common.none')) },
          { key: 'at', header: t('common.when'), cell: (r) => f.dateTime(r.at) },
        ]}
      />
    </>
  );
}
