// The CRM (a web agency's prospects) in the dashboard: its screens, menu, copy, card, settings and live kind.
import type { WebModule } from '../web-module';
import { BusinessPage } from './businesses/business-page';
import { BusinessesPage } from './businesses/businesses-page';
import { CampaignPage } from './campaigns/campaign-page';
import { CampaignsPage } from './campaigns/campaigns-page';
import { CrmCard } from './dashboard/crm-card';
import { FunnelPage } from './funnel/funnel-page';
import { copy } from './i18n/copy';
import { CRM_PERMISSIONS } from './permissions';
import './styles.css';
import { CrmSettingsSection } from './settings/crm-settings-section';

declare module '../../components/live' {
  /** Businesses, their statuses, messages and campaigns changed (the module's live signal on the server). */
  interface ModuleChangeKinds {
    crm: true;
  }
}

const view = CRM_PERMISSIONS.viewCrm;

export const crmLifecycle: WebModule = {
  name: 'crm-lifecycle',
  title: 'crm.module.title',
  description: 'crm.module.description',
  copy,
  screens: [
    { path: '/crm', permission: view, render: () => <BusinessesPage /> },
    { path: '/crm/businesses/:id', permission: view, render: (p) => <BusinessPage id={p['id'] ?? ''} /> },
    { path: '/crm/campaigns', permission: view, render: () => <CampaignsPage /> },
    { path: '/crm/campaigns/:id', permission: view, render: (p) => <CampaignPage id={p['id'] ?? ''} /> },
    { path: '/crm/funnel', permission: view, render: () => <FunnelPage /> },
  ],
  menu: [
    { path: '/crm', label: 'crm.businesses', group: 'crm.module.title', permission: view },
    { path: '/crm/campaigns', label: 'crm.campaigns', group: 'crm.module.title', permission: view },
    { path: '/crm/funnel', label: 'crm.funnel', group: 'crm.module.title', permission: view },
  ],
  dashboardCard: CrmCard,
  settingsSection: CrmSettingsSection,
  setup: { firstRecord: 'crmSetup.firstRecord', firstRecordPath: '/crm' },
  liveKinds: ['crm'],
};
