// The message as one business would get it, placeholders filled in: the first of the audience, or a chosen recipient.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { CampaignDetail, CampaignPreview as Preview } from '../api-types';
import { useApi } from '../../../api/use-api';
import { SelectField } from '../../../components/fields';
import { Loadable } from '../../../components/page';

export function CampaignPreview({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const [businessId, setBusinessId] = useState('');
  // updated_at: an edit of the text shows at once in the preview.
  const preview = useApi(
    () => api.get<Preview>(`/api/v1/crm/campaigns/${encodeURIComponent(campaign.id)}/preview`, { business_id: businessId }),
    [campaign.id, campaign.updated_at, businessId],
  );
  const choices = [{ value: '', label: t('crm.firstInAudience') }, ...campaign.recipients.map((r) => ({ value: r.business_id, label: r.business_name }))];
  return (
    <>
      {campaign.recipients.length > 0 && <SelectField label={t('crm.previewFor')} value={businessId} onChange={(e) => setBusinessId(e.target.value)} options={choices} />}
      {/* An empty audience has nobody to fill the placeholders with: say that instead of "no longer exists". */}
      {preview.error?.code === 'not_found' && !businessId ? (
        <p className="empty">
          {t('crm.previewNobody')}
          {campaign.recipients.length > 0 && ` ${t('crm.previewPickRecipient')}`}
        </p>
      ) : (
        <Loadable {...preview}>
          {(p) => (
            <div className="message-preview" data-testid="campaign-preview">
              {p.subject !== null && (
                <p className="message-subject">
                  <span className="muted">{t('crm.subject')}:</span> {p.subject}
                </p>
              )}
              <p className="crm-message-body">{p.body}</p>
            </div>
          )}
        </Loadable>
      )}
    </>
  );
}
