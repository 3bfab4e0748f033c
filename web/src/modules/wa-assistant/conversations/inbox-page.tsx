// The conversations inbox: phase, who answers, campaign, waiting time and owner, filtered on the server and paged
// with its cursor; the first page follows new messages, replies and phase changes by itself.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { SelectField } from '../../../components/fields';
import { useLiveRefresh } from '../../../components/live';
import { Loadable, Page } from '../../../components/page';
import { Pager, useKeysetPages } from '../../../components/pager';
import { Link, navigate, useLocation } from '../../../router';
import { CONVERSATION_STATUSES, PHASES, type Conversation, type ConversationPage } from '../api-types';
import { PhaseBadge, StatusBadge } from '../badges';
import { WhatsappHealthBanner } from '../health-banner';
import { WA_LIVE_KINDS } from '../live';
import { Waiting, waitingSince } from './waiting';

const PAGE_SIZE = 50;

const isStatus = (v: string | null) => CONVERSATION_STATUSES.find((s) => s === v);
const isPhase = (v: string | null) => PHASES.find((p) => p === v);

export function InboxPage() {
  const { t } = useTranslation();
  const { query } = useLocation();
  const status = isStatus(query.get('status'));
  const phase = isPhase(query.get('phase'));
  const filterKey = `${status ?? ''}|${phase ?? ''}`;
  const pages = useKeysetPages(filterKey);
  const list = useApi(() => api.get<ConversationPage>('/api/conversations', { status, phase, limit: PAGE_SIZE, cursor: pages.cursor }), [filterKey, pages.cursor]);
  // Later pages stay still while someone reads them; the first one shows what just came in.
  useLiveRefresh(WA_LIVE_KINDS, () => {
    if (pages.page === 1) list.reload();
  });

  const setFilter = (key: 'status' | 'phase', value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    const search = next.toString();
    navigate(search ? `/wa/conversations?${search}` : '/wa/conversations', { replace: true });
  };
  const filtered = status !== undefined || phase !== undefined;

  return (
    <Page title={t('wa.inbox.title')} intro={t('wa.inbox.intro')}>
      <WhatsappHealthBanner />
      <form className="filters filters-narrow wa-filters" role="search" aria-label={t('wa.inbox.title')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('wa.inbox.status')}
          value={status ?? ''}
          onChange={(e) => setFilter('status', e.target.value)}
          options={[{ value: '', label: t('wa.inbox.allStatuses') }, ...CONVERSATION_STATUSES.map((s) => ({ value: s, label: t(`wa.status.${s}`) }))]}
        />
        <SelectField
          label={t('wa.inbox.phase')}
          value={phase ?? ''}
          onChange={(e) => setFilter('phase', e.target.value)}
          options={[{ value: '', label: t('wa.inbox.allPhases') }, ...PHASES.map((p) => ({ value: p, label: t(`wa.phase.${p}`) }))]}
        />
        {filtered && (
          <button type="button" className="button filters-clear" onClick={() => navigate('/wa/conversations', { replace: true })}>
            {t('wa.inbox.clear')}
          </button>
        )}
      </form>
      <Loadable {...list}>
        {(page) =>
          page.items.length === 0 && pages.page === 1 && !filtered ? (
            <EmptyState title={t('wa.inbox.emptyTitle')} hint={t('wa.inbox.emptyHint')} testId="wa-inbox-empty" />
          ) : (
            <>
              <p className="muted" role="status">
                {t('wa.inbox.count', { count: page.items.length })}
              </p>
              <DataTable
                caption={t('wa.inbox.title')}
                rows={page.items}
                rowKey={(c) => c.id}
                empty={t('wa.inbox.noneMatch')}
                columns={[
                  {
                    key: 'customer',
                    header: t('wa.inbox.customer'),
                    cell: (c: Conversation) => (
                      <>
                        <Link to={`/wa/conversations/${encodeURIComponent(c.id)}`}>{c.phone}</Link>
                        {c.last_message && <span className="cell-sub wa-last-message">{c.last_message}</span>}
                      </>
                    ),
                  },
                  { key: 'phase', header: t('wa.inbox.phase'), cell: (c) => <PhaseBadge phase={c.phase} /> },
                  { key: 'status', header: t('wa.inbox.status'), cell: (c) => <StatusBadge status={c.status} /> },
                  { key: 'campaign', header: t('wa.inbox.campaign'), cell: (c) => c.campaign_code ?? <span className="muted">{t('wa.inbox.noCampaign')}</span> },
                  { key: 'waiting', header: t('wa.inbox.waiting'), cell: (c) => <Waiting since={waitingSince(c)} /> },
                  { key: 'owner', header: t('wa.inbox.owner'), cell: (c) => c.assigned_to ?? <span className="muted">{t('wa.inbox.nobody')}</span> },
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
