// The webhook log: what arrived (processed, skipped with the reason) and what was refused, with payloads and replay.
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { navigate, useLocation } from '../../router';
import { EventPayload } from './event-payload';
import { ReceivedEvents } from './received-events';
import { Rejections } from './rejections';

type Tab = 'received' | 'refused';

export function WebhookLogPage() {
  const { t } = useTranslation();
  const { query } = useLocation();
  const tab: Tab = query.get('tab') === 'refused' ? 'refused' : 'received';
  const eventId = query.get('event');
  const go = (params: Record<string, string>) => navigate(`/webhook-log?${new URLSearchParams(params).toString()}`, { replace: true });

  return (
    <Page title={t('webhooks.title')}>
      <div className="tabs" role="tablist" aria-label={t('webhooks.title')}>
        {(['received', 'refused'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className={tab === name ? 'tab is-active' : 'tab'}
            onClick={() => go({ tab: name })}
            onKeyDown={(event) => {
              // Arrow keys move between tabs, as screen-reader users expect of a tab list.
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              const other = name === 'received' ? 'refused' : 'received';
              go({ tab: other });
              document.getElementById(`tab-${other}`)?.focus();
            }}
          >
            {t(`webhooks.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'received' ? <ReceivedEvents onOpen={(id) => go({ tab, event: id })} /> : <Rejections />}
      </div>
      {eventId && <EventPayload id={eventId} onClose={() => go({ tab })} />}
    </Page>
  );
}
