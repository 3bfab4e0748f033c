// The lead tiers (ScaleV orders × Mailketing lists) in the dashboard: its screens, menu, copy, card and settings.
import type { WebModule } from '../web-module';
import { LeadTiersCard } from './dashboard/lead-tiers-card';
import { leadDeliveries } from './deliveries';
import { copy } from './i18n/copy';
import { LeadPage } from './leads/lead-page';
import { LeadsPage } from './leads/leads-page';
import { LEAD_PERMISSIONS } from './permissions';
import { ProductListsPage } from './product-lists/product-lists-page';
import { LeadSettingsSection } from './settings/lead-settings-section';

export const scalevLeads: WebModule = {
  name: 'scalev-leads',
  title: 'leadTiers.title',
  description: 'leadTiers.description',
  copy,
  screens: [
    { path: '/leads', render: () => <LeadsPage /> },
    { path: '/leads/:id', render: (p) => <LeadPage id={p['id'] ?? ''} /> },
    { path: '/product-lists', permission: LEAD_PERMISSIONS.viewProductLists, render: () => <ProductListsPage /> },
  ],
  menu: [
    { path: '/leads', label: 'leads.title' },
    { path: '/product-lists', label: 'productLists.title', permission: LEAD_PERMISSIONS.viewProductLists },
  ],
  dashboardCard: LeadTiersCard,
  settingsSection: LeadSettingsSection,
  setup: { firstRecord: 'leadSetup.firstRecord', firstRecordPath: '/product-lists' },
  deliveries: leadDeliveries,
};
