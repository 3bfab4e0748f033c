// The agency's prospects: filtered and searched on the server, one keyset page at a time, with the total that match.
// The page shows as soon as it arrives; the total is a second call, since counting thousands of matches of a common
// search takes longer than finding the first fifty.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { BusinessCount, BusinessPage, CrmFacets } from '../api-types';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { Dialog } from '../../../components/dialog';
import { Loadable, Page } from '../../../components/page';
import { Pager, useKeysetPages } from '../../../components/pager';
import { endOfDay, startOfDay } from '../../../format/time';
import { useFormat } from '../../../format/use-format';
import { Link, navigate, useLocation } from '../../../router';
import { useSignedIn } from '../../../session/session';
import { StatusBadge } from '../status-badges';
import { AddBusinessForm } from './add-business-form';
import { ImportCsvForm } from './import-csv-form';
import { BusinessFilters, FILTER_KEYS, NO_FILTERS, type BusinessFilterValues } from './business-filters';
import { useLiveRefresh } from '../../../components/live';
import { CRM_PERMISSIONS } from '../permissions';

const PAGE_SIZE = 50;

export function BusinessesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const { query } = useLocation();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const values: BusinessFilterValues = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) values[key] = query.get(key) ?? '';
  const filterKey = JSON.stringify(values);
  const pages = useKeysetPages(filterKey);

  const facets = useApi(() => api.get<CrmFacets>('/api/v1/crm/facets'), []);
  const filters = {
    ...values,
    q: values.q.trim(),
    from: values.from ? startOfDay(values.from, f.timeZone) : undefined,
    to: values.to ? endOfDay(values.to, f.timeZone) : undefined,
  };
  const businesses = useApi(() => api.get<BusinessPage>('/api/v1/crm/businesses', { ...filters, limit: PAGE_SIZE, cursor: pages.cursor }), [filterKey, pages.cursor, f.timeZone]);
  // Counted once per set of filters, not per page.
  const count = useApi(() => api.get<BusinessCount>('/api/v1/crm/businesses/count', filters), [filterKey, f.timeZone]);
  const reload = useCallback(() => {
    businesses.reload();
    count.reload();
  }, [businesses.reload, count.reload]);
  useLiveRefresh(['crm'], reload);

  // The download takes the same filters as the list, every page of them.
  const exportQuery = new URLSearchParams(
    Object.entries({
      ...values,
      q: values.q.trim(),
      from: values.from ? String(startOfDay(values.from, f.timeZone) ?? '') : '',
      to: values.to ? String(endOfDay(values.to, f.timeZone) ?? '') : '',
    }).filter(([, v]) => v !== ''),
  ).toString();

  const onFilters = useCallback((next: BusinessFilterValues) => {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) params.set(key, next[key]);
    const search = params.toString();
    navigate(search ? `/crm?${search}` : '/crm', { replace: true });
  }, []);

  return (
    <Page
      title={t('crm.businesses')}
      intro={t('crm.businessesIntro')}
      actions={
        <>
          <a className="button" href={`/api/v1/crm/businesses/export.csv?${exportQuery}`} download>
            {t('crm.csv.export')}
          </a>
          {can(CRM_PERMISSIONS.editBusinesses) && (
            <>
              <button type="button" className="button" onClick={() => setImporting(true)}>
                {t('crm.csv.import')}
              </button>
              <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
                + {t('crm.add')}
              </button>
            </>
          )}
        </>
      }
    >
      <BusinessFilters values={values} facets={facets.data} onChange={onFilters} />
      <Loadable {...businesses}>
        {(page) => (
          <>
            <p className="muted" role="status" data-testid="business-total">
              {count.data && !count.loading
                ? t('crm.total', { count: count.data.total, shown: f.number(page.items.length), total: `${f.number(count.data.total)}${count.data.total_capped ? '+' : ''}` })
                : t('crm.shownCounting', { shown: f.number(page.items.length) })}
            </p>
            {page.items.length === 0 && pages.cursor === undefined && FILTER_KEYS.every((key) => !values[key]) ? (
              <EmptyState title={t('crmSetup.noBusinessesTitle')} hint={t('crmSetup.noBusinessesHint')} testId="businesses-empty" />
            ) : (
            <DataTable
              caption={t('crm.businesses')}
              rows={page.items}
              rowKey={(b) => b.id}
              empty={t('crm.none')}
              columns={[
                {
                  key: 'business',
                  header: t('crm.business'),
                  cell: (b) => (
                    <>
                      <Link to={`/crm/businesses/${encodeURIComponent(b.id)}`}>{b.name}</Link>
                      <span className="cell-sub">{[b.email, b.phone].filter(Boolean).join(' · ')}</span>
                    </>
                  ),
                },
                {
                  key: 'where',
                  header: t('crm.city'),
                  cell: (b) => (
                    <>
                      {b.city ?? t('common.none')}
                      {b.source && <span className="cell-sub">{t('crm.from', { source: b.source })}</span>}
                    </>
                  ),
                },
                { key: 'owner', header: t('crm.owner'), cell: (b) => b.owner ?? t('common.none') },
                { key: 'contact', header: t('crm.field.contact_status'), cell: (b) => <StatusBadge field="contact_status" status={b.contact_status} /> },
                { key: 'website', header: t('crm.field.website_status'), cell: (b) => <StatusBadge field="website_status" status={b.website_status} /> },
                { key: 'subscription', header: t('crm.field.subscription_status'), cell: (b) => <StatusBadge field="subscription_status" status={b.subscription_status} /> },
                { key: 'added', header: t('crm.added'), cell: (b) => f.dateTime(b.created_at) },
              ]}
            />
            )}
            <Pager page={pages.page} hasNext={page.next_cursor !== null} onFirst={pages.first} onPrevious={pages.previous} onNext={() => pages.next(page.next_cursor)} />
          </>
        )}
      </Loadable>

      <Dialog open={adding} wide title={t('crm.addTitle')} onClose={() => setAdding(false)}>
        {adding && (
          <AddBusinessForm
            onCancel={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              reload();
              facets.reload();
            }}
          />
        )}
      </Dialog>
      <Dialog open={importing} wide title={t('crm.csv.importTitle')} onClose={() => setImporting(false)}>
        {importing && (
          <ImportCsvForm
            onImported={() => {
              reload();
              facets.reload();
            }}
          />
        )}
      </Dialog>
    </Page>
  );
}
