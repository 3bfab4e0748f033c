// Webhooks refused (bad signature, malformed, too large) and why (GET /api/webhook-rejections).
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { RejectionPage } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { useLiveRefresh } from '../../components/live';
import { Loadable } from '../../components/page';
import { Pager, useKeysetPages } from '../../components/pager';
import { useFormat } from '../../format/use-format';
import { providerName } from '../../format/provider';

export function Rejections() {
  const { t } = useTranslation();
  const f = useFormat();
  const pages = useKeysetPages('');
  const rejections = useApi(() => api.get<RejectionPage>('/api/webhook-rejections', { cursor: pages.cursor, limit: 50 }), [pages.cursor]);
  useLiveRefresh(['rejections'], () => {
    if (pages.page === 1) rejections.reload();
  });
  return (
    <Loadable {...rejections}>
      {(page) => (
        <>
          <DataTable
            caption={t('webhooks.refused')}
            rows={page.items}
            rowKey={(r) => String(r.id)}
            empty={t('webhooks.noRejections')}
            columns={[
              { key: 'at', header: t('webhooks.receivedAt'), cell: (r) => f.dateTime(r.received_at) },
              { key: 'source', header: t('webhooks.provider'), cell: (r) => providerName(r.source) },
              { key: 'reason', header: t('webhooks.reason'), cell: (r) => r.reason },
              { key: 'status', header: t('webhooks.httpStatus'), className: 'num', cell: (r) => r.status_code },
              { key: 'count', header: t('webhooks.times'), className: 'num', cell: (r) => (r.count > 1 ? t('webhooks.timesCounted', { count: r.count }) : r.count) },
              { key: 'from', header: t('webhooks.from'), cell: (r) => r.remote_addr ?? t('common.none') },
            ]}
          />
          <Pager page={pages.page} hasNext={page.next_cursor !== null} onFirst={pages.first} onPrevious={pages.previous} onNext={() => pages.next(page.next_cursor)} />
        </>
      )}
    </Loadable>
  );
}
