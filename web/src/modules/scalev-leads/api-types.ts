// The scalev-leads API's answers as the dashboard reads them, taken from the module's route schemas
// (src/modules/scalev-leads/contract.ts). Times are UTC epoch ms. `import type` only: no schema code is bundled.
import type { z } from 'zod';
import type * as contract from '../../../../src/modules/scalev-leads/contract.js';

export type Stage = z.output<typeof contract.leadStageSchema>;
/** The stages in the order screens list them (a copy the type check keeps equal to the contract's). */
export const STAGES: typeof contract.LEAD_STAGES = ['follow_up', 'closing', 'not_closing'];

export type Lead = z.output<typeof contract.leadSchema>;
export type LeadPage = z.output<typeof contract.leadPageSchema>;
export type LeadDetail = z.output<typeof contract.leadDetailSchema>;
export type StageChange = LeadDetail['history'][number];
export type LeadDelivery = LeadDetail['deliveries'][number];
export type LeadEvent = LeadDetail['events'][number];
export type LeadActionResult = z.output<typeof contract.leadActionSchema>;
export type ResendResult = z.output<typeof contract.resendLeadSchema>;
export type MoveLeadInput = z.input<typeof contract.moveLeadBody>;

export type LeadStats = z.output<typeof contract.leadStatsSchema>;
export type DailyLeads = z.output<typeof contract.dailyLeadsSchema>;

export type ProductListEntry = z.output<typeof contract.productListSchema>;
/** A saved entry, with what could not be checked (its Mailketing lists when Mailketing could not be asked). */
export type ProductListSaved = z.output<typeof contract.productListSavedSchema>;
export type ProductLists = z.output<typeof contract.productListListSchema>;
/** The body of POST/PUT /api/product-lists. */
export type ProductListInput = z.input<typeof contract.productListBody>;

export type Stores = z.output<typeof contract.scalevStoresSchema>;
export type Store = Stores['items'][number];
export type Products = z.output<typeof contract.scalevProductsSchema>;
export type Product = Products['items'][number];
export type SalesPeople = z.output<typeof contract.scalevSalesPeopleSchema>;
export type SalesPerson = SalesPeople['items'][number];
export type MailketingLists = z.output<typeof contract.mailketingListsSchema>;
export type MailketingList = MailketingLists['items'][number];

export type LeadSettings = z.output<typeof contract.scalevMailketingSettingsSchema>;
export type LeadSettingsInput = z.input<typeof contract.updateScalevMailketingSettingsBody>;
export type ConnectionTest = z.output<typeof contract.connectionTestSchema>;
