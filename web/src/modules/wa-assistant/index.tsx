// The WhatsApp sales assistant in the dashboard: the conversations inbox and a conversation (take over, reply as a
// person, hand back), the handover queue, packages, campaign codes, prompt versions and the marketing figures.
import type { WebModule } from '../web-module';
import { CampaignCodesPage } from './packages/campaign-codes-page';
import { ConversationPage } from './conversations/conversation-page';
import { HandoverPage } from './handover/handover-page';
import { ExperimentsPage } from './experiments/experiments-page';
import { copy } from './i18n/copy';
import { InboxPage } from './conversations/inbox-page';
import { MarketingPage } from './marketing/marketing-page';
import { PackagesPage } from './packages/packages-page';
import { WA_PERMISSIONS } from './permissions';
import { PromptsPage } from './prompts/prompts-page';
import { AssistantSettingsSection } from './settings/assistant-settings-section';
import './styles.css';

const view = WA_PERMISSIONS.view;
const group = 'wa.module.title';

export const waAssistant: WebModule = {
  name: 'wa-assistant',
  title: 'wa.module.title',
  description: 'wa.module.description',
  copy,
  settingsSection: AssistantSettingsSection,
  screens: [
    { path: '/wa/conversations', permission: view, render: () => <InboxPage /> },
    { path: '/wa/conversations/:id', permission: view, render: (p) => <ConversationPage id={p['id'] ?? ''} /> },
    { path: '/wa/handover', permission: view, render: () => <HandoverPage /> },
    { path: '/wa/packages', permission: view, render: () => <PackagesPage /> },
    { path: '/wa/campaign-codes', permission: view, render: () => <CampaignCodesPage /> },
    { path: '/wa/prompts', permission: view, render: () => <PromptsPage /> },
    { path: '/wa/experiments', permission: view, render: () => <ExperimentsPage /> },
    { path: '/wa/marketing', permission: view, render: () => <MarketingPage /> },
  ],
  menu: [
    { path: '/wa/conversations', label: 'wa.menu.conversations', group, permission: view },
    { path: '/wa/handover', label: 'wa.menu.handover', group, permission: view },
    { path: '/wa/packages', label: 'wa.menu.packages', group, permission: view },
    { path: '/wa/campaign-codes', label: 'wa.menu.campaigns', group, permission: view },
    { path: '/wa/prompts', label: 'wa.menu.prompts', group, permission: view },
    { path: '/wa/experiments', label: 'wa.menu.experiments', group, permission: view },
    { path: '/wa/marketing', label: 'wa.menu.marketing', group, permission: view },
  ],
  liveKinds: ['wa'],
};
