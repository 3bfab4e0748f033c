// What the assistant decided at each turn: intent, confidence, phase, escalation, the engine and prompt version.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { useAiNotes } from '../ai-notes';
import type { ConversationTurn } from '../api-types';
import { fallbackWords, intentWords, reasonWords, turnStatusWords } from '../words';

export function Turns({ turns }: { turns: readonly ConversationTurn[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const aiNotes = useAiNotes();
  if (turns.length === 0) return <p className="empty">{t('wa.conversation.noTurns')}</p>;
  return (
    <ol className="timeline">
      {[...turns].reverse().map((turn) => {
        const notes = aiNotes(turn.note_codes, turn.notes);
        return (
          <li key={turn.id} className="timeline-item" data-testid="turn">
            <p className="timeline-head">
              <strong>{turn.intent ? intentWords(t, turn.intent) : turnStatusWords(t, turn.status)}</strong>{' '}
              <time dateTime={new Date(turn.decided_at).toISOString()}>{f.dateTime(turn.decided_at)}</time>
            </p>
            <p>
              {turnStatusWords(t, turn.status)} · {t('wa.conversation.messagesInTurn', { count: turn.message_count })}
              {turn.confidence !== null && (
                <>
                  {' '}
                  · {t('wa.conversation.confidence')} {f.percent(turn.confidence)}
                </>
              )}
              {' · '}
              {t(turn.engine === 'llm' ? 'wa.engine.llm' : 'wa.engine.rules')}
              {turn.model && <> ({turn.model})</>}
              {turn.prompt_version && <> · {t('wa.conversation.promptVersion', { version: turn.prompt_version })}</>}
            </p>
            {turn.escalate && turn.escalation_reason && (
              <p>
                {t('wa.conversation.escalation')}: {reasonWords(t, turn.escalation_reason)}
              </p>
            )}
            {turn.fallback_reason && <p data-testid="turn-fallback">{t('wa.engine.fellBack', { reason: fallbackWords(t, turn.fallback_reason) })}</p>}
            {notes && (
              <p className="muted" data-testid="turn-notes">
                {notes}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
