// Prompt versions per type: which one is in production and how many turns each answered; save a new version,
// or put an older one back in production (a roll-back).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { SelectField } from '../../../components/fields';
import { ErrorNotice, useToast } from '../../../components/notices';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { useSignedIn } from '../../../session/session';
import { PROMPT_TYPES, type PromptList, type PromptType, type PromptVersion } from '../api-types';
import { WA_PERMISSIONS } from '../permissions';
import { SavePromptForm } from './save-prompt-form';

export function PromptsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const toast = useToast();
  const prompts = useApi(() => api.get<PromptList>('/api/ai/prompts'), []);
  const [type, setType] = useState<PromptType>('base');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const editable = can(WA_PERMISSIONS.manage);

  const promote = async (v: PromptVersion) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/ai/prompts/${v.prompt_type}/production`, { version: v.version });
      toast(t('wa.prompts.putInProduction', { version: v.version, type: t(`wa.prompts.types.${v.prompt_type}`) }));
      prompts.reload();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('wa.prompts.title')} intro={t('wa.prompts.intro')}>
      {!editable && <p className="muted">{t('wa.prompts.readOnly')}</p>}
      <Loadable {...prompts}>
        {(list) => {
          const versions = list.items.filter((v) => v.prompt_type === type);
          const production = versions.find((v) => v.production);
          return (
            <>
              {list.items.length === 0 && <EmptyState title={t('wa.prompts.emptyTitle')} hint={t('wa.prompts.emptyHint')} testId="wa-prompts-empty" />}
              <form className="filters filters-narrow" onSubmit={(e) => e.preventDefault()}>
                <SelectField
                  label={t('wa.prompts.type')}
                  value={type}
                  onChange={(e) => setType(PROMPT_TYPES.find((p) => p === e.target.value) ?? 'base')}
                  options={PROMPT_TYPES.map((p) => ({ value: p, label: t(`wa.prompts.types.${p}`) }))}
                />
              </form>
              {error && <ErrorNotice error={error} />}
              <DataTable
                caption={t(`wa.prompts.types.${type}`)}
                rows={versions}
                rowKey={(v) => v.id}
                empty={t('wa.prompts.noVersions')}
                columns={[
                  {
                    key: 'version',
                    header: t('wa.prompts.version'),
                    cell: (v: PromptVersion) => (
                      <>
                        <strong data-testid={`version-${v.version}`}>{v.version}</strong>
                        {v.production && (
                          <>
                            {' '}
                            <span className="badge badge-good">{t('wa.prompts.production')}</span>
                          </>
                        )}
                        <span className="cell-sub">{f.dateTime(v.created_at)}</span>
                      </>
                    ),
                  },
                  { key: 'by', header: t('wa.prompts.updatedBy'), cell: (v) => v.updated_by ?? t('common.none') },
                  { key: 'turns', header: t('wa.prompts.turns'), className: 'num', cell: (v) => f.number(v.turns) },
                  {
                    key: 'content',
                    header: t('wa.prompts.content'),
                    cell: (v) => (
                      <details>
                        <summary>{v.content.slice(0, 60)}</summary>
                        <pre className="wa-prompt">{v.content}</pre>
                      </details>
                    ),
                  },
                  ...(editable
                    ? [
                        {
                          key: 'actions',
                          header: t('common.actions'),
                          className: 'actions',
                          cell: (v: PromptVersion) =>
                            v.production ? null : (
                              <button type="button" className="button" disabled={busy} onClick={() => void promote(v)} aria-label={`${t('wa.prompts.setProduction')} ${v.version}`}>
                                {t('wa.prompts.setProduction')}
                              </button>
                            ),
                        },
                      ]
                    : []),
                ]}
              />
              {editable && <SavePromptForm key={`${type}:${production?.id ?? ''}`} type={type} start={production} onSaved={prompts.reload} />}
            </>
          );
        }}
      </Loadable>
    </Page>
  );
}
