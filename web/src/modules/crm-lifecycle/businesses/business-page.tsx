// One business: how to reach it, its three statuses, the status change action, its consents and everything that happened.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { BusinessDetail } from '../api-types';
import { useApi } from '../../../api/use-api';
import { Loadable, Page } from '../../../components/page';
import { Link } from '../../../router';
import { BusinessSummary } from './business-summary';
import { BusinessTimeline } from './business-timeline';
import { ChangeStatus } from './change-status';
import { Consents } from './consents';
import { useLiveRefresh } from '../../../components/live';

export function BusinessPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const business = useApi(() => api.get<BusinessDetail>(`/api/v1/crm/businesses/${encodeURIComponent(id)}`), [id]);
  useLiveRefresh(['crm'], business.reload);
  return (
    <Page
      title={business.data?.name ?? t('crm.business')}
      actions={
        <Link to="/crm" className="button">
          ← {t('crm.back')}
        </Link>
      }
    >
      <Loadable {...business}>
        {(b) => (
          <>
            <BusinessSummary business={b} />
            <ChangeStatus business={b} onChanged={business.reload} />
            <section className="card" aria-labelledby="timeline-title">
              <h2 id="timeline-title">{t('crm.timeline')}</h2>
              <BusinessTimeline entries={b.timeline} />
            </section>
            <section className="card" aria-labelledby="consents-title">
              <h2 id="consents-title">{t('crm.consents')}</h2>
              <Consents consents={b.consents} />
            </section>
          </>
        )}
      </Loadable>
    </Page>
  );
}
