// The conversation's messages as a chat: the customer's on the left, the assistant's and a person's on the right,
// attachments as links (the dashboard's CSP shows no outside images), each sent message with its delivery state.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import type { ConversationMessage } from '../api-types';
import { deliveryWords, mediaWords } from '../words';

function Author({ m, assignedTo }: { m: ConversationMessage; assignedTo: string | null }) {
  const { t } = useTranslation();
  if (m.author === 'customer') return <>{t('wa.author.customer')}</>;
  if (m.author === 'bot') return <>{t('wa.author.bot')}</>;
  // Who wrote it, as the server recorded; older replies (before that was recorded) fall back to the current owner.
  const name = m.author_name ?? assignedTo;
  return <>{name ? t('wa.author.person', { name }) : t('wa.author.personUnknown')}</>;
}

/** Only links the browser may open as they are: a `javascript:` or data URL from a webhook is shown as text. */
const safeLink = (url: string) => /^https?:\/\//i.test(url);

export function Thread({ messages, assignedTo }: { messages: readonly ConversationMessage[]; assignedTo: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (messages.length === 0) return <p className="empty">{t('wa.conversation.noMessages')}</p>;
  return (
    <ol className="wa-thread" aria-label={t('wa.conversation.thread')}>
      {messages.map((m) => {
        const state = m.direction === 'out' ? deliveryWords(t, m.delivery_status, m.ack) : undefined;
        return (
          <li key={m.id} className={`wa-bubble wa-bubble-${m.author}`} data-testid={`message-${m.author}`}>
            <p className="wa-bubble-head">
              <span className="wa-bubble-author">
                <Author m={m} assignedTo={assignedTo} />
              </span>
              <time dateTime={new Date(m.at).toISOString()}>{f.dateTime(m.at)}</time>
            </p>
            {m.media_url && (
              <p className="wa-media">
                {safeLink(m.media_url) ? (
                  <a href={m.media_url} target="_blank" rel="noopener noreferrer">
                    {t('wa.conversation.openMedia', { kind: mediaWords(t, m.kind) })}
                  </a>
                ) : (
                  <span>{mediaWords(t, m.kind)}</span>
                )}
              </p>
            )}
            {m.body && <p className="wa-bubble-body">{m.body}</p>}
            {state && <p className="wa-bubble-state">{state}</p>}
          </li>
        );
      })}
    </ol>
  );
}
