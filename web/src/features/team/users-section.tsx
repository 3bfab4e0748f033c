// The people who sign in: add one with a role and a first password, change roles, disable and enable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { Role, User } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { ConfirmDialog, Dialog } from '../../components/dialog';
import { ErrorNotice, useToast } from '../../components/notices';
import { Loadable } from '../../components/page';
import { useApi } from '../../api/use-api';
import { useFormat } from '../../format/use-format';
import { useSignedIn } from '../../session/session';
import { AddUserForm } from './add-user-form';
import { roleOptions } from './role-options';

export function UsersSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const { role: myRole, me } = useSignedIn();
  const toast = useToast();
  const users = useApi(() => api.get<{ items: User[] }>('/api/users'), []);
  const [adding, setAdding] = useState(false);
  const [disabling, setDisabling] = useState<User>();
  const [error, setError] = useState<ApiError>();

  const change = async (user: User, changes: { role?: Role; disabled?: boolean }, message: string) => {
    setError(undefined);
    try {
      await api.patch<User>(`/api/users/${user.id}`, changes);
      toast(message);
    } catch (thrown) {
      setError(asApiError(thrown));
    }
    users.reload();
  };

  return (
    <section className="card" aria-labelledby="users-title">
      <div className="card-head">
        <h2 id="users-title">{t('team.users')}</h2>
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          + {t('team.addUser')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      <Loadable {...users}>
        {(data) => (
          <DataTable
            caption={t('team.users')}
            rows={data.items}
            rowKey={(u) => u.id}
            empty={t('common.empty')}
            columns={[
              {
                key: 'name',
                header: t('team.name'),
                cell: (u) => (
                  <>
                    {u.name || u.email}
                    <span className="cell-sub">{u.email}</span>
                  </>
                ),
              },
              {
                key: 'role',
                header: t('team.role'),
                cell: (u) =>
                  u.id === me.user?.id || (u.role === 'owner' && myRole !== 'owner') ? (
                    t(`roles.${u.role}`)
                  ) : (
                    <select
                      aria-label={t('team.roleOf', { name: u.name || u.email })}
                      value={u.role}
                      onChange={(e) => void change(u, { role: e.target.value as Role }, t('team.roleChanged'))}
                    >
                      {roleOptions(t, myRole).map((o) => (
                        <option key={o.value} value={o.value}>
                          {t(`roles.${o.value}`)}
                        </option>
                      ))}
                    </select>
                  ),
              },
              { key: 'status', header: t('common.status'), cell: (u) => (u.disabled ? t('team.disabled') : t('team.active')) },
              { key: 'created', header: t('team.createdAt'), cell: (u) => f.date(u.created_at) },
              {
                key: 'actions',
                header: t('common.actions'),
                className: 'actions',
                cell: (u) =>
                  u.id === me.user?.id ? null : u.disabled ? (
                    <button type="button" className="button" onClick={() => void change(u, { disabled: false }, t('team.enable'))}>
                      {t('team.enable')}
                    </button>
                  ) : (
                    <button type="button" className="button button-danger-quiet" onClick={() => setDisabling(u)} aria-label={`${t('team.disable')}: ${u.name || u.email}`}>
                      {t('team.disable')}
                    </button>
                  ),
              },
            ]}
          />
        )}
      </Loadable>
      <Dialog open={adding} title={t('team.addUser')} onClose={() => setAdding(false)}>
        {adding && (
          <AddUserForm
            onCancel={() => setAdding(false)}
            onCreated={() => {
              setAdding(false);
              toast(t('team.userCreated'));
              users.reload();
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={disabling !== undefined}
        title={t('team.disable')}
        message={disabling ? t('team.disableConfirm', { name: disabling.name || disabling.email }) : ''}
        confirmLabel={t('team.disable')}
        danger
        onCancel={() => setDisabling(undefined)}
        onConfirm={() => {
          if (disabling) void change(disabling, { disabled: true }, t('team.disabled'));
          setDisabling(undefined);
        }}
      />
    </section>
  );
}
