// The people who call contacts and serve the counter: managers add, change, deactivate and bring them back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { DataTable } from '../../../components/data-table';
import { ConfirmDialog, Dialog } from '../../../components/dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorNotice, useToast } from '../../../components/notices';
import { Loadable, Page } from '../../../components/page';
import { PhoneLinks } from '../../../components/phone-links';
import { useSignedIn } from '../../../session/session';
import type { Staff } from '../api-types';
import { PHARMACY_PERMISSIONS } from '../permissions';
import { useStaff } from '../use-staff';
import { StaffForm } from './staff-form';

export function StaffPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { can } = useSignedIn();
  const manager = can(PHARMACY_PERMISSIONS.manageStaff);
  const staff = useStaff(true);
  const [editing, setEditing] = useState<Staff | 'new'>();
  const [leaving, setLeaving] = useState<Staff>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const setActive = async (person: Staff, active: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.patch<Staff>(`/api/customers/staff/${encodeURIComponent(person.staff_code)}`, { active });
      toast(active ? t('pharmacy.staff.reactivated', { name: person.name }) : t('pharmacy.staff.deactivated', { name: person.name }));
      setLeaving(undefined);
      staff.reload();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={t('pharmacy.staff.title')}
      intro={t('pharmacy.staff.intro')}
      actions={
        manager && (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            + {t('pharmacy.staff.add')}
          </button>
        )
      }
    >
      {error && !leaving && <ErrorNotice error={error} />}
      <Loadable {...staff}>
        {(list) =>
          list.items.length === 0 ? (
            <EmptyState title={t('pharmacy.staff.emptyTitle')} hint={manager ? t('pharmacy.staff.emptyHint') : t('pharmacy.staff.emptyHintReader')} testId="staff-empty" />
          ) : (
            <DataTable
              caption={t('pharmacy.staff.title')}
              rows={list.items}
              rowKey={(s) => s.staff_code}
              empty={t('pharmacy.staff.emptyTitle')}
              columns={[
                {
                  key: 'who',
                  header: t('pharmacy.staff.name'),
                  cell: (s) => (
                    <>
                      <strong>{s.name}</strong>
                      <span className="cell-sub mono">{s.staff_code}</span>
                    </>
                  ),
                },
                { key: 'phone', header: t('pharmacy.staff.phone'), cell: (s) => (s.phone ? <PhoneLinks phone={s.phone} /> : t('common.none')) },
                { key: 'cap', header: t('pharmacy.staff.capShort'), cell: (s) => s.max_contacts_per_day, className: 'num' },
                {
                  key: 'active',
                  header: t('common.status'),
                  cell: (s) => <span className={s.active ? 'badge badge-good' : 'badge badge-neutral'}>{s.active ? t('pharmacy.staff.active') : t('pharmacy.staff.inactive')}</span>,
                },
                ...(manager
                  ? [
                      {
                        key: 'actions',
                        header: t('common.actions'),
                        className: 'actions',
                        cell: (s: Staff) => (
                          <div className="button-row">
                            <button type="button" className="button" onClick={() => setEditing(s)} aria-label={t('pharmacy.staff.editNamed', { name: s.name })}>
                              {t('common.edit')}
                            </button>
                            {s.active ? (
                              <button type="button" className="button button-danger-quiet" onClick={() => setLeaving(s)} aria-label={t('pharmacy.staff.deactivateNamed', { name: s.name })}>
                                {t('pharmacy.staff.deactivate')}
                              </button>
                            ) : (
                              <button type="button" className="button" disabled={busy} onClick={() => void setActive(s, true)}>
                                {t('pharmacy.staff.reactivate')}
                              </button>
                            )}
                          </div>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )
        }
      </Loadable>
      <Dialog open={editing !== undefined} title={editing === 'new' ? t('pharmacy.staff.addTitle') : t('pharmacy.staff.editTitle')} onClose={() => setEditing(undefined)}>
        {editing !== undefined && (
          <StaffForm
            existing={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(undefined)}
            onSaved={(saved) => {
              toast(t('pharmacy.staff.saved', { name: saved.name }));
              setEditing(undefined);
              staff.reload();
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={leaving !== undefined}
        title={t('pharmacy.staff.deactivateTitle', { name: leaving?.name ?? '' })}
        message={t('pharmacy.staff.deactivateMessage')}
        confirmLabel={t('pharmacy.staff.deactivate')}
        danger
        busy={busy}
        onConfirm={() => leaving && void setActive(leaving, false)}
        onCancel={() => setLeaving(undefined)}
      >
        {error && <ErrorNotice error={error} />}
      </ConfirmDialog>
    </Page>
  );
}
