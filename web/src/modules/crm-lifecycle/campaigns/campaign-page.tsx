// One campaign: its state and figures, Send / Pause / Resume, a preview for one business, and who received it.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { CampaignDetail } from '../api-types';
import { useApi } from '../../../api/use-api';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { channelLabel } from '../channel';
import { CampaignBadge } from '../status-badges';
import { AudienceCount } from './audience-count';
import { CampaignActions } from './campaign-actions';
import { CampaignFiguresList } from './campaign-figures';
import { CampaignPreview } from './campaign-preview';
import { RecipientsTable } from './recipients-table';
import { useLiveRefresh } from '../../../components/live';

export function CampaignPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const campaign = useApi(() => api.get<CampaignDetail>(`/api/v1/crm/campaigns/${encodeURIComponent(id)}`), [id]);
  // Sends, callbacks, opens and replies move the figures: refetch when the server says they moved.
  useLiveRefresh(['crm', 'deliveries'], campaign.reload);

  return (
    <Page
      title={campaign.data?.name ?? t('crm.campaign')}
      actions={
        <>
          <a className="button" href={`/api/v1/crm/campaigns/${encodeURIComponent(id)}/recipients.csv`} download>
            {t('crm.csv.recipients')}
          </a>
          <Link to="/crm/campaigns" className="button">
            ← {t('crm.allCampaigns')}
          </Link>
        </>
      }
    >
      <Loadable {...campaign}>
        {(c) => (
          <>
            <section className="card" aria-label={t('common.details')}>
              <div className="lead-stage">
                <span data-testid="campaign-status">
                  <CampaignBadge status={c.status} />
                </span>
                <span>{channelLabel(t, c.channel)}</span>
                <span className="muted">{t('crm.pace', { n: f.number(c.rate_per_minute) })}</span>
              </div>
              <dl className="facts">
                <div>
                  <dt>{t('crm.created')}</dt>
                  <dd>{f.dateTime(c.created_at)}</dd>
                </div>
                <div>
                  <dt>{t('crm.started')}</dt>
                  <dd>{c.started_at ? f.dateTime(c.started_at) : t('common.none')}</dd>
                </div>
                <div>
                  <dt>{t('crm.finished')}</dt>
                  <dd>{c.finished_at ? f.dateTime(c.finished_at) : t('common.none')}</dd>
                </div>
              </dl>
              {/* Before (more) sending, who would get it now; the figures below count who has been handed it. */}
              {(c.status === 'draft' || c.status === 'paused') && <AudienceCount audience={c.audience} channel={c.channel} />}
            </section>
            <CampaignFiguresList figures={c.figures} channel={c.channel} />
            <CampaignActions campaign={c} onChanged={campaign.reload} />
            <section className="card" aria-labelledby="preview-title">
              <h2 id="preview-title">{t('crm.preview')}</h2>
              <CampaignPreview campaign={c} />
            </section>
            <section className="card" aria-labelledby="recipients-title">
              <h2 id="recipients-title">{t('crm.recipients')}</h2>
              <RecipientsTable campaignId={c.id} recipients={c.recipients} progress={c.figures?.progress} />
            </section>
          </>
        )}
      </Loadable>
    </Page>
  );
}
