// Campaign codes: each package's code with the link for ads (it counts the click and opens WhatsApp) and its clicks.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { CopyButton } from '../../../components/copy-button';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import type { Package, PackageList } from '../api-types';
import { Seats } from './packages-page';

export function CampaignCodesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const packages = useApi(() => api.get<PackageList>('/api/packages'), []);
  return (
    <Page title={t('wa.campaigns.title')} intro={t('wa.campaigns.intro')}>
      <Loadable {...packages}>
        {(list) =>
          list.items.length === 0 ? (
            <EmptyState title={t('wa.campaigns.emptyTitle')} hint={t('wa.campaigns.emptyHint')} testId="wa-campaigns-empty">
              <Link to="/wa/packages" className="button">
                {t('wa.campaigns.toPackages')}
              </Link>
            </EmptyState>
          ) : (
            <DataTable
              caption={t('wa.campaigns.title')}
              rows={list.items}
              rowKey={(p) => p.code}
              empty={t('wa.campaigns.emptyTitle')}
              columns={[
                {
                  key: 'code',
                  header: t('wa.campaigns.code'),
                  cell: (p: Package) => (
                    <>
                      <strong className="wa-code">{p.code}</strong>
                      <span className="cell-sub">{p.name}</span>
                    </>
                  ),
                },
                {
                  key: 'link',
                  header: t('wa.campaigns.link'),
                  cell: (p) => (
                    <span className="wa-link">
                      <code>{p.click_url}</code> <CopyButton text={p.click_url} name={`${t('common.copy')} ${p.code}`} />
                    </span>
                  ),
                },
                { key: 'clicks', header: t('wa.campaigns.clicks'), className: 'num', cell: (p) => <span data-testid={`clicks-${p.code}`}>{f.number(p.clicks)}</span> },
                { key: 'seats', header: t('wa.packages.quotaRemaining'), cell: (p) => <Seats p={p} /> },
              ]}
            />
          )
        }
      </Loadable>
    </Page>
  );
}
