// One conversation: who and where it stands, the AI's notes, take over / hand back, the thread with a person's
// reply box, what the assistant decided at each turn, and the phase history. It follows new messages by itself.
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { useLiveRefresh } from '../../../components/live';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { Link } from '../../../router';
import { useSignedIn } from '../../../session/session';
import { useAiNotes } from '../ai-notes';
import type { ConversationDetail } from '../api-types';
import { PhaseBadge, StatusBadge } from '../badges';
import { WA_LIVE_KINDS } from '../live';
import { WA_PERMISSIONS } from '../permissions';
import { intentWords, reasonWords } from '../words';
import { HandoverActions } from './handover-actions';
import { PhaseHistory } from './phase-history';
import { ReplyForm } from './reply-form';
import { Thread } from './thread';
import { Turns } from './turns';
import { Waiting, waitingSince } from './waiting';

export function ConversationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const aiNotes = useAiNotes();
  const conversation = useApi(() => api.get<ConversationDetail>(`/api/conversations/${encodeURIComponent(id)}`), [id]);
  useLiveRefresh(WA_LIVE_KINDS, conversation.reload);
  const none = t('common.none');

  return (
    <Page
      title={conversation.data?.phone ?? t('wa.inbox.title')}
      actions={
        <Link to="/wa/conversations" className="button">
          ← {t('wa.conversation.back')}
        </Link>
      }
    >
      <Loadable {...conversation}>
        {(c) => {
          const lastTurn = c.turns[c.turns.length - 1];
          return (
            <>
              <section className="card" aria-label={t('common.details')}>
                <div className="wa-states">
                  <PhaseBadge phase={c.phase} />
                  <StatusBadge status={c.status} />
                  {c.high_intent && <span className="badge badge-warn">{t('wa.conversation.highIntent')}</span>}
                  <Waiting since={waitingSince(c)} />
                </div>
                <dl className="facts">
                  <div>
                    <dt>{t('wa.conversation.assigned')}</dt>
                    <dd data-testid="conversation-owner">{c.assigned_to ?? t('wa.inbox.nobody')}</dd>
                  </div>
                  <div>
                    <dt>{t('wa.conversation.package')}</dt>
                    <dd>{c.package_code ?? none}</dd>
                  </div>
                  <div>
                    <dt>{t('wa.conversation.campaign')}</dt>
                    <dd>{c.campaign_code ?? none}</dd>
                  </div>
                  <div>
                    <dt>{t('wa.conversation.language')}</dt>
                    <dd>{t(`wa.language.${c.language}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('wa.conversation.confidence')}</dt>
                    <dd data-testid="conversation-confidence">{c.last_confidence === null ? none : f.percent(c.last_confidence)}</dd>
                  </div>
                  <div>
                    <dt>{t('wa.conversation.started')}</dt>
                    <dd>{f.dateTime(c.created_at)}</dd>
                  </div>
                </dl>
              </section>
              <section className="card" aria-labelledby="wa-notes-title">
                <h2 id="wa-notes-title">{t('wa.conversation.notes')}</h2>
                <dl className="facts">
                  <div>
                    <dt>{t('wa.conversation.intent')}</dt>
                    <dd>{lastTurn?.intent ? <IntentText code={lastTurn.intent} /> : none}</dd>
                  </div>
                  <div>
                    <dt>{t('wa.conversation.escalation')}</dt>
                    <dd data-testid="escalation-reason">{c.escalation_reason ? reasonWords(t, c.escalation_reason) : none}</dd>
                  </div>
                  <div>
                    <dt>{t('wa.conversation.notes')}</dt>
                    <dd data-testid="ai-notes">{aiNotes(c.ai_note_codes, c.ai_notes) ?? none}</dd>
                  </div>
                  <div>
                    <dt>{t('wa.conversation.handoverNotes')}</dt>
                    <dd>{c.handover_notes ?? none}</dd>
                  </div>
                </dl>
                {can(WA_PERMISSIONS.handle) ? <HandoverActions conversation={c} onDone={conversation.reload} /> : <p className="muted">{t('wa.conversation.readOnly')}</p>}
              </section>
              <section className="card" aria-labelledby="wa-thread-title">
                <h2 id="wa-thread-title">{t('wa.conversation.thread')}</h2>
                <Thread messages={c.messages} assignedTo={c.assigned_to} />
                {can(WA_PERMISSIONS.handle) && <ReplyForm conversationId={c.id} onSent={conversation.reload} />}
              </section>
              <div className="grid-2">
                <section className="card" aria-labelledby="wa-turns-title">
                  <h2 id="wa-turns-title">{t('wa.conversation.turns')}</h2>
                  <Turns turns={c.turns} />
                </section>
                <section className="card" aria-labelledby="wa-history-title">
                  <h2 id="wa-history-title">{t('wa.conversation.phaseHistory')}</h2>
                  <PhaseHistory history={c.phase_history} />
                </section>
              </div>
            </>
          );
        }}
      </Loadable>
    </Page>
  );
}

function IntentText({ code }: { code: string }) {
  const { t } = useTranslation();
  return <span data-testid="last-intent">{intentWords(t, code)}</span>;
}
