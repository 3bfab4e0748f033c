// One stored webhook: its headers and its raw body as received (GET /api/events/{id}).
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { WebhookEventDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { EventBadge } from '../../components/badges';
import { Dialog } from '../../components/dialog';
import { JsonView } from '../../components/json-view';
import { Loadable } from '../../components/page';
import { useFormat } from '../../format/use-format';
import { providerName } from '../../format/provider';

export function EventPayload({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const event = useApi(() => api.get<WebhookEventDetail>(`/api/events/${encodeURIComponent(id)}`), [id]);
  return (
    <Dialog open wide title={t('webhooks.payloadTitle', { type: event.data?.type ?? '' })} onClose={onClose}>
      <Loadable {...event}>
        {(e) => (
          <>
            <p>
              <EventBadge status={e.status} /> {e.outcome} · {f.dateTime(e.received_at)} · {providerName(e.source)}
              {e.verified && ` · ✓ ${t('webhooks.verified')}`}
            </p>
            <h3>{t('webhooks.body')}</h3>
            <JsonView value={e.body} label={t('webhooks.body')} />
            <details>
              <summary>{t('webhooks.headers')}</summary>
              <JsonView value={e.headers} label={t('webhooks.headers')} />
            </details>
          </>
        )}
      </Loadable>
    </Dialog>
  );
}
