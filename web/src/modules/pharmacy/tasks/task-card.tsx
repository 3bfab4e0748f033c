// One contact on today's list: call them (tel:) or open WhatsApp, log the call in two taps (Log call → how it went),
// set a follow-up, change the status.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { SelectField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { internationalPhone } from '../../../components/phone-links';
import { useSignedIn } from '../../../session/session';
import { CONTACT_STATUSES, type Contact, type InteractInput, type InteractResult, type TaskContact } from '../api-types';
import { ContactStatusBadge } from '../status-badges';
import { FollowUpForm } from './follow-up-form';

type Open = 'none' | 'log' | 'followUp' | 'status';

export function TaskCard({ task, staffCode, today, onChanged }: { task: TaskContact; staffCode: string; today: string; onChanged(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { workspace } = useSignedIn();
  const [open, setOpen] = useState<Open>('none');
  const [contact, setContact] = useState<Contact>(task);
  const [status, setStatus] = useState<string>(task.status);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const e164 = internationalPhone(contact.phone, workspace.country) ?? contact.phone;
  const name = contact.name ?? t('pharmacy.noName');
  const done = task.task_status === 'done' || contact.last_interaction_at !== task.last_interaction_at;

  const act = async (work: () => Promise<Contact>, words: string) => {
    setBusy(true);
    setError(undefined);
    try {
      setContact(await work());
      setOpen('none');
      toast(words);
      onChanged();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const logCall = (successful: boolean) =>
    act(async () => {
      const body: InteractInput = { staff_code: staffCode, interaction_type: 'call', call_successful: successful };
      return (await api.post<InteractResult>(`/api/customers/contacts/${encodeURIComponent(contact.id)}/interact`, body)).contact;
    }, t('pharmacy.tasks.callLogged', { name }));

  return (
    <li className={done ? 'card pharmacy-task pharmacy-task-done' : 'card pharmacy-task'} data-testid="task" data-contact={contact.id}>
      <div className="pharmacy-task-head">
        <strong>{name}</strong>
        <ContactStatusBadge status={contact.status} />
        {task.carried_over && <span className="badge badge-warn">{t('pharmacy.tasks.carriedOver')}</span>}
        {done && <span className="badge badge-good">{t('pharmacy.tasks.called')}</span>}
      </div>
      {contact.city && <p className="muted">{contact.city}</p>}
      {contact.notes && <p className="muted">{contact.notes}</p>}
      <div className="pharmacy-task-actions">
        <a className="button button-primary" href={`tel:${e164}`} aria-label={t('phone.call', { phone: e164 })}>
          {t('pharmacy.tasks.call')} {e164}
        </a>
        <a className="button" href={`https://wa.me/${e164.replace(/\D/g, '')}`} target="_blank" rel="noopener noreferrer" aria-label={t('phone.whatsapp', { phone: e164 })}>
          WhatsApp
        </a>
      </div>
      <div className="pharmacy-task-actions">
        <button type="button" className="button" aria-expanded={open === 'log'} onClick={() => setOpen(open === 'log' ? 'none' : 'log')}>
          {t('pharmacy.tasks.logCall')}
        </button>
        <button type="button" className="button" aria-expanded={open === 'followUp'} onClick={() => setOpen(open === 'followUp' ? 'none' : 'followUp')}>
          {t('pharmacy.tasks.setFollowUp')}
        </button>
        <button type="button" className="button" aria-expanded={open === 'status'} onClick={() => setOpen(open === 'status' ? 'none' : 'status')}>
          {t('pharmacy.tasks.changeStatus')}
        </button>
      </div>
      {open === 'log' && (
        <div className="pharmacy-task-actions" role="group" aria-label={t('pharmacy.tasks.howWasCall')}>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void logCall(true)}>
            {t('pharmacy.tasks.answered')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void logCall(false)}>
            {t('pharmacy.tasks.noAnswer')}
          </button>
        </div>
      )}
      {open === 'followUp' && (
        <FollowUpForm
          contactId={contact.id}
          staffCode={staffCode}
          today={today}
          onCancel={() => setOpen('none')}
          onSaved={() => {
            setOpen('none');
            toast(t('pharmacy.tasks.followUpSaved', { name }));
            onChanged();
          }}
        />
      )}
      {open === 'status' && (
        <form
          className="form pharmacy-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () => api.put<Contact>(`/api/customers/contacts/${encodeURIComponent(contact.id)}/status`, { status }),
              t('pharmacy.tasks.statusSaved', { name }),
            );
          }}
        >
          <SelectField label={t('common.status')} value={status} onChange={(e) => setStatus(e.target.value)} options={CONTACT_STATUSES.map((s) => ({ value: s, label: t(`pharmacy.status.${s}`) }))} />
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {t('common.save')}
          </button>
        </form>
      )}
      {error && <ErrorNotice error={error} />}
    </li>
  );
}
