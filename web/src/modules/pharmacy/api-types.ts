// The pharmacy API's answers as the dashboard reads them, taken from the module's route schemas
// (src/modules/pharmacy/contract.ts). Times are UTC epoch ms. `import type` only: no schema code is bundled; the value
// lists the screens need are copies the type check keeps equal to the contract's.
import type { z } from 'zod';
import type * as analytics from '../../../../src/modules/pharmacy/contract/analytics.js';
import type * as contract from '../../../../src/modules/pharmacy/contract.js';

export const CONTACT_STATUSES: typeof contract.CONTACT_STATUSES = ['pending', 'contacted', 'converted', 'yellow', 'inactive'];
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export const WHATSAPP_STATUSES: typeof contract.WHATSAPP_STATUSES = ['active', 'inactive', 'unknown'];
export type WhatsappStatus = (typeof WHATSAPP_STATUSES)[number];

export type Staff = z.output<typeof contract.staffSchema>;
export type StaffList = z.output<typeof contract.staffListSchema>;
export type StaffInput = z.input<typeof contract.createStaffBody>;
export type StaffChange = z.input<typeof contract.updateStaffBody>;

export type Contact = z.output<typeof contract.sheetContactSchema>;
export type ContactPage = z.output<typeof contract.contactPageSchema>;
export type ContactUpload = z.output<typeof contract.contactUploadSchema>;
export type ImportReport = z.output<typeof contract.contactImportResultSchema>;

export type Tasks = z.output<typeof contract.tasksSchema>;
export type TaskContact = Tasks['contacts'][number];
export type FollowUp = z.output<typeof contract.followUpSchema>;
export type InteractInput = z.input<typeof contract.interactBody>;
export type InteractResult = z.output<typeof contract.interactResultSchema>;
export type FollowUpInput = z.input<typeof contract.reminderBody>;

export type PurchaseInput = z.input<typeof contract.quickPurchaseBody>;
export type PurchaseItemInput = z.input<typeof contract.purchaseItemBody>;
export type PurchaseResult = z.output<typeof contract.quickPurchaseResultSchema>;
export type Customer = z.output<typeof contract.customerSchema>;
export type PhoneLookup = z.output<typeof contract.phoneLookupSchema>;
export type RefillReminder = z.output<typeof contract.refillReminderSchema>;
/** A pending reminder with the customer's name and phone. */
export type PendingRefill = z.output<typeof contract.pendingRefillSchema>;
export type NotifyResult = z.output<typeof contract.notifyResultSchema>;

export type ConversionReport = z.output<typeof analytics.conversionReportSchema>;
export type CustomerAnalytics = z.output<typeof analytics.customerAnalyticsSchema>;
export type DailySummary = z.output<typeof analytics.dailySummarySchema>;
