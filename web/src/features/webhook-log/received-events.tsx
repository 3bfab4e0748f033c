// Stored webhook events, newest first: provider, type, outcome (with the reason when skipped), payload and replay.
import { NotesText } from '../../components/notes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { WebhookEvent, WebhookEventPage } from '../../api/types';
import { useApi } from '../../api/use-api';
import { EventBadge } from '../../components/badges';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/fields';
import { useLiveRefresh } from '../../components/live';
import { ErrorNotice, useToast } from '../../components/notices';
import { Loadable } from '../../components/page';
import { Pager, useKeysetPages } from '../../components/pager';
import { useFormat } from '../../format/use-format';
import { useSignedIn } from '../../session/session';
import { providerName } from '../../format/provider';
import { PERMISSIONS } from '../../session/permissions';

const STATUSES = ['processed', 'skipped', 'failed', 'pending'] as const;

export function ReceivedEvents({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const toast = useToast();
  const [status, setStatus] = useState('');
  const pages = useKeysetPages(status);
  const events = useApi(() => api.get<WebhookEventPage>('/api/events', { status, cursor: pages.cursor, limit: 50 }), [status, pages.cursor]);
  const [replayError, setReplayError] = useState<ApiError>();
  useLiveRefresh(['events'], () => {
    if (pages.page === 1) events.reload();
  });

  const replay = async (event: WebhookEvent) => {
    setReplayError(undefined);
    try {
      await api.post(`/api/events/${event.id}/replay`);
      toast(t('webhooks.replayed'));
      events.reload();
    } catch (thrown) {
      setReplayError(asApiError(thrown));
    }
  };

  return (
    <>
      <div className="filters filters-narrow">
        <SelectField
          label={t('webhooks.outcome')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[{ value: '', label: t('webhooks.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`webhooks.status.${s}`) }))]}
        />
      </div>
      {replayError && <ErrorNotice error={replayError} />}
      <Loadable {...events}>
        {(page) => (
          <>
            <DataTable
              caption={t('webhooks.received')}
              rows={page.items}
              rowKey={(e) => e.id}
              empty={t('webhooks.noEvents')}
              columns={[
                { key: 'at', header: t('webhooks.receivedAt'), cell: (e) => f.dateTime(e.received_at) },
                { key: 'source', header: t('webhooks.provider'), cell: (e) => providerName(e.source) },
                { key: 'type', header: t('webhooks.type'), cell: (e) => <code>{e.type}</code> },
                {
                  key: 'outcome',
                  header: t('webhooks.outcome'),
                  cell: (e) => (
                    <>
                      <EventBadge status={e.status} />
                      <span className="cell-sub">
                        <NotesText notes={e.notes} outcome={e.outcome} />
                      </span>
                    </>
                  ),
                },
                {
                  key: 'actions',
                  header: t('common.actions'),
                  className: 'actions',
                  cell: (e) => (
                    <div className="button-row">
                      <button type="button" className="button" onClick={() => onOpen(e.id)} aria-label={`${t('webhooks.payload')}: ${e.type}`}>
                        {t('webhooks.payload')}
                      </button>
                      {can(PERMISSIONS.replayEvents) && (
                        <button type="button" className="button" onClick={() => void replay(e)} aria-label={`${t('webhooks.replay')}: ${e.type}`}>
                          {t('webhooks.replay')}
                        </button>
                      )}
                    </div>
                  ),
                },
              ]}
            />
            <Pager page={pages.page} hasNext={page.next_cursor !== null} onFirst={pages.first} onPrevious={pages.previous} onNext={() => pages.next(page.next_cursor)} />
          </>
        )}
      </Loadable>
    </>
  );
}
