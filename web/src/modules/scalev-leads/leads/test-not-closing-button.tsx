// The seed's Test button on a Follow Up row of the Leads list: moves that lead to Not Closing now, after a confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { Lead, LeadActionResult } from '../api-types';
import { ConfirmDialog } from '../../../components/dialog';
import { ErrorNotice, useToast } from '../../../components/notices';
import { useSignedIn } from '../../../session/session';
import { LEAD_PERMISSIONS } from '../permissions';

export function TestNotClosingButton({ lead, onDone }: { lead: Pick<Lead, 'id' | 'stage' | 'customer_name' | 'order_id'>; onDone(): void }) {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  if (lead.stage !== 'follow_up' || !can(LEAD_PERMISSIONS.sendLeads)) return null;

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await api.post<LeadActionResult>(`/api/leads/${encodeURIComponent(lead.id)}/test-not-closing`);
      toast(t('leads.outcome', { outcome: result.outcome }));
      setOpen(false);
      onDone();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        aria-label={t('leads.testNotClosingFor', { name: lead.customer_name || lead.order_id })}
        onClick={() => {
          setError(undefined);
          setOpen(true);
        }}
      >
        {t('leads.testButton')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('leads.testNotClosing')}
        message={t('leads.testNotClosingConfirm')}
        confirmLabel={t('leads.testNotClosing')}
        busy={busy}
        onCancel={() => setOpen(false)}
        onConfirm={() => void confirm()}
      >
        {error && <ErrorNotice error={error} />}
      </ConfirmDialog>
    </>
  );
}
