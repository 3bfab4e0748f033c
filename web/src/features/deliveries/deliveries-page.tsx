// Deliveries and jobs that need a person: gave up (dead) or failing, with the error and a retry button.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Items, MailketingList } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Page } from '../../components/page';
import { useSignedIn } from '../../session/session';
import { DeadJobs } from './dead-jobs';
import { DeliveryTable } from './delivery-table';

export function DeliveriesPage() {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  // List names for the "To" column; roles that cannot ask Mailketing see the ids.
  const lists = useApi(() => (can('editProductLists') ? api.get<Items<MailketingList>>('/api/mailketing/lists') : Promise.resolve({ items: [] })), []);
  const listItems = lists.data?.items ?? [];
  return (
    <Page title={t('deliveries.title')} intro={t('deliveries.intro')}>
      <section className="card" aria-labelledby="dead-title">
        <h2 id="dead-title">{t('deliveries.dead')}</h2>
        <DeliveryTable status="dead" caption={t('deliveries.dead')} empty={t('deliveries.noDead')} lists={listItems} />
      </section>
      <section className="card" aria-labelledby="failed-title">
        <h2 id="failed-title">{t('deliveries.failed')}</h2>
        <DeliveryTable status="failed" caption={t('deliveries.failed')} empty={t('deliveries.noFailed')} lists={listItems} />
      </section>
      {can('viewJobs') && (
        <section className="card" aria-labelledby="jobs-title">
          <h2 id="jobs-title">{t('deliveries.deadJobs')}</h2>
          <DeadJobs />
        </section>
      )}
    </Page>
  );
}
