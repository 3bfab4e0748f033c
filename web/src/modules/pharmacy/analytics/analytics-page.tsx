// What the calls, sheets and counter bring in: today's summary, the period's contacts by status and conversions per
// staff member and per sheet, and the customers (categories, repeat rate, top medicines, generic adoption).
// Never a medical detail: the analytics routes hold none.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { Figure } from '../../../components/figure';
import { TextField } from '../../../components/fields';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { useSignedIn } from '../../../session/session';
import { CONTACT_STATUSES, type ConversionReport, type CustomerAnalytics, type DailySummary } from '../api-types';
import { Bars } from './bars';

const CATEGORIES = ['contact_sheet', 'first_time_prescription', 'regular_branded', 'generic_informed'] as const;

export function AnalyticsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { workspace } = useSignedIn();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const money = (n: number) => f.money(n, workspace.currency);
  const today = useApi(() => api.get<DailySummary>('/api/customers/analytics/daily-summary'), []);
  const report = useApi(() => api.get<ConversionReport>('/api/customers/analytics/conversion-report', { start_date: from, end_date: to }), [from, to]);
  const customers = useApi(() => api.get<CustomerAnalytics>('/api/customers/analytics/customer-analytics'), []);

  return (
    <Page title={t('pharmacy.analytics.title')} intro={t('pharmacy.analytics.intro')}>
      <div className="pharmacy-analytics">
        <h2>{t('pharmacy.analytics.today')}</h2>
        <Loadable {...today}>
          {(d) => (
            <ul className="figures">
              <Figure label={t('pharmacy.analytics.purchases')} value={f.number(d.purchases)} testId="today-purchases" />
              <Figure label={t('pharmacy.analytics.sales')} value={money(d.amount)} testId="today-sales" />
              <Figure label={t('pharmacy.analytics.callsMade')} value={f.number(d.calls_made)} testId="today-calls" />
              <Figure label={t('pharmacy.analytics.conversions')} value={f.number(d.conversions)} testId="today-conversions" />
              <Figure label={t('pharmacy.analytics.remindersSent')} value={f.number(d.reminders_sent)} testId="today-reminders" />
            </ul>
          )}
        </Loadable>

        <h2>{t('pharmacy.analytics.period')}</h2>
        <form className="filters filters-narrow" onSubmit={(e) => e.preventDefault()}>
          <TextField label={t('pharmacy.analytics.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          <TextField label={t('pharmacy.analytics.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </form>
        <Loadable {...report}>
          {(r) => (
            <>
              <p className="muted">{t('pharmacy.analytics.range', { from: f.day(r.start_date), to: f.day(r.end_date) })}</p>
              <ul className="figures">
                <Figure label={t('pharmacy.analytics.contactsAdded')} value={f.number(r.contacts.total)} testId="period-contacts" />
                <Figure label={t('pharmacy.analytics.converted')} value={f.number(r.converted.count)} testId="period-converted" />
                <Figure label={t('pharmacy.analytics.conversionValue')} value={money(r.converted.value)} testId="period-value" />
                <Figure label={t('pharmacy.analytics.conversionRate')} value={f.share(r.contacts.conversion_rate)} testId="period-rate" />
              </ul>
              <section className="card" aria-labelledby="by-status">
                <h3 id="by-status">{t('pharmacy.analytics.byStatus')}</h3>
                <Bars testId="status-bars" whole={r.contacts.total} bars={CONTACT_STATUSES.map((s) => ({ key: s, label: t(`pharmacy.status.${s}`), value: r.contacts.by_status[s] }))} />
              </section>
              <section className="card" aria-labelledby="by-staff">
                <h3 id="by-staff">{t('pharmacy.analytics.byStaff')}</h3>
                <Bars testId="staff-bars" bars={r.by_staff.map((s) => ({ key: s.staff_code, label: s.name ?? s.staff_code, value: s.conversion_value, text: money(s.conversion_value) }))} />
                <DataTable
                  caption={t('pharmacy.analytics.byStaff')}
                  rows={r.by_staff}
                  rowKey={(s) => s.staff_code}
                  empty={t('pharmacy.analytics.noStaff')}
                  columns={[
                    { key: 'who', header: t('pharmacy.staff.name'), cell: (s) => s.name ?? s.staff_code },
                    { key: 'calls', header: t('pharmacy.analytics.callsMade'), cell: (s) => f.number(s.calls_made), className: 'num' },
                    { key: 'reached', header: t('pharmacy.analytics.reached'), cell: (s) => f.number(s.contacts_reached), className: 'num' },
                    { key: 'conversions', header: t('pharmacy.analytics.conversions'), cell: (s) => f.number(s.conversions), className: 'num' },
                    { key: 'value', header: t('pharmacy.analytics.conversionValue'), cell: (s) => money(s.conversion_value), className: 'num' },
                    { key: 'rate', header: t('pharmacy.analytics.conversionRate'), cell: (s) => f.share(s.conversion_rate), className: 'num' },
                  ]}
                />
              </section>
              <section className="card" aria-labelledby="by-sheet">
                <h3 id="by-sheet">{t('pharmacy.analytics.bySheet')}</h3>
                <DataTable
                  caption={t('pharmacy.analytics.bySheet')}
                  rows={r.by_upload}
                  rowKey={(u) => u.upload_id}
                  empty={t('pharmacy.analytics.noSheets')}
                  columns={[
                    { key: 'file', header: t('pharmacy.analytics.sheet'), cell: (u) => u.filename ?? u.upload_id },
                    { key: 'contacts', header: t('pharmacy.analytics.contactsAdded'), cell: (u) => f.number(u.contacts), className: 'num' },
                    { key: 'converted', header: t('pharmacy.analytics.converted'), cell: (u) => f.number(u.converted), className: 'num' },
                    { key: 'value', header: t('pharmacy.analytics.conversionValue'), cell: (u) => money(u.conversion_value), className: 'num' },
                    { key: 'rate', header: t('pharmacy.analytics.conversionRate'), cell: (u) => f.share(u.conversion_rate), className: 'num' },
                  ]}
                />
              </section>
            </>
          )}
        </Loadable>

        <h2>{t('pharmacy.analytics.customers')}</h2>
        <Loadable {...customers}>
          {(c) => (
            <>
              <ul className="figures">
                <Figure label={t('pharmacy.analytics.totalCustomers')} value={f.number(c.total_customers)} testId="customers-total" />
                <Figure label={t('pharmacy.analytics.repeatRate')} value={f.share(c.conversion.repeat_rate)} testId="customers-repeat" />
                <Figure label={t('pharmacy.analytics.genericRate')} value={f.share(c.generic_adoption.rate)} testId="customers-generic" />
                <Figure label={t('pharmacy.analytics.sheetConversion')} value={f.share(c.conversion.conversion_rate)} testId="customers-conversion" />
              </ul>
              <section className="card" aria-labelledby="by-category">
                <h3 id="by-category">{t('pharmacy.analytics.byCategory')}</h3>
                <Bars testId="category-bars" whole={c.total_customers} bars={CATEGORIES.map((k) => ({ key: k, label: t(`pharmacy.category.${k}`), value: c.by_category[k] }))} />
              </section>
              <section className="card" aria-labelledby="top-medicines">
                <h3 id="top-medicines">{t('pharmacy.analytics.topMedicines')}</h3>
                <DataTable
                  caption={t('pharmacy.analytics.topMedicines')}
                  rows={c.top_medicines}
                  rowKey={(m) => m.medicine_name}
                  empty={t('pharmacy.analytics.noMedicines')}
                  columns={[
                    { key: 'name', header: t('pharmacy.counter.medicine'), cell: (m) => m.medicine_name },
                    { key: 'purchases', header: t('pharmacy.analytics.purchases'), cell: (m) => f.number(m.purchases), className: 'num' },
                    { key: 'quantity', header: t('pharmacy.counter.quantity'), cell: (m) => f.number(m.quantity), className: 'num' },
                    { key: 'amount', header: t('pharmacy.analytics.sales'), cell: (m) => money(m.amount), className: 'num' },
                    { key: 'customers', header: t('pharmacy.analytics.totalCustomers'), cell: (m) => f.number(m.customers), className: 'num' },
                  ]}
                />
              </section>
            </>
          )}
        </Loadable>
      </div>
    </Page>
  );
}
