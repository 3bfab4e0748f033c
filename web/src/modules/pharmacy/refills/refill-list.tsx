// Refill reminders not sent yet, with whom to call, each with a button that sends it over WhatsApp now (a second send sends nothing).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { ErrorNotice, useToast } from '../../../components/notices';
import { useFormat } from '../../../format/use-format';
import { PhoneLinks } from '../../../components/phone-links';
import type { NotifyResult, PendingRefill } from '../api-types';

export function RefillList({ reminders, onSent, empty }: { reminders: readonly PendingRefill[]; onSent(): void; empty: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const toast = useToast();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<ApiError>();
  if (reminders.length === 0) return <p className="empty">{empty}</p>;

  const send = async (reminder: PendingRefill) => {
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
              <span className="cell-sub">
                {r.customer_name ?? t('pharmacy.noName')} · <PhoneLinks phone={r.customer_phone} />
              </span>
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
