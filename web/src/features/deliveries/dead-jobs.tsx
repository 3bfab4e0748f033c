// Background jobs that gave up after their last attempt, with the error and a retry button (GET /api/jobs?status=dead).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { Job, JobPage } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { useLiveRefresh } from '../../components/live';
import { ErrorNotice, useToast } from '../../components/notices';
import { Loadable } from '../../components/page';
import { Pager, useKeysetPages } from '../../components/pager';
import { useFormat } from '../../format/use-format';
import { useSignedIn } from '../../session/session';
import { PERMISSIONS } from '../../session/permissions';

export function DeadJobs() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const toast = useToast();
  const pages = useKeysetPages('dead');
  const jobs = useApi(() => api.get<JobPage>('/api/jobs', { status: 'dead', cursor: pages.cursor, limit: 50 }), [pages.cursor]);
  const [error, setError] = useState<ApiError>();
  // A dead delivery's job dies with it: the same signals cover both.
  useLiveRefresh(['deliveries', 'events'], jobs.reload);

  const retry = async (job: Job) => {
    setError(undefined);
    try {
      await api.post(`/api/jobs/${job.id}/retry`);
      toast(t('deliveries.retried'));
      jobs.reload();
    } catch (thrown) {
      setError(asApiError(thrown));
    }
  };

  return (
    <>
      {error && <ErrorNotice error={error} />}
      <Loadable {...jobs}>
        {(page) => (
          <>
            <DataTable
              caption={t('deliveries.deadJobs')}
              rows={page.items}
              rowKey={(j) => String(j.id)}
              empty={t('deliveries.noJobs')}
              columns={[
                { key: 'at', header: t('deliveries.updated'), cell: (j) => f.dateTime(j.updated_at) },
                { key: 'name', header: t('deliveries.job'), cell: (j) => <code>{j.name}</code> },
                { key: 'attempts', header: t('deliveries.attempts'), className: 'num', cell: (j) => `${j.attempts} / ${j.max_attempts}` },
                { key: 'error', header: t('deliveries.error'), cell: (j) => <span className="error-text">{j.last_error ?? t('common.none')}</span> },
                ...(can(PERMISSIONS.retryJobs)
                  ? [
                      {
                        key: 'actions',
                        header: t('common.actions'),
                        className: 'actions',
                        cell: (j: Job) => (
                          <button type="button" className="button" onClick={() => void retry(j)} aria-label={`${t('common.retry')}: ${j.name}`}>
                            {t('common.retry')}
                          </button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <Pager page={pages.page} hasNext={page.next_cursor !== null} onFirst={pages.first} onPrevious={pages.previous} onNext={() => pages.next(page.next_cursor)} />
          </>
        )}
      </Loadable>
    </>
  );
}
