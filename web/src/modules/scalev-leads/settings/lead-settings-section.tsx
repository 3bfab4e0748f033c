// The lead tiers' part of the settings page: the ScaleV and Mailketing keys and the delay, the tests (run again on
// every save, cleared on every edit), the webhook URL with numbered steps.
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { Loadable } from '../../../components/page';
import type { LeadSettings } from '../api-types';
import { ConnectionTests } from './connection-tests';
import { KeysForm } from './keys-form';
import { WebhookUrl } from './webhook-url';

export function LeadSettingsSection() {
  const settings = useApi(() => api.get<LeadSettings>('/api/settings/scalev-mailketing'), []);
  const [saves, setSaves] = useState(0);
  const [edits, setEdits] = useState(0);
  return (
    <Loadable {...settings}>
      {(s) => (
        <>
          <KeysForm
            settings={s}
            onSaved={() => {
              settings.reload();
              setSaves((n) => n + 1);
            }}
            onEdit={() => setEdits((n) => n + 1)}
          />
          <ConnectionTests runKey={saves} clearKey={edits} />
          <WebhookUrl url={s.webhook_url} />
        </>
      )}
    </Loadable>
  );
}
