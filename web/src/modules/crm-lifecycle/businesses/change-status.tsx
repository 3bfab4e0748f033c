// "Change status": a person sets any of the three statuses (even out of Purchased or Unsubscribed), always with a reason.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { STATUS_FIELDS, STATUS_FIELD_NAMES, type Business, type StatusField } from '../api-types';
import { Dialog } from '../../../components/dialog';
import { SelectField, TextAreaField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { useSignedIn } from '../../../session/session';
import { statusLabel } from '../status-badges';
import { CRM_PERMISSIONS } from '../permissions';

/** The values a field can change to: all but the current one. */
const othersOf = (business: Business, field: StatusField): readonly string[] => STATUS_FIELDS[field].filter((s) => s !== business[field]);

export function ChangeStatus({ business, onChanged }: { business: Business; onChanged(): void }) {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [field, setField] = useState<StatusField>('contact_status');
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  if (!can(CRM_PERMISSIONS.editBusinesses)) return null;

  const pickField = (next: StatusField) => {
    setField(next);
    setStatus(othersOf(business, next)[0] ?? '');
  };
  const show = () => {
    pickField('contact_status');
    setReason('');
    setError(undefined);
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post<Business>(`/api/v1/crm/businesses/${encodeURIComponent(business.id)}/status`, { field, status, reason: reason.trim() });
      toast(t('crm.statusChanged'));
      setOpen(false);
      onChanged();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="crm-actions-title">
      <h2 id="crm-actions-title">{t('common.actions')}</h2>
      <div className="button-row">
        <button type="button" className="button" onClick={show}>
          {t('crm.changeStatus')}
        </button>
      </div>
      <Dialog open={open} title={t('crm.changeStatus')} onClose={() => setOpen(false)}>
        <form className="form" onSubmit={(e) => void submit(e)}>
          {error && <ErrorNotice error={error} />}
          <SelectField
            label={t('crm.whichStatus')}
            value={field}
            onChange={(e) => pickField(e.target.value as StatusField)}
            options={STATUS_FIELD_NAMES.map((f) => ({ value: f, label: t(`crm.field.${f}`) }))}
          />
          <SelectField
            label={t('crm.newStatus')}
            hint={t('crm.nowIs', { status: statusLabel(t, field, business[field]) })}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            options={othersOf(business, field).map((s) => ({ value: s, label: statusLabel(t, field, s) }))}
          />
          <TextAreaField
            label={t('crm.reason')}
            hint={t('crm.reasonHint')}
            required
            minLength={3}
            maxLength={500}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('crm.changeButton')}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
