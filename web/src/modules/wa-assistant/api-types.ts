// The wa-assistant API's answers as the dashboard reads them, taken from the module's route schemas
// (src/modules/wa-assistant/contract.ts). Times are UTC epoch ms. `import type` only: no schema code is bundled.
import type { z } from 'zod';
import type * as contract from '../../../../src/modules/wa-assistant/contract.js';
import type * as experiments from '../../../../src/modules/wa-assistant/contract/experiments.js';
import type * as analytics from '../../../../src/modules/wa-assistant/contract/analytics.js';
import type * as health from '../../../../src/modules/wa-assistant/contract/health.js';

export type Phase = z.output<typeof contract.phaseSchema>;
/** The phases in the order screens list them (a copy the type check keeps equal to the contract's). */
export const PHASES: typeof contract.PHASE_VALUES = ['leads', 'interest', 'booking'];
export type ConversationStatus = (typeof contract.CONVERSATION_STATUSES)[number];
export const CONVERSATION_STATUSES: typeof contract.CONVERSATION_STATUSES = ['bot', 'queued', 'person'];

export type Conversation = z.output<typeof contract.conversationSchema>;
export type ConversationPage = z.output<typeof contract.conversationPageSchema>;
export type ConversationDetail = z.output<typeof contract.conversationDetailSchema>;
export type ConversationMessage = ConversationDetail['messages'][number];
export type ConversationTurn = ConversationDetail['turns'][number];
export type PhaseChange = ConversationDetail['phase_history'][number];
/** The body of POST /api/conversations/handover. */
export type HandoverInput = z.input<typeof contract.handoverBody>;
export type PersonReplyInput = z.input<typeof contract.personReplyBody>;

export type Package = z.output<typeof contract.packageSchema>;
export type PackageList = z.output<typeof contract.packageListSchema>;
/** The body of POST /api/packages. */
export type PackageInput = z.input<typeof contract.createPackageBody>;
/** The body of PUT /api/packages/:code. */
export type PackageUpdate = z.input<typeof contract.updatePackageBody>;

export type PromptType = (typeof contract.PROMPT_TYPES)[number];
export const PROMPT_TYPES: typeof contract.PROMPT_TYPES = ['base', 'company', 'rules', 'escalation', 'faq'];
export type PromptList = z.output<typeof contract.promptListSchema>;
export type PromptVersion = PromptList['items'][number];
export type SavePromptInput = z.input<typeof contract.savePromptBody>;

export type MarketingDashboard = z.output<typeof contract.marketingDashboardSchema>;
export type PendingHandover = MarketingDashboard['pending_handover'][number];
export type Alert = MarketingDashboard['alerts'][number];
export type MarketingAnalytics = z.output<typeof analytics.marketingAnalyticsSchema>;
export type WhatsappHealth = z.output<typeof health.whatsappHealthSchema>;

export type AssistantSettings = z.output<typeof contract.assistantSettingsSchema>;
/** The body of PUT /api/settings/wa-assistant. */
export type AssistantSettingsUpdate = z.input<typeof contract.assistantSettingsUpdate>;
export type ModelTest = z.output<typeof contract.modelTestSchema>;

export type Experiment = z.output<typeof experiments.experimentSchema>;
export type ExperimentList = z.output<typeof experiments.experimentListSchema>;
export type ExperimentVariant = Experiment['variants'][number];
/** The body of POST /api/ai/experiments. */
export type ExperimentInput = z.input<typeof experiments.createExperimentBody>;
export type TemplateName = experiments.TemplateName;
/** The replies a variant may word differently and their placeholders (a copy the type check keeps equal to the contract's). */
export const TEMPLATE_PLACEHOLDERS: typeof experiments.TEMPLATE_PLACEHOLDERS = {
  greeting: ['company', 'packages'],
  package_intro: ['company', 'package'],
  package_details: ['package', 'price', 'departure', 'duration', 'seats'],
};
export const TEMPLATE_NAMES = Object.keys(TEMPLATE_PLACEHOLDERS) as TemplateName[];
