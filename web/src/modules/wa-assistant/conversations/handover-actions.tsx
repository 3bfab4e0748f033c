// Take over (a person answers and the assistant goes silent) and hand back (the assistant answers again).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { Dialog } from '../../../components/dialog';
import { TextAreaField, TextField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { useSignedIn } from '../../../session/session';
import type { Conversation, HandoverInput } from '../api-types';

export function HandoverActions({ conversation, onDone }: { conversation: Conversation; onDone(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { me } = useSignedIn();
  const [open, setOpen] = useState<'take' | 'back' | undefined>();
  const [assignTo, setAssignTo] = useState(me.user?.name ?? me.user?.email ?? '');
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      toast(done);
      setOpen(undefined);
      setNotes('');
      onDone();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };
  const takeOver = (event: FormEvent) => {
    event.preventDefault();
    const body: HandoverInput = { conversation_id: conversation.id, assigned_to: assignTo.trim(), ...(notes.trim() ? { handover_notes: notes.trim() } : {}) };
    void run(() => api.post('/api/conversations/handover', body), t('wa.conversation.tookOver'));
  };
  const handBack = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api.post(`/api/conversations/${encodeURIComponent(conversation.id)}/hand-back`, notes.trim() ? { notes: notes.trim() } : {}), t('wa.conversation.handedBack'));
  };
  const close = () => {
    setOpen(undefined);
    setError(undefined);
  };

  return (
    <div className="button-row wa-handover">
      {conversation.status !== 'person' && (
        <button type="button" className="button button-primary" onClick={() => setOpen('take')}>
          {t('wa.conversation.takeOver')}
        </button>
      )}
      {conversation.status !== 'bot' && (
        <button type="button" className="button" onClick={() => setOpen('back')}>
          {t('wa.conversation.handBack')}
        </button>
      )}
      <Dialog open={open === 'take'} title={t('wa.conversation.takeOverTitle')} onClose={close}>
        <form className="form" onSubmit={takeOver}>
          <p className="muted">{t('wa.conversation.takeOverHint')}</p>
          <TextField label={t('wa.conversation.assignTo')} value={assignTo} required maxLength={200} onChange={(e) => setAssignTo(e.target.value)} />
          <TextAreaField label={t('wa.conversation.handoverNotesLabel')} value={notes} maxLength={4000} rows={3} onChange={(e) => setNotes(e.target.value)} />
          {error && <ErrorNotice error={error} />}
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy || !assignTo.trim()}>
              {t('wa.conversation.takeOver')}
            </button>
          </div>
        </form>
      </Dialog>
      <Dialog open={open === 'back'} title={t('wa.conversation.handBackTitle')} onClose={close}>
        <form className="form" onSubmit={handBack}>
          <p className="muted">{t('wa.conversation.handBackHint')}</p>
          <TextAreaField label={t('wa.conversation.handoverNotesLabel')} value={notes} maxLength={4000} rows={3} onChange={(e) => setNotes(e.target.value)} />
          {error && <ErrorNotice error={error} />}
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('wa.conversation.handBack')}
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
