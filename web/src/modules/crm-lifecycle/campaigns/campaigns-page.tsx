// Campaigns, newest first, each with what it did: sent, delivered, bounced, opened… and the money it brought in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Campaign, CampaignFigures } from '../api-types';
import { useApi } from '../../../api/use-api';
import { DataTable, type Column } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { useSetup } from '../../../features/setup/use-setup';
import { PERMISSIONS } from '../../../session/permissions';
import { Dialog } from '../../../components/dialog';
import { useToast } from '../../../components/notices';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { Link, navigate } from '../../../router';
import { useSignedIn } from '../../../session/session';
import { formatAmounts } from '../amounts';
import { channelLabel } from '../channel';
import { CampaignBadge } from '../status-badges';
import { CampaignForm } from './campaign-form';
import { useLiveRefresh } from '../../../components/live';
import { CRM_PERMISSIONS } from '../permissions';

/** The counts shown as columns, in the order a message goes through them. */
const FIGURE_KEYS = ['sent', 'delivered', 'bounced', 'opened', 'clicked', 'replied', 'unsubscribed', 'purchased'] as const satisfies ReadonlyArray<keyof CampaignFigures>;

export function CampaignsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const campaigns = useApi(() => api.get<{ items: Campaign[] }>('/api/v1/crm/campaigns'), []);
  useLiveRefresh(['crm', 'deliveries'], campaigns.reload);

  const columns: Array<Column<Campaign>> = [
    {
      key: 'name',
      header: t('crm.campaign'),
      cell: (c) => (
        <>
          <Link to={`/crm/campaigns/${encodeURIComponent(c.id)}`}>{c.name}</Link>
          <span className="cell-sub">
            {channelLabel(t, c.channel)} · {f.dateTime(c.created_at)}
          </span>
        </>
      ),
    },
    { key: 'status', header: t('common.status'), cell: (c) => <CampaignBadge status={c.status} /> },
    ...FIGURE_KEYS.map((key): Column<Campaign> => ({ key, header: t(`crm.figure.${key}`), className: 'num', cell: (c) => (c.figures ? f.number(c.figures[key]) : t('common.none')) })),
    { key: 'revenue', header: t('crm.figure.revenue'), className: 'num', cell: (c) => formatAmounts(f, c.figures?.revenue ?? [], t('common.none')) },
  ];

  return (
    <Page
      title={t('crm.campaigns')}
      intro={t('crm.campaignsIntro')}
      actions={
        can(CRM_PERMISSIONS.editCampaigns) && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            + {t('crm.newCampaign')}
          </button>
        )
      }
    >
      <Loadable {...campaigns}>
        {(data) =>
          data.items.length === 0 ? (
            <NoCampaignsYet />
          ) : (
            <DataTable caption={t('crm.campaigns')} rows={data.items} rowKey={(c) => c.id} empty={t('crm.noCampaigns')} columns={columns} />
          )
        }
      </Loadable>
      <Dialog open={creating} wide title={t('crm.newCampaign')} onClose={() => setCreating(false)}>
        {creating && (
          <CampaignForm
            onCancel={() => setCreating(false)}
            onSaved={(campaign) => {
              setCreating(false);
              toast(t('crm.campaignSaved'));
              navigate(`/crm/campaigns/${encodeURIComponent(campaign.id)}`);
            }}
          />
        )}
      </Dialog>
    </Page>
  );
}

/** The empty list: what a campaign needs first (SMTP for email). Its own component, so the set-up answer re-renders
 * only it, never the page and its open form. */
function NoCampaignsYet() {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  const setup = useSetup();
  const smtpMissing = setup.data?.providers.find((p) => p.provider === 'smtp')?.status === 'not_set';
  return (
    <EmptyState title={t('crmSetup.noCampaignsTitle')} hint={t('crmSetup.noCampaignsHint')} testId="campaigns-empty">
      {smtpMissing && (
        <p className="notice notice-warn" data-testid="smtp-first">
          {t('crmSetup.smtpFirst')} {can(PERMISSIONS.manageWorkspace) && <Link to="/settings?tab=smtp">{t('crmSetup.openSettings')}</Link>}
        </p>
      )}
    </EmptyState>
  );
}
