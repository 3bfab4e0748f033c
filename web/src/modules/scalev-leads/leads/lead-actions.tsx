// A lead's actions: move with a reason, the seed's Test Not Closing button, and send to the list again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { STAGES, type LeadActionResult, type LeadDetail, type Stage } from '../api-types';
import { ConfirmDialog, Dialog } from '../../../components/dialog';
import { SelectField, TextAreaField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { useWordNotes } from '../../../components/notes';
import { useSignedIn } from '../../../session/session';
import { LEAD_PERMISSIONS } from '../permissions';

type Open = 'none' | 'move' | 'test' | 'resend';

export function LeadActions({ lead, onDone }: { lead: LeadDetail; onDone(): void }) {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  const toast = useToast();
  const wordNotes = useWordNotes();
  const [open, setOpen] = useState<Open>('none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const others = STAGES.filter((s) => s !== lead.stage);
  const [stage, setStage] = useState<Stage>(others[0] ?? 'closing');
  const [reason, setReason] = useState('');

  if (!can(LEAD_PERMISSIONS.moveLeads) && !can(LEAD_PERMISSIONS.sendLeads)) return null;

  const show = (which: Open) => {
    setError(undefined);
    setOpen(which);
    if (which === 'move') {
      setStage(others[0] ?? 'closing');
      setReason('');
    }
  };

  const run = async (call: () => Promise<Pick<LeadActionResult, 'notes'>>) => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await call();
      toast(t('leads.outcome', { outcome: wordNotes(result.notes).join(' ') || t('common.done') }));
      setOpen('none');
      onDone();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };
  const base = `/api/leads/${encodeURIComponent(lead.id)}`;

  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('leads.actionsTitle')}</h2>
      <div className="button-row">
        {can(LEAD_PERMISSIONS.moveLeads) && (
          <button type="button" className="button" onClick={() => show('move')}>
            {t('leads.move')}
          </button>
        )}
        {can(LEAD_PERMISSIONS.sendLeads) && lead.stage === 'follow_up' && (
          <button type="button" className="button" onClick={() => show('test')}>
            {t('leads.testNotClosing')}
          </button>
        )}
        {can(LEAD_PERMISSIONS.sendLeads) && (
          <button type="button" className="button" onClick={() => show('resend')}>
            {t('leads.resend')}
          </button>
        )}
      </div>

      <Dialog open={open === 'move'} title={t('leads.move')} onClose={() => setOpen('none')}>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => api.post<LeadActionResult>(`${base}/move`, { stage, reason }));
          }}
        >
          {error && <ErrorNotice error={error} />}
          <SelectField label={t('leads.moveTo')} value={stage} onChange={(e) => setStage(e.target.value as Stage)} options={others.map((s) => ({ value: s, label: t(`stage.${s}`) }))} />
          <TextAreaField label={t('leads.reason')} hint={t('leads.reasonHint')} required minLength={3} maxLength={500} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setOpen('none')}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('leads.moveButton')}
            </button>
          </div>
        </form>
      </Dialog>

      <ConfirmDialog
        open={open === 'test'}
        title={t('leads.testNotClosing')}
        message={t('leads.testNotClosingConfirm')}
        confirmLabel={t('leads.testNotClosing')}
        busy={busy}
        onCancel={() => setOpen('none')}
        onConfirm={() => void run(() => api.post<LeadActionResult>(`${base}/test-not-closing`))}
      >
        {error && <ErrorNotice error={error} />}
      </ConfirmDialog>

      <ConfirmDialog
        open={open === 'resend'}
        title={t('leads.resend')}
        message={t('leads.resendConfirm')}
        confirmLabel={t('leads.resend')}
        busy={busy}
        onCancel={() => setOpen('none')}
        onConfirm={() => void run(() => api.post<LeadActionResult>(`${base}/resend`))}
      >
        {error && <ErrorNotice error={error} />}
      </ConfirmDialog>
    </section>
  );
}
