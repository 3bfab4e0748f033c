// The pharmacy module: contact sheets, WhatsApp materials, the staff call queue, walk-in purchases and refill reminders.
import type { ModuleDescriptor } from '../../server/module-routes.js';
import { analyticsRoutes } from './routes/analytics.js';
import { pharmacyJobs } from './jobs.js';
import { pharmacyMigrations } from './migrations.js';
import { callRoutes } from './routes/calls.js';
import { contactRoutes } from './routes/contacts.js';
import { customerRoutes } from './routes/customers.js';
import { customerRecordRoutes } from './routes/customer-record.js';
import { purchaseRoutes } from './routes/purchases.js';
import { pharmacySettingsRoutes } from './routes/settings.js';
import { staffRoutes } from './routes/staff.js';
import { CONTACTS_UPLOAD_PURPOSE, MODULE_NAME } from './settings.js';
import './tables.js';

export const pharmacyModule: ModuleDescriptor = {
  name: MODULE_NAME,
  description: "A pharmacy's customers: contact sheets, WhatsApp materials, the staff call queue, walk-in purchases, refill reminders and conversion figures.",
  migrations: pharmacyMigrations,
  jobs: pharmacyJobs,
  uploads: [
    {
      path: '/api/customers/upload-contacts',
      purpose: CONTACTS_UPLOAD_PURPOSE,
      job: 'pharmacy.import-contacts',
      roles: ['owner', 'admin', 'staff'],
      maxBytes: 10 * 1024 * 1024,
      accept: ['.csv', '.xlsx', '.xls', '.pdf', 'text/csv', 'application/pdf', 'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      summary: 'Upload a contact sheet (Excel .xlsx/.xls, CSV or a PDF table): 202 at once, the import runs as a job (GET /api/customers/uploads/{upload_id})',
      operationId: 'uploadPharmacyContacts',
    },
  ],
  routes: async (app, options) => {
    await app.register(staffRoutes, options);
    await app.register(contactRoutes, options);
    await app.register(callRoutes, options);
    await app.register(customerRoutes, options);
    await app.register(pharmacySettingsRoutes, options);
    await app.register(analyticsRoutes, options);
    await app.register(purchaseRoutes, options);
    await app.register(customerRecordRoutes, options);
  },
};
