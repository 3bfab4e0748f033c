// Writing or changing a campaign: name, channel, subject (email), the text with placeholders, who gets it, and the pace.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type ApiError } from '../../../api/client';
import type { AudienceFilter, Campaign, CampaignInput, Channel, CrmFacets } from '../api-types';
import { useApi } from '../../../api/use-api';
import { SelectField, TextField } from '../../../components/fields';
import { ErrorNotice } from '../../../components/notices';
import { AudienceCount } from './audience-count';
import { AudienceFields } from './audience-fields';
import { unknownPlaceholders } from './placeholders';
import { TemplateField } from './template-field';

interface CampaignFormProps {
  /** The campaign being changed (draft or paused); a new one when left out. */
  campaign?: Campaign | undefined;
  onSaved(campaign: Campaign): void;
  onCancel(): void;
}

export function CampaignForm({ campaign, onSaved, onCancel }: CampaignFormProps) {
  const { t } = useTranslation();
  const facets = useApi(() => api.get<CrmFacets>('/api/v1/crm/facets'), []);
  const [name, setName] = useState(campaign?.name ?? '');
  const [channel, setChannel] = useState<Channel>(campaign?.channel ?? 'email');
  const [subject, setSubject] = useState(campaign?.subject ?? '');
  const [body, setBody] = useState(campaign?.body ?? '');
  const [audience, setAudience] = useState<AudienceFilter>(campaign?.audience ?? {});
  // Empty: the server's pace (Settings → CRM, "messages per minute").
  const [rate, setRate] = useState(campaign ? String(campaign.rate_per_minute) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const subjectUnknown = unknownPlaceholders(subject);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (unknownPlaceholders(body).length > 0 || (channel === 'email' && subjectUnknown.length > 0)) return;
    setBusy(true);
    setError(undefined);
    const input: CampaignInput = {
      name: name.trim(),
      channel,
      subject: channel === 'email' ? subject.trim() : null,
      body,
      audience,
      ...(rate.trim() ? { rate_per_minute: Number(rate) } : {}),
    };
    try {
      onSaved(campaign ? await api.patch<Campaign>(`/api/v1/crm/campaigns/${encodeURIComponent(campaign.id)}`, input) : await api.post<Campaign>('/api/v1/crm/campaigns', input));
    } catch (thrown) {
      setError(asApiError(thrown));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <TextField label={t('crm.campaignName')} hint={t('crm.campaignNameHint')} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      <SelectField
        label={t('crm.channel')}
        value={channel}
        onChange={(e) => setChannel(e.target.value as Channel)}
        options={[
          { value: 'email', label: t('crm.channels.email') },
          { value: 'sms', label: t('crm.channels.sms') },
        ]}
      />
      {channel === 'email' && (
        <TextField
          label={t('crm.subject')}
          required
          maxLength={300}
          value={subject}
          error={subjectUnknown.length > 0 ? t('crm.unknownPlaceholders', { words: subjectUnknown.map((w) => `{{${w}}}`).join(', ') }) : undefined}
          onChange={(e) => setSubject(e.target.value)}
        />
      )}
      <TemplateField channel={channel} value={body} onChange={setBody} />
      <AudienceFields value={audience} facets={facets.data} onChange={setAudience} />
      <AudienceCount audience={audience} channel={channel} />
      <TextField
        label={t('crm.rate')}
        hint={t('crm.rateHint')}
        type="number"
        inputMode="numeric"
        min={1}
        max={6000}
        value={rate}
        onChange={(e) => setRate(e.target.value)}
      />
      {error && <ErrorNotice error={error} />}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : campaign ? t('common.save') : t('crm.createCampaign')}
        </button>
      </div>
    </form>
  );
}
