// The pharmacy API's answers as the dashboard reads them, taken from the module's route schemas
// (src/modules/pharmacy/contract/). Times are UTC epoch ms. `import type` only: no schema code is bundled; the value
// lists the screens need are copies the type check keeps equal to the contract's.
import type { z } from 'zod';
import type * as analytics from '../../../../src/modules/pharmacy/contract/analytics.js';
import type * as calls from '../../../../src/modules/pharmacy/contract/calls.js';
import type * as contacts from '../../../../src/modules/pharmacy/contract/contacts.js';
import type * as customers from '../../../../src/modules/pharmacy/contract/customers.js';
import type * as reminders from '../../../../src/modules/pharmacy/contract/reminders.js';
import type * as settings from '../../../../src/modules/pharmacy/contract/settings.js';
import type * as staff from '../../../../src/modules/pharmacy/contract/staff.js';
import type * as uploads from '../../../../src/modules/pharmacy/contract/uploads.js';

export const CONTACT_STATUSES: typeof contacts.CONTACT_STATUSES = ['pending', 'contacted', 'converted', 'yellow', 'inactive'];
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export const WHATSAPP_STATUSES: typeof contacts.WHATSAPP_STATUSES = ['active', 'inactive', 'unknown'];
export type WhatsappStatus = (typeof WHATSAPP_STATUSES)[number];

export type Staff = z.output<typeof staff.staffSchema>;
export type StaffList = z.output<typeof staff.staffListSchema>;
export type StaffInput = z.input<typeof staff.createStaffBody>;
export type StaffChange = z.input<typeof staff.updateStaffBody>;

export type Contact = z.output<typeof contacts.sheetContactSchema>;
export type ContactPage = z.output<typeof contacts.contactPageSchema>;
export type ContactUpload = z.output<typeof uploads.contactUploadSchema>;
export type ImportReport = z.output<typeof uploads.contactImportResultSchema>;

export type Tasks = z.output<typeof calls.tasksSchema>;
export type TaskContact = Tasks['contacts'][number];
export type FollowUp = z.output<typeof calls.followUpSchema>;
export type InteractInput = z.input<typeof calls.interactBody>;
export type InteractResult = z.output<typeof calls.interactResultSchema>;
export type FollowUpInput = z.input<typeof calls.reminderBody>;

export type PurchaseInput = z.input<typeof customers.quickPurchaseBody>;
export type PurchaseItemInput = z.input<typeof customers.purchaseItemBody>;
export type PurchaseResult = z.output<typeof customers.quickPurchaseResultSchema>;
export type Customer = z.output<typeof customers.customerSchema>;
export type PhoneLookup = z.output<typeof customers.phoneLookupSchema>;
export type RefillReminder = z.output<typeof reminders.refillReminderSchema>;
/** A pending reminder with the customer's name and phone. */
export type PendingRefill = z.output<typeof reminders.pendingRefillSchema>;
export type NotifyResult = z.output<typeof reminders.notifyResultSchema>;

export type ConversionReport = z.output<typeof analytics.conversionReportSchema>;
export type CustomerAnalytics = z.output<typeof analytics.customerAnalyticsSchema>;
export type DailySummary = z.output<typeof analytics.dailySummarySchema>;

export const MATERIALS_PLACEHOLDERS: typeof settings.MATERIALS_PLACEHOLDERS = ['name'];
export type PharmacySettings = z.output<typeof settings.pharmacySettingsViewSchema>;
export type PharmacySettingsUpdate = z.input<typeof settings.updatePharmacySettingsBody>;
export type GenericAlternative = PharmacySettings['generic_alternatives'][number];
