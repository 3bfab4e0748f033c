// Settings (owners and admins): provider keys and the delay, the webhook URL, connection tests, the CRM's providers, the workspace.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { IntegrationSettings } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Loadable, Page } from '../../components/page';
import { ConnectionTests } from './connection-tests';
import { CrmSettingsSection } from './crm-settings';
import { KeysForm } from './keys-form';
import { WebhookUrl } from './webhook-url';
import { WorkspaceForm } from './workspace-form';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApi(() => api.get<IntegrationSettings>('/api/settings/scalev-mailketing'), []);
  return (
    <Page title={t('settings.title')}>
      <Loadable {...settings}>
        {(s) => (
          <>
            <KeysForm settings={s} onSaved={settings.reload} />
            <ConnectionTests />
            <WebhookUrl url={s.webhook_url} />
          </>
        )}
      </Loadable>
      <CrmSettingsSection />
      <WorkspaceForm />
    </Page>
  );
}
