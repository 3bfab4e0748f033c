// A/B tests (GET /api/ai/experiments): each test with its variants' share, conversations, interest, bookings,
// conversion and rating; an owner creates a test in the form (as a draft or started), starts a draft, stops a running one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { ErrorNotice, useToast } from '../../../components/notices';
import { Loadable, Page } from '../../../components/page';
import { useFormat } from '../../../format/use-format';
import { useSignedIn } from '../../../session/session';
import type { Experiment, ExperimentList, ExperimentVariant } from '../api-types';
import { WA_PERMISSIONS } from '../permissions';
import { ExperimentForm } from './experiment-form';

const STATUS_TONE: Record<Experiment['status'], string> = { draft: 'badge badge-warn', running: 'badge badge-good', stopped: 'badge wa-badge-stopped' };

/** What a variant changes, in words: its prompt versions and the replies it words differently. */
function VariantChanges({ v }: { v: ExperimentVariant }) {
  const { t } = useTranslation();
  const prompts = Object.entries(v.prompt_versions).map(([type, version]) => t('wa.experiments.promptVersion', { type: t(`wa.prompts.types.${type as 'base'}`), version }));
  const replies = Object.keys(v.reply_templates).map((name) => t(`wa.experiments.replies.${name as 'greeting'}`));
  if (prompts.length + replies.length === 0) return <span className="cell-sub">{t('wa.experiments.control')}</span>;
  return <span className="cell-sub">{[...prompts, ...replies].join(' · ')}</span>;
}

function ExperimentCard({ e, editable, onChanged }: { e: Experiment; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const toast = useToast();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const act = async (action: 'start' | 'stop') => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/api/ai/experiments/${e.id}/${action}`, {});
      toast(t(`wa.experiments.${action === 'start' ? 'started' : 'stopped'}`, { name: e.name }));
      onChanged();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby={`exp-${e.id}`} data-testid={`experiment-${e.id}`}>
      <h2 id={`exp-${e.id}`}>
        {e.name} <span className={STATUS_TONE[e.status]}>{t(`wa.experiments.status.${e.status}`)}</span>
      </h2>
      {e.hypothesis && <p className="muted">{e.hypothesis}</p>}
      <p className="cell-sub">
        {e.started_at === null ? t('wa.experiments.notStarted') : t('wa.experiments.since', { when: f.dateTime(e.started_at) })}
        {e.stopped_at !== null && ` · ${t('wa.experiments.until', { when: f.dateTime(e.stopped_at) })}`}
      </p>
      {error && <ErrorNotice error={error} />}
      <DataTable
        caption={t('wa.experiments.variants')}
        rows={e.variants}
        rowKey={(v) => v.key}
        empty={t('common.none')}
        columns={[
          {
            key: 'variant',
            header: t('wa.experiments.variant'),
            cell: (v: ExperimentVariant) => (
              <>
                <strong>{v.name}</strong> <span className="cell-sub">{t('wa.experiments.share', { share: f.percent(v.share) })}</span>
                <VariantChanges v={v} />
              </>
            ),
          },
          { key: 'conversations', header: t('wa.experiments.conversations'), className: 'num', cell: (v) => <span data-testid={`conversations-${v.key}`}>{f.number(v.figures.conversations)}</span> },
          { key: 'interest', header: t('wa.experiments.interest'), className: 'num', cell: (v) => f.number(v.figures.reached_interest) },
          { key: 'booking', header: t('wa.experiments.booking'), className: 'num', cell: (v) => f.number(v.figures.reached_booking) },
          { key: 'conversion', header: t('wa.experiments.conversion'), className: 'num', cell: (v) => <span data-testid={`conversion-${v.key}`}>{f.share(v.figures.conversion_rate)}</span> },
          { key: 'rating', header: t('wa.experiments.rating'), className: 'num', cell: (v) => (v.figures.satisfaction_score === null ? t('common.none') : t('wa.experiments.ratingValue', { score: f.number(v.figures.satisfaction_score), count: v.figures.ratings })) },
        ]}
      />
      {editable && e.status !== 'stopped' && (
        <p>
          <button type="button" className="button" disabled={busy} onClick={() => void act(e.status === 'draft' ? 'start' : 'stop')}>
            {t(e.status === 'draft' ? 'wa.experiments.start' : 'wa.experiments.stop')}
          </button>
        </p>
      )}
    </section>
  );
}

export function ExperimentsPage() {
  const { t } = useTranslation();
  const { can } = useSignedIn();
  const list = useApi(() => api.get<ExperimentList>('/api/ai/experiments'), []);
  const editable = can(WA_PERMISSIONS.manage);
  const [adding, setAdding] = useState(false);
  const saved = () => {
    setAdding(false);
    list.reload();
  };
  const addButton = editable && !adding && (
    <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
      {t('wa.experiments.add')}
    </button>
  );
  return (
    <Page title={t('wa.experiments.title')} intro={t('wa.experiments.intro')} actions={addButton || undefined}>
      {adding && <ExperimentForm onSaved={saved} onCancel={() => setAdding(false)} />}
      <Loadable {...list}>
        {(l) =>
          l.items.length === 0 ? (
            <EmptyState title={t('wa.experiments.emptyTitle')} hint={t('wa.experiments.emptyHint')} testId="wa-experiments-empty">
              {addButton}
            </EmptyState>
          ) : (
            <div className="wa-experiments">
              {l.items.map((e) => (
                <ExperimentCard key={e.id} e={e} editable={editable} onChanged={list.reload} />
              ))}
            </div>
          )
        }
      </Loadable>
    </Page>
  );
}
