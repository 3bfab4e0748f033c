// Refill reminders not sent yet, each with a button that sends it over WhatsApp now (a second send sends nothing).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { ErrorNotice, useToast } from '../../../components/notices';
import { useFormat } from '../../../format/use-format';
import type { NotifyResult, RefillReminder } from '../api-types';

export function RefillList({ reminders, onSent, empty }: { reminders: readonly RefillReminder[]; onSent(): void; empty: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const toast = useToast();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<ApiError>();
  if (reminders.length === 0) return <p className="empty">{empty}</p>;

  const send = async (reminder: RefillReminder) => {
    setBusy(reminder.id);
    setError(undefined);
    try {
      const result = await api.post<NotifyResult>(`/api/customers/reminders/${encodeURIComponent(reminder.id)}/notify`);
      toast(result.sent ? t('pharmacy.refills.sent', { medicine: reminder.medicine_name }) : t('pharmacy.refills.alreadySent', { medicine: reminder.medicine_name }));
      onSent();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      {error && <ErrorNotice error={error} />}
      <ul className="pharmacy-cards" data-testid="refills">
        {reminders.map((r) => (
          <li key={r.id} className="card pharmacy-refill">
            <div>
              <strong>{r.medicine_name}</strong>
              <span className="cell-sub">{t('pharmacy.refills.due', { day: f.day(r.reminder_date) })}</span>
              <span className="cell-sub mono">{r.customer_id}</span>
            </div>
            <button type="button" className="button button-primary" disabled={busy !== undefined || r.notification_sent} onClick={() => void send(r)}>
              {r.notification_sent ? t('pharmacy.refills.wasSent') : busy === r.id ? t('pharmacy.refills.sending') : t('pharmacy.refills.sendNow')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
