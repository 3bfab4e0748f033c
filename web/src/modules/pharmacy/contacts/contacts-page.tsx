// Sheet contacts, newest first: filtered on the server, one keyset page at a time; each phone can be called or messaged.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { useLiveRefresh } from '../../../components/live';
import { Loadable, Page } from '../../../components/page';
import { Pager, useKeysetPages } from '../../../components/pager';
import { PhoneLinks } from '../../../components/phone-links';
import { useFormat } from '../../../format/use-format';
import { Link, navigate, useLocation } from '../../../router';
import type { ContactPage } from '../api-types';
import { ContactStatusBadge, WhatsappBadge } from '../status-badges';
import { useStaff } from '../use-staff';
import { ContactFilters, FILTER_KEYS, NO_FILTERS, type ContactFilterValues } from './contact-filters';

const PAGE_SIZE = 50;

export function ContactsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { query } = useLocation();
  const values: ContactFilterValues = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) values[key] = query.get(key) ?? '';
  const filterKey = JSON.stringify(values);
  const pages = useKeysetPages(filterKey);
  const staff = useStaff(true);
  const contacts = useApi(
    () => api.get<ContactPage>('/api/customers/contacts', { ...values, q: values.q.trim(), limit: PAGE_SIZE, cursor: pages.cursor }),
    [filterKey, pages.cursor],
  );
  useLiveRefresh(['uploads'], contacts.reload);

  const onFilters = useCallback((next: ContactFilterValues) => {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) params.set(key, next[key]);
    const search = params.toString();
    navigate(search ? `/pharmacy/contacts?${search}` : '/pharmacy/contacts', { replace: true });
  }, []);

  return (
    <Page title={t('pharmacy.contacts.title')} intro={t('pharmacy.contacts.intro')}>
      <ContactFilters values={values} staff={staff.data?.items ?? []} onChange={onFilters} />
      <Loadable {...contacts}>
        {(page) =>
          page.items.length === 0 && pages.cursor === undefined && FILTER_KEYS.every((key) => !values[key]) ? (
            <EmptyState title={t('pharmacy.contacts.emptyTitle')} hint={t('pharmacy.contacts.emptyHint')} testId="contacts-empty">
              <Link to="/pharmacy/upload" className="button button-primary">
                {t('pharmacy.upload.title')}
              </Link>
            </EmptyState>
          ) : (
            <>
              <DataTable
                caption={t('pharmacy.contacts.title')}
                rows={page.items}
                rowKey={(c) => c.id}
                empty={t('pharmacy.contacts.none')}
                columns={[
                  {
                    key: 'who',
                    header: t('pharmacy.contacts.who'),
                    cell: (c) => (
                      <>
                        <strong>{c.name ?? t('pharmacy.noName')}</strong>
                        <span className="cell-sub">
                          <PhoneLinks phone={c.phone} />
                        </span>
                      </>
                    ),
                  },
                  { key: 'city', header: t('pharmacy.contacts.city'), cell: (c) => c.city ?? t('common.none') },
                  { key: 'status', header: t('common.status'), cell: (c) => <ContactStatusBadge status={c.status} /> },
                  { key: 'whatsapp', header: t('pharmacy.contacts.whatsapp'), cell: (c) => <WhatsappBadge status={c.whatsapp_status} /> },
                  { key: 'staff', header: t('pharmacy.contacts.staff'), cell: (c) => c.assigned_staff_code ?? c.last_staff_code ?? t('common.none') },
                  { key: 'last', header: t('pharmacy.contacts.lastCall'), cell: (c) => (c.last_interaction_at === null ? t('common.none') : f.dateTime(c.last_interaction_at)) },
                ]}
              />
              <Pager page={pages.page} hasNext={page.next_cursor !== null} onFirst={pages.first} onPrevious={pages.previous} onNext={() => pages.next(page.next_cursor)} />
            </>
          )
        }
      </Loadable>
    </Page>
  );
}
