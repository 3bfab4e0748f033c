// A person's own reply, sent through WAHA from the business number (POST /api/conversations/:id/messages).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { TextAreaField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import type { PersonReplyInput } from '../api-types';

export function ReplyForm({ conversationId, onSent }: { conversationId: string; onSent(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body: PersonReplyInput = { text: text.trim() };
      await api.post(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, body);
      setText('');
      toast(t('wa.conversation.sent'));
      onSent();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form wa-reply" onSubmit={(e) => void send(e)} aria-label={t('wa.conversation.reply')}>
      <TextAreaField label={t('wa.conversation.replyLabel')} hint={t('wa.conversation.replyHint')} value={text} maxLength={4096} rows={3} onChange={(e) => setText(e.target.value)} />
      {error && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !text.trim()}>
          {busy ? t('wa.conversation.sending') : t('wa.conversation.send')}
        </button>
      </div>
    </form>
  );
}
