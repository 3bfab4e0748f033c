// Refill reminders due within the chosen number of days (overdue ones too), to send now rather than at opening time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { SelectField } from '../../../components/fields';
import { Loadable, Page } from '../../../components/page';
import type { PendingRefill } from '../api-types';
import { RefillList } from './refill-list';

const DAYS = ['0', '3', '7', '14', '30'] as const;

export function RefillsPage() {
  const { t } = useTranslation();
  const [days, setDays] = useState('3');
  const reminders = useApi(() => api.get<PendingRefill[]>('/api/customers/reminders/pending', { days_ahead: days }), [days]);
  return (
    <Page title={t('pharmacy.refills.title')} intro={t('pharmacy.refills.intro')}>
      <form className="filters filters-narrow" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('pharmacy.refills.daysAhead')}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          options={DAYS.map((d) => ({ value: d, label: d === '0' ? t('pharmacy.refills.today') : t('pharmacy.refills.nextDays', { count: Number(d) }) }))}
        />
      </form>
      <Loadable {...reminders}>{(list) => <RefillList reminders={list} onSent={reminders.reload} empty={t('pharmacy.refills.none')} />}</Loadable>
    </Page>
  );
}
