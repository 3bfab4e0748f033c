// Send, Pause, Resume, Edit and Delete, each offered only in the states where the server allows it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { Campaign } from '../api-types';
import { ConfirmDialog, Dialog } from '../../../components/dialog';
import { ErrorNotice, useToast } from '../../../components/notices';
import { useFormat } from '../../../format/use-format';
import { navigate } from '../../../router';
import { useSignedIn } from '../../../session/session';
import { AudienceCount } from './audience-count';
import { CampaignForm } from './campaign-form';
import { CRM_PERMISSIONS } from '../permissions';

type Open = 'none' | 'send' | 'pause' | 'edit' | 'delete';

export function CampaignActions({ campaign, onChanged }: { campaign: Campaign; onChanged(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { can } = useSignedIn();
  const toast = useToast();
  const [open, setOpen] = useState<Open>('none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  if (!can(CRM_PERMISSIONS.editCampaigns)) return null;

  const base = `/api/v1/crm/campaigns/${encodeURIComponent(campaign.id)}`;
  const { status } = campaign;
  const show = (which: Open) => {
    setError(undefined);
    setOpen(which);
  };
  const run = async (call: () => Promise<unknown>, done: string, after: () => void = onChanged) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      toast(done);
      setOpen('none');
      after();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setBusy(false);
    }
  };
  const resuming = status === 'paused';

  return (
    <section className="card" aria-labelledby="campaign-actions-title">
      <h2 id="campaign-actions-title">{t('common.actions')}</h2>
      {status === 'finished' && <p className="muted">{t('crm.finishedNote')}</p>}
      <div className="button-row">
        {(status === 'draft' || status === 'paused') && (
          <button type="button" className="button button-primary" onClick={() => show('send')}>
            {resuming ? t('crm.resume') : t('crm.send')}
          </button>
        )}
        {status === 'sending' && (
          <button type="button" className="button" onClick={() => show('pause')}>
            {t('crm.pause')}
          </button>
        )}
        {(status === 'draft' || status === 'paused') && (
          <button type="button" className="button" onClick={() => show('edit')}>
            {t('common.edit')}
          </button>
        )}
        {status === 'draft' && (
          <button type="button" className="button button-danger-quiet" onClick={() => show('delete')}>
            {t('common.delete')}
          </button>
        )}
      </div>

      <ConfirmDialog
        open={open === 'send'}
        title={resuming ? t('crm.resume') : t('crm.send')}
        message={resuming ? t('crm.resumeConfirm') : t('crm.sendConfirm', { n: f.number(campaign.rate_per_minute) })}
        confirmLabel={resuming ? t('crm.resume') : t('crm.sendNow')}
        busy={busy}
        onCancel={() => setOpen('none')}
        onConfirm={() => void run(() => api.post<Campaign>(`${base}/send`), resuming ? t('crm.resumed') : t('crm.sendingStarted'))}
      >
        {!resuming && <AudienceCount audience={campaign.audience} channel={campaign.channel} />}
        {error && <ErrorNotice error={error} />}
      </ConfirmDialog>

      <ConfirmDialog
        open={open === 'pause'}
        title={t('crm.pause')}
        message={t('crm.pauseConfirm')}
        confirmLabel={t('crm.pause')}
        busy={busy}
        onCancel={() => setOpen('none')}
        onConfirm={() => void run(() => api.post<Campaign>(`${base}/pause`), t('crm.paused'))}
      >
        {error && <ErrorNotice error={error} />}
      </ConfirmDialog>

      <ConfirmDialog
        open={open === 'delete'}
        title={t('common.delete')}
        message={t('crm.deleteConfirm', { name: campaign.name })}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onCancel={() => setOpen('none')}
        onConfirm={() => void run(() => api.delete(base), t('crm.deleted'), () => navigate('/crm/campaigns'))}
      >
        {error && <ErrorNotice error={error} />}
      </ConfirmDialog>

      <Dialog open={open === 'edit'} wide title={t('crm.editCampaign')} onClose={() => setOpen('none')}>
        {open === 'edit' && (
          <CampaignForm
            campaign={campaign}
            onCancel={() => setOpen('none')}
            onSaved={() => {
              setOpen('none');
              toast(t('crm.campaignSaved'));
              onChanged();
            }}
          />
        )}
      </Dialog>
    </section>
  );
}
