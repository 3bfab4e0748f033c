// The workspace's name, time zone and currency: every date and amount on the dashboard is shown in them.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../api/client';
import type { Workspace } from '../../api/types';
import { SelectField, TextField } from '../../components/fields';
import { ErrorNotice, useToast } from '../../components/notices';
import { formatMoney } from '../../format/money';
import { formatDateTime, zoneLabel } from '../../format/time';
import { useFormat } from '../../format/use-format';
import { useSession, useSignedIn } from '../../session/session';

const INDONESIA = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];
const CURRENCIES = ['IDR', 'USD', 'SGD', 'MYR', 'EUR', 'GTQ'];

export function WorkspaceForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const { workspace } = useSignedIn();
  const { reloadWorkspace } = useSession();
  const f = useFormat();
  const [name, setName] = useState(workspace.name);
  const [timezone, setTimezone] = useState(workspace.timezone);
  const [currency, setCurrency] = useState(workspace.currency);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const now = Date.now();
  const zoneOptions = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    const rest = all.filter((z) => !INDONESIA.includes(z));
    const zones = [...INDONESIA, ...(rest.includes(workspace.timezone) || INDONESIA.includes(workspace.timezone) ? [] : [workspace.timezone]), ...rest];
    const at = Date.now();
    return zones.map((z) => ({ value: z, label: `${z} (${zoneLabel(z, at, f.locale)})` }));
  }, [workspace.timezone, f.locale]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.put<Workspace>('/api/workspace', { name: name.trim(), timezone, currency });
      await reloadWorkspace();
      toast(t('settings.workspaceSaved'));
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="workspace-title">
      <h2 id="workspace-title">{t('settings.workspace')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <TextField label={t('settings.workspaceName')} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        <SelectField
          label={t('settings.timezone')}
          hint={formatDateTime(now, timezone, f.locale)}
          value={timezone}
          onChange={(e) => setTimezone(e.target.value)}
          options={zoneOptions}
        />
        <SelectField
          label={t('settings.currency')}
          hint={formatMoney(125_000, currency, f.locale)}
          value={currency}
          onChange={(e) => setCurrency(e.target.value)}
          options={[...new Set([currency, ...CURRENCIES])].map((c) => ({ value: c, label: c }))}
        />
        {error && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
