// Leads: filtered and searched on the server, one keyset page at a time, so it stays quick at a million leads.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { LeadPage, LeadStats } from '../api-types';
import { useApi } from '../../../api/use-api';
import { StageBadge } from '../stage-badge';
import { DataTable } from '../../../components/data-table';
import { useLiveRefresh } from '../../../components/live';
import { Loadable, Page } from '../../../components/page';
import { Pager, useKeysetPages } from '../../../components/pager';
import { endOfDay, startOfDay } from '../../../format/time';
import { useFormat } from '../../../format/use-format';
import { Link, navigate, useLocation } from '../../../router';
import { LeadAmount } from '../amount';
import { PhoneLinks } from '../../../components/phone-links';
import { PHONE_QUERY, useMedia } from '../../../components/use-media';
import { FILTER_KEYS, LeadFilters, type LeadFilterValues } from './lead-filters';
import { TestNotClosingButton } from './test-not-closing-button';

const PAGE_SIZE = 50;

export function LeadsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { query } = useLocation();
  const phone = useMedia(PHONE_QUERY);
  const values: LeadFilterValues = { stage: '', product: '', sales: '', from: '', to: '', q: '' };
  for (const key of FILTER_KEYS) values[key] = query.get(key) ?? '';
  const filterKey = JSON.stringify(values);
  const pages = useKeysetPages(filterKey);

  const stats = useApi(() => api.get<LeadStats>('/api/scalev-leads/stats'), []);
  const leads = useApi(
    () =>
      api.get<LeadPage>('/api/leads', {
        stage: values.stage,
        product_list_id: values.product,
        sales_person_email: values.sales,
        from: values.from ? startOfDay(values.from, f.timeZone) : undefined,
        to: values.to ? endOfDay(values.to, f.timeZone) : undefined,
        q: values.q.trim(),
        limit: PAGE_SIZE,
        cursor: pages.cursor,
      }),
    [filterKey, pages.cursor, f.timeZone],
  );
  // New leads show up on the first page by themselves; later pages stay still while someone reads them.
  useLiveRefresh(['stages'], () => {
    if (pages.page === 1) leads.reload();
  });

  // The download takes the same filters as the list, every page of them.
  const exportQuery = new URLSearchParams(
    Object.entries({
      stage: values.stage,
      product_list_id: values.product,
      sales_person_email: values.sales,
      from: values.from ? String(startOfDay(values.from, f.timeZone) ?? '') : '',
      to: values.to ? String(endOfDay(values.to, f.timeZone) ?? '') : '',
      q: values.q.trim(),
    }).filter(([, v]) => v !== ''),
  ).toString();

  const onFilters = useCallback((next: LeadFilterValues) => {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) params.set(key, next[key]);
    const search = params.toString();
    navigate(search ? `/leads?${search}` : '/leads', { replace: true });
  }, []);

  return (
    <Page
      title={t('leads.title')}
      actions={
        <a className="button" href={`/api/leads/export.csv?${exportQuery}`} download>
          {t('leads.exportCsv')}
        </a>
      }
    >
      <LeadFilters values={values} stats={stats.data} onChange={onFilters} />
      <Loadable {...leads}>
        {(page) => (
          <>
            <p className="muted" role="status">
              {t('leads.count', { count: page.items.length })}
            </p>
            {phone ? (
              page.items.length === 0 ? (
                <p className="empty">{t('leads.none')}</p>
              ) : (
                <ul className="lead-rows" aria-label={t('leads.title')}>
                  {page.items.map((l) => (
                    <li key={l.id} className="lead-row">
                      <div className="lead-row-line">
                        <Link to={`/leads/${l.id}`}>{l.customer_name || l.customer_email || l.order_id}</Link>
                        <StageBadge stage={l.stage} />
                        <LeadAmount lead={l} />
                      </div>
                      <div className="lead-row-line lead-row-sub">
                        <span>
                          {l.product_name} · {f.dateTime(l.order_created_at)}
                        </span>
                        {l.customer_phone && <PhoneLinks phone={l.customer_phone} />}
                      </div>
                    </li>
                  ))}
                </ul>
              )
            ) : (
            <DataTable
              caption={t('leads.title')}
              rows={page.items}
              rowKey={(l) => l.id}
              empty={t('leads.none')}
              columns={[
                {
                  key: 'customer',
                  header: t('leads.customer'),
                  cell: (l) => (
                    <>
                      <Link to={`/leads/${l.id}`}>{l.customer_name || l.customer_email || l.order_id}</Link>
                      {l.customer_email && <span className="cell-sub">{l.customer_email}</span>}
                      {l.customer_phone && (
                        <span className="cell-sub">
                          <PhoneLinks phone={l.customer_phone} />
                        </span>
                      )}
                    </>
                  ),
                },
                { key: 'product', header: t('leads.product'), cell: (l) => l.product_name },
                { key: 'amount', header: t('leads.amount'), className: 'num', cell: (l) => <LeadAmount lead={l} /> },
                { key: 'sales', header: t('leads.salesPerson'), cell: (l) => l.sales_person_name || l.sales_person_email || t('common.none') },
                { key: 'stage', header: t('leads.stage'), cell: (l) => <StageBadge stage={l.stage} /> },
                { key: 'created', header: t('leads.created'), cell: (l) => f.dateTime(l.order_created_at) },
                { key: 'actions', header: t('leads.actions'), cell: (l) => <TestNotClosingButton lead={l} onDone={leads.reload} /> },
              ]}
            />
            )}
            <Pager page={pages.page} hasNext={page.next_cursor !== null} onFirst={pages.first} onPrevious={pages.previous} onNext={() => pages.next(page.next_cursor)} />
          </>
        )}
      </Loadable>
    </Page>
  );
}
