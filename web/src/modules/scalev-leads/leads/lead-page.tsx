// One lead: who and what, its waiting timer, the actions, and the timeline of everything that happened to it.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { LeadDetail, MailketingLists } from '../api-types';
import { useApi } from '../../../api/use-api';
import { StageBadge } from '../stage-badge';
import { useLiveRefresh } from '../../../components/live';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { useSignedIn } from '../../../session/session';
import { LeadAmount } from '../amount';
import { PhoneLinks } from '../../../components/phone-links';
import { LeadActions } from './lead-actions';
import { LeadTimeline } from './lead-timeline';
import { WaitingTimer } from './waiting-timer';
import { LEAD_PERMISSIONS } from '../permissions';

export function LeadPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const lead = useApi(() => api.get<LeadDetail>(`/api/leads/${encodeURIComponent(id)}`), [id]);
  // Names for ids in the timeline, when this role may read them; without them the ids are shown.
  const lists = useApi(() => (can(LEAD_PERMISSIONS.editProductLists) ? api.get<MailketingLists>('/api/mailketing/lists') : Promise.resolve<MailketingLists>({ items: [] })), []);
  useLiveRefresh(['stages', 'deliveries', 'events'], lead.reload);

  const name = lead.data ? lead.data.customer_name || lead.data.customer_email || lead.data.order_id : t('leads.title');
  return (
    <Page
      title={name}
      actions={
        <Link to="/leads" className="button">
          ← {t('leads.back')}
        </Link>
      }
    >
      <Loadable {...lead}>
        {(l) => (
          <>
            <section className="card lead-summary" aria-label={t('common.details')}>
              <div className="lead-stage">
                <StageBadge stage={l.stage} />
                <WaitingTimer timer={l.timer} />
              </div>
              <dl className="facts">
                <div>
                  <dt>{t('leads.product')}</dt>
                  <dd>{l.product_name}</dd>
                </div>
                <div>
                  <dt>{t('leads.amount')}</dt>
                  <dd data-testid="lead-amount">
                    <LeadAmount lead={l} />
                  </dd>
                </div>
                <div>
                  <dt>{t('leads.store')}</dt>
                  <dd>{l.store_name ?? t('common.none')}</dd>
                </div>
                <div>
                  <dt>{t('leads.order')}</dt>
                  <dd>{l.order_id}</dd>
                </div>
                <div>
                  <dt>{t('leads.created')}</dt>
                  <dd>{f.dateTime(l.order_created_at)}</dd>
                </div>
                <div>
                  <dt>{t('leads.email')}</dt>
                  <dd>{l.customer_email ?? t('common.none')}</dd>
                </div>
                <div>
                  <dt>{t('leads.phone')}</dt>
                  <dd>{l.customer_phone ? <PhoneLinks phone={l.customer_phone} /> : t('common.none')}</dd>
                </div>
                <div>
                  <dt>{t('leads.salesPerson')}</dt>
                  <dd>{l.sales_person_name || l.sales_person_email || t('common.none')}</dd>
                </div>
                <div>
                  <dt>{t('leads.paidAt')}</dt>
                  <dd>{l.paid_at ? f.dateTime(l.paid_at) : t('common.none')}</dd>
                </div>
                <div>
                  <dt>{t('leads.list')}</dt>
                  <dd>{l.mailketing_list_id ?? t('common.none')}</dd>
                </div>
              </dl>
            </section>
            <LeadActions lead={l} onDone={lead.reload} />
            <section className="card" aria-labelledby="timeline-title">
              <h2 id="timeline-title">{t('leads.timeline')}</h2>
              <LeadTimeline lead={l} lists={lists.data?.items ?? []} />
            </section>
          </>
        )}
      </Loadable>
    </Page>
  );
}
