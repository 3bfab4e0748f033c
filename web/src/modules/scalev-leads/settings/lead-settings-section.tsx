// The lead tiers' part of the settings page: the ScaleV and Mailketing keys and the delay, the tests, the webhook URL.
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { Loadable } from '../../../components/page';
import type { LeadSettings } from '../api-types';
import { ConnectionTests } from './connection-tests';
import { KeysForm } from './keys-form';
import { WebhookUrl } from './webhook-url';

export function LeadSettingsSection() {
  const settings = useApi(() => api.get<LeadSettings>('/api/settings/scalev-mailketing'), []);
  return (
    <Loadable {...settings}>
      {(s) => (
        <>
          <KeysForm settings={s} onSaved={settings.reload} />
          <ConnectionTests />
          <WebhookUrl url={s.webhook_url} />
        </>
      )}
    </Loadable>
  );
}
