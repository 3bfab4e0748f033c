// Deliveries and jobs that need a person: gave up (dead) or failing, with the error and a retry button.
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { useSignedIn } from '../../session/session';
import { PERMISSIONS } from '../../session/permissions';
import { DeadJobs } from './dead-jobs';
import { DeliveryTable } from './delivery-table';
import { useDeliveryLabels } from './delivery-labels';

export function DeliveriesPage() {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  const labels = useDeliveryLabels();
  return (
    <Page title={t('deliveries.title')} intro={t('deliveries.intro')}>
      <section className="card" aria-labelledby="dead-title">
        <h2 id="dead-title">{t('deliveries.dead')}</h2>
        <DeliveryTable status="dead" caption={t('deliveries.dead')} empty={t('deliveries.noDead')} labels={labels} />
      </section>
      <section className="card" aria-labelledby="failed-title">
        <h2 id="failed-title">{t('deliveries.failed')}</h2>
        <DeliveryTable status="failed" caption={t('deliveries.failed')} empty={t('deliveries.noFailed')} labels={labels} />
      </section>
      {can(PERMISSIONS.viewJobs) && (
        <section className="card" aria-labelledby="jobs-title">
          <h2 id="jobs-title">{t('deliveries.deadJobs')}</h2>
          <DeadJobs />
        </section>
      )}
    </Page>
  );
}
