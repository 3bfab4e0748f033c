// The pharmacy in the dashboard, phone first (counter staff use a phone): the counter, today's calls, contacts and their
// sheets, refill reminders, staff and figures; and its tab on the settings page.
import type { WebModule } from '../web-module';
import { AnalyticsPage } from './analytics/analytics-page';
import { ContactsPage } from './contacts/contacts-page';
import { copy } from './i18n/copy';
import { PHARMACY_PERMISSIONS } from './permissions';
import { CounterPage } from './purchase/counter-page';
import { RefillsPage } from './refills/refills-page';
import { PharmacySettingsSection } from './settings/pharmacy-settings-section';
import { StaffPage } from './staff/staff-page';
import './styles.css';
import { TasksPage } from './tasks/tasks-page';
import { UploadPage } from './upload/upload-page';

const use = PHARMACY_PERMISSIONS.usePharmacy;
const group = 'pharmacy.module.title';

export const pharmacy: WebModule = {
  name: 'pharmacy',
  title: 'pharmacy.module.title',
  description: 'pharmacy.module.description',
  copy,
  screens: [
    { path: '/pharmacy/tasks', permission: use, render: () => <TasksPage /> },
    { path: '/pharmacy/counter', permission: use, render: () => <CounterPage /> },
    { path: '/pharmacy/contacts', permission: use, render: () => <ContactsPage /> },
    { path: '/pharmacy/upload', permission: PHARMACY_PERMISSIONS.uploadSheets, render: () => <UploadPage /> },
    { path: '/pharmacy/refills', permission: use, render: () => <RefillsPage /> },
    { path: '/pharmacy/staff', permission: use, render: () => <StaffPage /> },
    { path: '/pharmacy/analytics', permission: use, render: () => <AnalyticsPage /> },
  ],
  menu: [
    { path: '/pharmacy/tasks', label: 'pharmacy.tasks.menu', group, permission: use },
    { path: '/pharmacy/counter', label: 'pharmacy.counter.menu', group, permission: use },
    { path: '/pharmacy/contacts', label: 'pharmacy.contacts.title', group, permission: use },
    { path: '/pharmacy/upload', label: 'pharmacy.upload.menu', group, permission: PHARMACY_PERMISSIONS.uploadSheets },
    { path: '/pharmacy/refills', label: 'pharmacy.refills.title', group, permission: use },
    { path: '/pharmacy/staff', label: 'pharmacy.staff.title', group, permission: use },
    { path: '/pharmacy/analytics', label: 'pharmacy.analytics.menu', group, permission: use },
  ],
  settingsSection: PharmacySettingsSection,
};
