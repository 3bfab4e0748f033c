// The CRM's providers (Twilio for SMS, Recurrente for payments, an SMTP server for email) and their webhook URLs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { CrmConnectionTest, CrmSettings } from '../api-types';
import { useApi } from '../../../api/use-api';
import { Loadable } from '../../../components/page';
import { TestButton } from '../../../components/test-button';
import { CrmKeysForm } from './crm-keys-form';
import { CrmWebhookUrls } from './crm-webhook-urls';

export function CrmSettingsSection() {
  const { t } = useTranslation();
  const settings = useApi(() => api.get<CrmSettings>('/api/settings/crm-lifecycle'), []);
  // A save runs both tests again; an edit clears their answers, which were about the settings before it.
  const [saves, setSaves] = useState(0);
  const [edits, setEdits] = useState(0);
  return (
    <Loadable {...settings}>
      {(s) => (
        <>
          {/* A new key: the form starts again from what the server now holds. */}
          <CrmKeysForm
            key={JSON.stringify(s)}
            settings={s}
            onSaved={() => {
              settings.reload();
              setSaves((n) => n + 1);
            }}
            onEdit={() => setEdits((n) => n + 1)}
          />
          <section className="card" aria-labelledby="crm-tests-title">
            <h2 id="crm-tests-title">{t('crmSettings.test')}</h2>
            <div className="grid-2">
              <TestButton<CrmConnectionTest> name="twilio" path="/api/settings/test/twilio" label={t('crmSettings.testTwilio')} runKey={saves} clearKey={edits} />
              <TestButton<CrmConnectionTest> name="smtp" path="/api/settings/test/smtp" label={t('crmSettings.testSmtp')} runKey={saves} clearKey={edits} />
            </div>
          </section>
          <section className="card" aria-labelledby="crm-webhooks-title">
            <h2 id="crm-webhooks-title">{t('crmSettings.webhooks')}</h2>
            <CrmWebhookUrls urls={s.webhook_urls} />
          </section>
        </>
      )}
    </Loadable>
  );
}
