// API tokens for integrations: create one (shown once, with a copy button), see when each was used, revoke.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { ApiToken, CreatedToken, Role } from '../../api/types';
import { useApi } from '../../api/use-api';
import { CopyButton } from '../../components/copy-button';
import { DataTable } from '../../components/data-table';
import { ConfirmDialog, Dialog } from '../../components/dialog';
import { SelectField, TextField } from '../../components/fields';
import { ErrorNotice, useToast } from '../../components/notices';
import { Loadable } from '../../components/page';
import { useFormat } from '../../format/use-format';
import { useSignedIn } from '../../session/session';
import { roleOptions } from './role-options';

export function TokensSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const { role: myRole } = useSignedIn();
  const toast = useToast();
  const tokens = useApi(() => api.get<{ items: ApiToken[] }>('/api/tokens'), []);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('marketing');
  const [created, setCreated] = useState<CreatedToken>();
  const [revoking, setRevoking] = useState<ApiToken>();
  const [error, setError] = useState<ApiError>();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      setCreated(await api.post<CreatedToken>('/api/tokens', { name, role }));
      setName('');
      tokens.reload();
    } catch (thrown) {
      setError(asApiError(thrown));
    }
  };

  const revoke = async (token: ApiToken) => {
    setRevoking(undefined);
    setError(undefined);
    try {
      await api.delete(`/api/tokens/${token.id}`);
      toast(t('team.revoked'));
    } catch (thrown) {
      setError(asApiError(thrown));
    }
    tokens.reload();
  };

  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('team.tokens')}</h2>
      <p className="muted">{t('team.tokensIntro')}</p>
      <form className="inline-form" onSubmit={(e) => void create(e)}>
        <TextField label={t('team.tokenName')} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        <SelectField label={t('team.role')} value={role} onChange={(e) => setRole(e.target.value as Role)} options={roleOptions(t, myRole)} />
        <button type="submit" className="button button-primary">
          {t('team.addToken')}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
      <Loadable {...tokens}>
        {(data) => (
          <DataTable
            caption={t('team.tokens')}
            rows={data.items}
            rowKey={(x) => x.id}
            empty={t('common.empty')}
            columns={[
              { key: 'name', header: t('team.name'), cell: (x) => x.name },
              { key: 'role', header: t('team.role'), cell: (x) => t(`roles.${x.role}`) },
              { key: 'created', header: t('team.createdAt'), cell: (x) => f.dateTime(x.created_at) },
              { key: 'used', header: t('team.lastUsed'), cell: (x) => (x.last_used_at ? f.dateTime(x.last_used_at) : t('team.never')) },
              {
                key: 'actions',
                header: t('common.actions'),
                className: 'actions',
                cell: (x) =>
                  x.revoked_at ? (
                    <span className="muted">{t('team.revoked')}</span>
                  ) : (
                    <button type="button" className="button button-danger-quiet" onClick={() => setRevoking(x)} aria-label={`${t('team.revoke')}: ${x.name}`}>
                      {t('team.revoke')}
                    </button>
                  ),
              },
            ]}
          />
        )}
      </Loadable>
      <Dialog open={created !== undefined} title={t('team.tokenCreated')} onClose={() => setCreated(undefined)}>
        {created && (
          <>
            <p className="notice notice-warn">{t('team.tokenOnce')}</p>
            <div className="copy-row">
              <input className="mono" readOnly value={created.token} aria-label={created.name} onFocus={(e) => e.target.select()} />
              <CopyButton text={created.token} />
            </div>
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={() => setCreated(undefined)}>
                {t('common.done')}
              </button>
            </div>
          </>
        )}
      </Dialog>
      <ConfirmDialog
        open={revoking !== undefined}
        title={t('team.revoke')}
        message={revoking ? t('team.revokeConfirm', { name: revoking.name }) : ''}
        confirmLabel={t('team.revoke')}
        danger
        onCancel={() => setRevoking(undefined)}
        onConfirm={() => revoking && void revoke(revoking)}
      />
    </section>
  );
}
