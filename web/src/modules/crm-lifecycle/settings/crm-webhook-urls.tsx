// The three addresses to paste into Twilio (status callback, incoming messages) and Recurrente, each with a copy button.
import { useTranslation } from 'react-i18next';
import type { CrmSettings } from '../api-types';
import { CopyButton } from '../../../components/copy-button';

const URLS = ['twilio_status', 'twilio_inbound', 'recurrente'] as const;

export function CrmWebhookUrls({ urls }: { urls: CrmSettings['webhook_urls'] }) {
  const { t } = useTranslation();
  return (
    <div className="form">
      {URLS.map((key) => {
        const label = t(`crmSettings.url.${key}`);
        return (
          <div key={key} className="field">
            <label htmlFor={`crm-url-${key}`}>{label}</label>
            <p className="field-hint">{t(`crmSettings.urlHint.${key}`)}</p>
            <div className="copy-row">
              <input id={`crm-url-${key}`} className="mono" readOnly value={urls[key]} onFocus={(e) => e.target.select()} data-testid={`crm-url-${key}`} />
              <CopyButton text={urls[key]} name={t('crmSettings.copyUrl', { name: label })} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
