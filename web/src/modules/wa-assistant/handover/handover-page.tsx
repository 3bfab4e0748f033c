// The handover queue: conversations waiting for a person, the longest waiting first, with the AI's notes and
// why it escalated; and the open alerts. From GET /api/marketing/dashboard, which keeps the queue in that order.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { useLiveRefresh } from '../../../components/live';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { useAiNotes } from '../ai-notes';
import { PHASES, type MarketingDashboard, type PendingHandover } from '../api-types';
import { PhaseBadge } from '../badges';
import { Waiting } from '../conversations/waiting';
import { WhatsappHealthBanner } from '../health-banner';
import { WA_LIVE_KINDS } from '../live';
import { alertWords, reasonWords } from '../words';

const asPhase = (p: string) => PHASES.find((x) => x === p);

export function HandoverPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const aiNotes = useAiNotes();
  const board = useApi(() => api.get<MarketingDashboard>('/api/marketing/dashboard'), []);
  useLiveRefresh(WA_LIVE_KINDS, board.reload);
  const none = t('common.none');

  return (
    <Page title={t('wa.handover.title')} intro={t('wa.handover.intro')}>
      <WhatsappHealthBanner />
      <Loadable {...board}>
        {(b) => (
          <>
            {b.pending_handover.length === 0 ? (
              <EmptyState title={t('wa.handover.emptyTitle')} hint={t('wa.handover.emptyHint')} testId="wa-handover-empty" />
            ) : (
              <DataTable
                caption={t('wa.handover.title')}
                rows={b.pending_handover}
                rowKey={(h) => h.id}
                empty={t('wa.handover.emptyTitle')}
                columns={[
                  {
                    key: 'customer',
                    header: t('wa.inbox.customer'),
                    cell: (h: PendingHandover) => (
                      <>
                        <Link to={`/wa/conversations/${encodeURIComponent(h.id)}`}>{h.phone}</Link>
                        {h.last_message && <span className="cell-sub wa-last-message">{h.last_message}</span>}
                      </>
                    ),
                  },
                  {
                    key: 'phase',
                    header: t('wa.inbox.phase'),
                    cell: (h) => {
                      const p = asPhase(h.phase);
                      return p ? <PhaseBadge phase={p} /> : h.phase;
                    },
                  },
                  { key: 'reason', header: t('wa.handover.reason'), cell: (h) => (h.escalation_reason ? reasonWords(t, h.escalation_reason) : none) },
                  { key: 'package', header: t('wa.handover.package'), cell: (h) => h.interested_package ?? none },
                  { key: 'notes', header: t('wa.handover.notes'), cell: (h) => aiNotes(h.ai_note_codes, h.ai_notes) ?? none },
                  { key: 'waiting', header: t('wa.inbox.waiting'), cell: (h) => <Waiting since={h.waiting_since ?? undefined} /> },
                ]}
              />
            )}
            <section className="card" aria-labelledby="wa-alerts-title">
              <h2 id="wa-alerts-title">{t('wa.handover.alerts')}</h2>
              {b.alerts.length === 0 ? (
                <p className="empty">{t('wa.handover.noAlerts')}</p>
              ) : (
                <ul className="timeline">
                  {b.alerts.map((a) => (
                    <li key={a.id} className="timeline-item">
                      <p className="timeline-head">
                        <strong>{alertWords(t, a.kind)}</strong> <time dateTime={new Date(a.created_at).toISOString()}>{f.dateTime(a.created_at)}</time>
                      </p>
                      {/* The alert's own sentence is English for the owner's WhatsApp; the kind says it in the reader's language. */}
                      {a.conversation_id && (
                        <p>
                          <Link to={`/wa/conversations/${encodeURIComponent(a.conversation_id)}`}>{t('wa.handover.open')}</Link>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Loadable>
    </Page>
  );
}
