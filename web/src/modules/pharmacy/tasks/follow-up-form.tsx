// Setting a follow-up for a contact: a day and a time in the workspace's time zone, and a note.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { TextField } from '../../../components/fields';
import { ErrorNotice } from '../../../components/notices';
import { startOfDay } from '../../../format/time';
import { useFormat } from '../../../format/use-format';
import type { FollowUp, FollowUpInput } from '../api-types';

/** The day after `isoDate` (YYYY-MM-DD), by calendar arithmetic on the date alone. */
function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

export function FollowUpForm({ contactId, staffCode, today, onSaved, onCancel }: { contactId: string; staffCode: string; today: string; onSaved(followUp: FollowUp): void; onCancel(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [day, setDay] = useState(nextDay(today));
  const [time, setTime] = useState('09:00');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const midnight = startOfDay(day, f.timeZone);
    const [hours, minutes] = time.split(':').map(Number);
    if (midnight === undefined || hours === undefined || minutes === undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      // Indonesia keeps no daylight saving, so the hours after local midnight are the wall-clock time.
      const body: FollowUpInput = { remind_at: midnight + hours * 3_600_000 + minutes * 60_000, note: note.trim() || null, staff_code: staffCode };
      onSaved(await api.post<FollowUp>(`/api/customers/contacts/${encodeURIComponent(contactId)}/reminder`, body));
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form pharmacy-inline-form" onSubmit={(e) => void submit(e)} aria-label={t('pharmacy.tasks.setFollowUp')}>
      <div className="inline-fields">
        <TextField label={t('pharmacy.tasks.followUpDay')} type="date" value={day} min={today} onChange={(e) => setDay(e.target.value)} required />
        <TextField label={t('pharmacy.tasks.followUpTime')} type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
      </div>
      <TextField label={t('pharmacy.tasks.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      {error && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('pharmacy.tasks.saveFollowUp')}
        </button>
      </div>
    </form>
  );
}
