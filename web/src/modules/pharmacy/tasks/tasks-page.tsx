// My tasks today: the contacts the call queue handed to the signed-in staff member (a manager picks whose), their
// follow-ups due, and the refill reminders due today.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { EmptyState } from '../../../components/empty-state';
import { SelectField } from '../../../components/fields';
import { Loadable, Page } from '../../../components/page';
import { PhoneLinks } from '../../../components/phone-links';
import { useFormat } from '../../../format/use-format';
import { useSignedIn } from '../../../session/session';
import type { Tasks } from '../api-types';
import { PHARMACY_PERMISSIONS } from '../permissions';
import { RefillList } from '../refills/refill-list';
import { useMyStaff, useStaff } from '../use-staff';
import { TaskCard } from './task-card';

export function TasksPage() {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  const staff = useStaff();
  const mine = useMyStaff(staff.data?.items);
  const [chosen, setChosen] = useState('');
  const manager = can(PHARMACY_PERMISSIONS.manageStaff);
  const code = chosen || mine?.staff_code || (manager ? (staff.data?.items[0]?.staff_code ?? '') : '');

  return (
    <Page title={t('pharmacy.tasks.title')} intro={t('pharmacy.tasks.intro')}>
      {manager && (staff.data?.items.length ?? 0) > 0 && (
        <form className="filters filters-narrow" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label={t('pharmacy.tasks.whose')}
            value={code}
            onChange={(e) => setChosen(e.target.value)}
            options={(staff.data?.items ?? []).map((s) => ({ value: s.staff_code, label: `${s.name} (${s.staff_code})` }))}
          />
        </form>
      )}
      <Loadable {...staff}>
        {(list) =>
          code ? (
            <StaffTasks key={code} code={code} />
          ) : list.items.length === 0 ? (
            <EmptyState title={t('pharmacy.tasks.noStaffTitle')} hint={t('pharmacy.tasks.noStaffHint')} testId="tasks-no-staff" />
          ) : (
            <EmptyState title={t('pharmacy.tasks.notLinkedTitle')} hint={t('pharmacy.tasks.notLinkedHint')} testId="tasks-not-linked" />
          )
        }
      </Loadable>
    </Page>
  );
}

function StaffTasks({ code }: { code: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tasks = useApi(() => api.get<Tasks>(`/api/customers/staff/${encodeURIComponent(code)}/tasks`), [code]);
  return (
    <Loadable {...tasks}>
      {(today) => (
        <>
          <h2>{t('pharmacy.tasks.toCall', { count: today.contacts.filter((c) => c.task_status === 'claimed').length })}</h2>
          {today.contacts.length === 0 ? (
            <EmptyState title={t('pharmacy.tasks.noCallsTitle')} hint={t('pharmacy.tasks.noCallsHint')} testId="tasks-empty" />
          ) : (
            <ul className="pharmacy-cards" aria-label={t('pharmacy.tasks.calls')}>
              {today.contacts.map((c) => (
                <TaskCard key={c.id} task={c} staffCode={code} today={today.date} onChanged={tasks.reload} />
              ))}
            </ul>
          )}
          <h2>{t('pharmacy.tasks.followUps')}</h2>
          {today.reminders.length === 0 ? (
            <p className="empty">{t('pharmacy.tasks.noFollowUps')}</p>
          ) : (
            <ul className="pharmacy-cards" data-testid="follow-ups">
              {today.reminders.map((r) => (
                <li key={r.id} className="card">
                  <strong>{r.contact_name ?? t('pharmacy.noName')}</strong> <PhoneLinks phone={r.contact_phone} />
                  <span className="cell-sub">{f.dateTime(r.remind_at)}</span>
                  {r.note && <span className="cell-sub">{r.note}</span>}
                </li>
              ))}
            </ul>
          )}
          {today.generic_education.length > 0 && (
            <>
              <h2>{t('pharmacy.tasks.generics')}</h2>
              <ul className="pharmacy-cards" data-testid="generic-education">
                {today.generic_education.map((g) => (
                  <li key={g.customer_id} className="card">
                    <strong>{g.customer_name ?? t('pharmacy.noName')}</strong> <PhoneLinks phone={g.customer_phone} />
                    {g.suggestions.map((x) => (
                      <span key={`${x.medicine_name}-${x.generic_name}`} className="cell-sub">
                        {t('pharmacy.tasks.genericSuggestion', { medicine: x.medicine_name, generic: x.generic_name })}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>{t('pharmacy.tasks.refillsDue')}</h2>
          {/* This person's customers only (the refill list page shows everyone's). */}
          <RefillList reminders={today.refills} onSent={tasks.reload} empty={t('pharmacy.tasks.noRefills')} />
        </>
      )}
    </Loadable>
  );
}
