// Deliveries in one status (dead or failed), newest first, with the provider's error and a retry button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { Delivery, DeliveryPage } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { useLiveRefresh } from '../../components/live';
import { ErrorNotice, useToast } from '../../components/notices';
import { Loadable } from '../../components/page';
import { Pager, useKeysetPages } from '../../components/pager';
import { useFormat } from '../../format/use-format';
import { Link } from '../../router';
import { useSignedIn } from '../../session/session';
import { providerName } from '../../format/provider';
import type { DeliveryLabels } from './delivery-labels';
import { PERMISSIONS } from '../../session/permissions';

interface DeliveryTableProps {
  status: 'dead' | 'failed';
  caption: string;
  empty: string;
  /** Names and links the owning modules give each delivery. */
  labels: DeliveryLabels;
}

/** Who a delivery was for, from what was sent (a first name or an email). */
function recipientOf(d: Delivery): string | undefined {
  if (typeof d.payload !== 'object' || d.payload === null) return undefined;
  const p = d.payload as Record<string, unknown>;
  const name = typeof p['first_name'] === 'string' ? p['first_name'] : undefined;
  const email = typeof p['email'] === 'string' ? p['email'] : undefined;
  return name || email;
}

export function DeliveryTable({ status, caption, empty, labels }: DeliveryTableProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const toast = useToast();
  const pages = useKeysetPages(status);
  const deliveries = useApi(() => api.get<DeliveryPage>('/api/deliveries', { status, cursor: pages.cursor, limit: 50 }), [status, pages.cursor]);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<ApiError>();
  useLiveRefresh(['deliveries'], deliveries.reload);

  const retry = async (d: Delivery) => {
    setBusy(d.id);
    setError(undefined);
    try {
      await api.post(`/api/deliveries/${d.id}/retry`);
      toast(t('deliveries.retried'));
      deliveries.reload();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      {error && <ErrorNotice error={error} />}
      <Loadable {...deliveries}>
        {(page) => (
          <>
            <DataTable
              caption={caption}
              rows={page.items}
              rowKey={(d) => d.id}
              empty={empty}
              columns={[
                { key: 'at', header: t('deliveries.updated'), cell: (d) => f.dateTime(d.updated_at) },
                {
                  key: 'recipient',
                  header: t('deliveries.recipient'),
                  cell: (d) => {
                    const path = labels.subjectPath(d);
                    const who = recipientOf(d);
                    return path ? <Link to={path}>{who ?? d.subject_id}</Link> : (who ?? t('common.none'));
                  },
                },
                {
                  key: 'to',
                  header: t('deliveries.to'),
                  cell: (d) => (
                    <>
                      {labels.targetName(d) ?? d.target}
                      <span className="cell-sub">
                        {providerName(d.provider)} · {d.target}
                      </span>
                    </>
                  ),
                },
                { key: 'attempts', header: t('deliveries.attempts'), className: 'num', cell: (d) => d.attempts },
                { key: 'error', header: t('deliveries.error'), cell: (d) => <span className="error-text">{d.last_error ?? t('common.none')}</span> },
                ...(can(PERMISSIONS.retryDeliveries)
                  ? [
                      {
                        key: 'actions',
                        header: t('common.actions'),
                        className: 'actions',
                        cell: (d: Delivery) => (
                          <button type="button" className="button button-primary" disabled={busy === d.id} onClick={() => void retry(d)} aria-label={`${t('common.retry')}: ${recipientOf(d) ?? d.target}`}>
                            {busy === d.id ? t('common.retrying') : t('common.retry')}
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
