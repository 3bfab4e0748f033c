// Wire shapes of the wa-assistant routes: settings, the seed's process-message, conversations and handover.
// Imports nothing but zod, so the dashboard takes its types from here.
import { z } from 'zod';
import { notesSchema } from '../../server/contract/notes.js';
import { mediaSettingsFields } from './contract/media.js';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

export const PHASE_VALUES = ['leads', 'interest', 'booking'] as const;
export const phaseSchema = z.enum(PHASE_VALUES);
export const CONVERSATION_STATUSES = ['bot', 'queued', 'person'] as const;

/** The AI notes as codes with values (the list: notes/rules.ts); empty for rows written before codes were kept. */
export const aiNotesSchema = notesSchema.describe(
  'The AI notes as codes with values (wa.payment_intent, wa.complex_question {intent}, …), for the dashboard to word; the English text beside it says the same. Empty for notes written before codes were kept.',
);

// --- Settings -----------------------------------------------------------------------------------------------------

/** The plain settings as stored (the key is kept apart, sealed). */
export const assistantStoredSettings = z
  .object({
    company_name: z.string().trim().min(1).max(200).nullable().describe('Named in the welcome message; null (the default): the welcome names no business rather than a placeholder.'),
    quiet_window_ms: z.number().int().min(0).max(60_000).describe('Messages closer together than this are one turn (default 4000).'),
    burst_max_ms: z.number().int().min(0).max(120_000).describe('A turn is answered at the latest this long after its first message (default 15000).'),
    typing_min_ms: z.number().int().min(0).max(30_000).describe('Shortest "typing…" pause before a reply (default 1200).'),
    typing_ms_per_char: z.number().int().min(0).max(1_000).describe('Pause added per character of the reply (default 25).'),
    typing_max_ms: z.number().int().min(0).max(60_000).describe('Longest pause (default 6000).'),
    low_confidence_threshold: z.number().min(0).max(1).describe('Turns the brain is less sure of than this go to a person (default 0.5).'),
    holding_after_ms: z.number().int().min(10_000).max(7 * 24 * 3_600_000).describe('An escalated conversation nobody picked up gets the holding message after this long (default 600000).'),
    owner_phone: z.string().trim().max(32).nullable().describe('E.164; the owner is also alerted on WhatsApp when set.'),
    whatsapp_number: z.string().regex(/^\d{8,15}$/).nullable().describe('The business number in international digits (6281…): campaign links open a chat with it.'),
    silence_alert_after_ms: z.number().int().min(10 * 60_000).max(7 * 24 * 3_600_000).describe('No customer message for this long during business hours means WhatsApp is "connected but dead": the owner is alerted (default 7200000, 2 hours).'),
    llm_model: z.string().trim().min(1).max(200).nullable().describe('The language model to ask (e.g. gpt-4o-mini, llama3.1); null: the rules answer alone. The model is used when this and the key are set.'),
    llm_base_url: z.url({ protocol: /^https?$/ }).max(500).nullable().describe('An OpenAI-compatible API, up to /v1; null: the server default (LLM_BASE_URL).'),
    llm_timeout_ms: z.number().int().min(200).max(60_000).describe('The longest a turn waits for the model, retries included, before the rules answer instead (default 8000).'),
    llm_json_mode: z.boolean().describe('Ask the server for JSON output (response_format json_object); turn off for servers that refuse it. The answer is checked either way (default true).'),
    ...mediaSettingsFields,
    satisfaction_enabled: z.boolean().describe('Ask for a 1–5 rating after a booking and after a handover is handed back, once per conversation per occasion, in business hours (default false).'),
    satisfaction_delay_ms: z.number().int().min(0).max(7 * 24 * 3_600_000).describe('How long after the booking or the hand-back the rating question waits (default 1800000, 30 minutes).'),
    satisfaction_question_id: z.string().trim().min(1).max(500).nullable().describe('The question in Bahasa Indonesia; null: the standard words.'),
    satisfaction_question_en: z.string().trim().min(1).max(500).nullable().describe('The question in English; null: the standard words.'),
  });
export type AssistantStoredSettings = z.infer<typeof assistantStoredSettings>;

/** The secret among the settings; stored sealed, shown masked. */
export const LLM_KEY_FIELD = 'llm_api_key';

export const assistantSettingsSchema = assistantStoredSettings
  .extend({
    llm_api_key: z.string().nullable().describe("The model server's API key, masked (••••••3f9a); null when none is saved."),
    llm_default_base_url: z.string().describe('The base URL used while llm_base_url is null (the server setting LLM_BASE_URL).'),
  })
  .meta({ id: 'AssistantSettings' });
export const assistantSettingsUpdate = assistantStoredSettings
  .partial()
  .extend({
    llm_api_key: z.string().trim().max(500).nullable().optional().describe('A new key; null or "" removes it; the masked value sent back unchanged keeps it.'),
  })
  .strict();

/** POST /api/settings/test/llm: the model answered with the saved settings. */
export const modelTestSchema = z
  .object({
    ok: z.literal(true),
    message: z.string().describe('What the model server answered, in words.'),
    model: z.string(),
    base_url: z.string(),
  })
  .meta({ id: 'ModelConnectionTest' });

// --- POST /api/ai/process-message (the seed's shape) --------------------------------------------------------------

export const processMessageBody = z
  .object({
    phone: z.string().trim().min(5).max(32),
    message: z.string().max(4096),
    conversation_id: z.string().max(100).optional(),
    current_phase: phaseSchema.optional(),
  })
  .meta({ id: 'ProcessMessageRequest' });

export const mediaToSendSchema = z.object({ type: z.enum(['image', 'file', 'video', 'location']), url: z.string() });

export const processMessageSchema = z
  .object({
    response_text: z.string(),
    media_to_send: z.array(mediaToSendSchema),
    new_phase: phaseSchema,
    confidence: z.number(),
    should_escalate: z.boolean(),
    intent: z.string(),
    language: z.enum(['id', 'en']),
    escalation_reason: z.string().nullable(),
    package_code: z.string().nullable(),
    engine: z.enum(['rules', 'llm']).describe('llm: the language model answered; rules: the rule engine did (no model configured, or the model failed).'),
    model: z.string().nullable().describe('The model asked, or null when none is configured.'),
    fallback_reason: z.string().nullable().describe('Why the rules answered although a model is configured: model_timeout, model_rate_limited, model_server_error, model_unreachable, model_rejected_key, model_refused_request, model_not_json, model_invalid_answer.'),
  })
  .meta({ id: 'ProcessMessageResponse' });

// --- Conversations -------------------------------------------------------------------------------------------------

export const conversationSchema = z
  .object({
    id: z.string().describe('cnv_…'),
    phone: z.string(),
    phase: phaseSchema,
    status: z.enum(CONVERSATION_STATUSES).describe('bot: the assistant answers; queued: waiting for a person; person: a person owns it and the bot is silent.'),
    package_code: z.string().nullable(),
    campaign_code: z.string().nullable(),
    language: z.enum(['id', 'en']),
    assigned_to: z.string().nullable(),
    escalation_reason: z.string().nullable(),
    escalated_at: ms().nullable(),
    handover_notes: z.string().nullable(),
    high_intent: z.boolean(),
    ai_notes: z.string().nullable().describe('The latest AI notes in English (`ai_note_codes` in words).'),
    ai_note_codes: aiNotesSchema,
    last_confidence: z.number().nullable(),
    last_message: z.string().nullable(),
    last_inbound_at: ms().nullable(),
    last_reply_at: ms().nullable(),
    created_at: ms(),
    experiment_id: z.string().nullable().describe('The A/B test the conversation joined (GET /api/ai/experiments/{id}), or null.'),
    variant_key: z.string().nullable().describe('Its variant in that test: kept for the whole conversation.'),
  })
  .meta({ id: 'Conversation' });

export const conversationMessageSchema = z.object({
  id: z.string(),
  direction: z.enum(['in', 'out']),
  author: z.enum(['customer', 'bot', 'person']),
  kind: z.string(),
  body: z.string().nullable(),
  media_url: z.string().nullable(),
  turn_id: z.string().nullable(),
  delivery_status: z.string().nullable(),
  ack: z.number().nullable(),
  at: ms(),
  sent_at: ms().nullable().describe("in: when the customer sent it (WhatsApp's time); out: when WAHA accepted it, null until then."),
  author_name: z.string().nullable().describe("A person's reply: who wrote it (their name, or `token <name>`); null otherwise."),
});

export const conversationTurnSchema = z.object({
  id: z.string(),
  status: z.string(),
  message_count: z.number(),
  intent: z.string().nullable(),
  language: z.string().nullable(),
  phase_before: z.string(),
  phase_after: z.string(),
  confidence: z.number().nullable(),
  escalate: z.boolean(),
  escalation_reason: z.string().nullable(),
  engine: z.string().describe('rules, llm, or none (a silent turn).'),
  model: z.string().nullable().describe('The language model asked for this turn, or null.'),
  fallback_reason: z.string().nullable().describe('Why the rules answered although the model was asked (model_timeout, model_invalid_answer, …).'),
  prompt_version: z.string().nullable(),
  variant_key: z.string().nullable().describe('The A/B test variant the turn answered with, or null.'),
  campaign_code: z.string().nullable(),
  notes: z.string().nullable().describe('The turn\'s AI notes in English (`note_codes` in words).'),
  note_codes: aiNotesSchema,
  first_message_at: ms(),
  decided_at: ms(),
});

export const conversationDetailSchema = conversationSchema
  .extend({
    messages: z.array(conversationMessageSchema),
    turns: z.array(conversationTurnSchema),
    phase_history: z.array(z.object({ from: z.string().nullable(), to: z.string(), cause: z.string(), actor_type: z.string(), at: ms() })),
  })
  .meta({ id: 'ConversationDetail' });

export const conversationPageSchema = z.object({ items: z.array(conversationSchema), next_cursor: z.string().nullable() }).meta({ id: 'ConversationPage' });
export const listConversationsQuery = z.object({
  status: z.enum(CONVERSATION_STATUSES).optional(),
  phase: phaseSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export const conversationParams = z.object({ id: z.string().min(1).max(100) });

export const handoverBody = z
  .object({
    conversation_id: z.string().min(1).max(100),
    assigned_to: z.string().trim().min(1).max(200),
    handover_notes: z.string().max(4000).optional(),
  })
  .meta({ id: 'HandoverRequest' });
export const personReplyBody = z.object({ text: z.string().trim().min(1).max(4096) }).meta({ id: 'PersonReply' });
export const handBackBody = z.object({ notes: z.string().max(4000).optional() });

// --- Packages --------------------------------------------------------------------------------------------------------

/** `PKG_MONTH_YEAR_TYPE`, e.g. UMR_MAR_2025_HEMAT (stored upper case). */
export const packageCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/\s+/g, '_'))
  .pipe(z.string().regex(/^[A-Z]{2,6}_[A-Z]{3,9}_20\d\d_[A-Z]{2,20}$/, 'expected PKG_MONTH_YEAR_TYPE, e.g. UMR_MAR_2025_HEMAT'));

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const httpUrl = z.url({ protocol: /^https?$/ });

const packageFields = {
  name: z.string().trim().min(1).max(200),
  price: z.number().int().min(0).describe('Whole units of the currency (Rupiah).'),
  currency: z.string().regex(/^[A-Z]{3}$/).default('IDR'),
  departure_date: day,
  duration_days: z.number().int().min(1).max(120),
  quota_total: z.number().int().min(0),
  quota_remaining: z.number().int().min(0).describe('Seats left; 0 is sold out, and a sold-out package is never offered.'),
  brochure_image_url: httpUrl.nullable().default(null),
  itinerary_url: httpUrl.nullable().default(null),
  features: z.array(z.string().max(300)).max(50).default([]),
  hotel: z.string().max(1000).nullable().default(null),
  inclusions: z.string().max(4000).nullable().default(null),
  exclusions: z.string().max(4000).nullable().default(null),
  payment_terms: z.string().max(4000).nullable().default(null),
};

export const createPackageBody = z.object({ code: packageCodeSchema, ...packageFields }).strict().meta({ id: 'NewPackage' });
export const updatePackageBody = z
  .object({
    name: packageFields.name.optional(),
    price: packageFields.price.optional(),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    departure_date: day.optional(),
    duration_days: packageFields.duration_days.optional(),
    quota_total: packageFields.quota_total.optional(),
    quota_remaining: packageFields.quota_remaining.optional(),
    brochure_image_url: httpUrl.nullable().optional(),
    itinerary_url: httpUrl.nullable().optional(),
    features: z.array(z.string().max(300)).max(50).optional(),
    hotel: z.string().max(1000).nullable().optional(),
    inclusions: z.string().max(4000).nullable().optional(),
    exclusions: z.string().max(4000).nullable().optional(),
    payment_terms: z.string().max(4000).nullable().optional(),
  })
  .strict()
  .meta({ id: 'PackageUpdate' });

export const packageSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    price: z.number(),
    currency: z.string(),
    departure_date: z.string(),
    duration_days: z.number(),
    quota_total: z.number(),
    quota_remaining: z.number(),
    sold_out: z.boolean(),
    brochure_image_url: z.string().nullable(),
    itinerary_url: z.string().nullable(),
    features: z.array(z.string()),
    hotel: z.string().nullable(),
    inclusions: z.string().nullable(),
    exclusions: z.string().nullable(),
    payment_terms: z.string().nullable(),
    click_url: z.string().describe('The campaign link: opens WhatsApp with the code typed in, counting the click.'),
    clicks: z.number(),
    created_at: ms(),
    updated_at: ms(),
  })
  .meta({ id: 'Package' });
export const packageListSchema = z.object({ items: z.array(packageSchema) }).meta({ id: 'PackageList' });
export const packageParams = z.object({ code: z.string().min(1).max(60) });

// --- Marketing leads (the seed's POST /api/marketing/leads) ----------------------------------------------------------

export const marketingLeadBody = z
  .object({
    phone: z.string().trim().min(5).max(32),
    name: z.string().trim().min(1).max(200).default('From WhatsApp'),
    phase: phaseSchema,
    interested_package: z.string().max(60).nullable().optional(),
    conversation_summary: z.string().max(4000).nullable().optional(),
    source: z.string().max(200).nullable().optional(),
    ai_confidence: z.number().min(0).max(1).nullable().optional(),
  })
  .meta({ id: 'MarketingLeadRequest' });
export const marketingLeadSchema = z
  .object({
    id: z.string(),
    phone: z.string(),
    name: z.string(),
    phase: z.string(),
    interested_package: z.string().nullable(),
    conversation_summary: z.string().nullable(),
    source: z.string().nullable(),
    ai_confidence: z.number().nullable(),
    conversation_id: z.string().nullable(),
    created_at: ms(),
    updated_at: ms(),
  })
  .meta({ id: 'MarketingLead' });
export const marketingLeadPageSchema = z.object({ items: z.array(marketingLeadSchema), next_cursor: z.string().nullable() }).meta({ id: 'MarketingLeadPage' });
export const pageQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), cursor: z.string().max(100).optional() });

// --- Prompts -----------------------------------------------------------------------------------------------------------

export const PROMPT_TYPES = ['base', 'company', 'rules', 'escalation', 'faq'] as const;
export const savePromptBody = z
  .object({
    prompt_type: z.enum(PROMPT_TYPES),
    content: z.string().min(1).max(20_000),
    version: z.string().trim().min(1).max(40),
    updated_by: z.string().trim().max(200).optional(),
    production: z.boolean().default(true).describe('Make this version the one turns use (default true).'),
  })
  .meta({ id: 'PromptSaveRequest' });
export const promptVersionSchema = z.object({
  id: z.string(),
  prompt_type: z.enum(PROMPT_TYPES),
  version: z.string(),
  content: z.string(),
  updated_by: z.string().nullable(),
  production: z.boolean(),
  turns: z.number().describe('Turns answered with this version in production.'),
  created_at: ms(),
});
export const promptListSchema = z.object({ items: z.array(promptVersionSchema) }).meta({ id: 'PromptVersions' });
export const promoteParams = z.object({ prompt_type: z.enum(PROMPT_TYPES) });
export const promoteBody = z.object({ version: z.string().trim().min(1).max(40) });

// --- Jamaah -------------------------------------------------------------------------------------------------------------

export const jamaahSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    phone: z.string(),
    package_code: z.string().nullable(),
    people: z.number().nullable(),
    campaign_code: z.string().nullable(),
    conversation_id: z.string(),
    status: z.string(),
    created_at: ms(),
  })
  .meta({ id: 'Jamaah' });
export const jamaahPageSchema = z.object({ items: z.array(jamaahSchema), next_cursor: z.string().nullable() }).meta({ id: 'JamaahPage' });

// --- GET /api/marketing/dashboard (the seed's shape, plus open alerts) ---------------------------------------------------

export const marketingDashboardSchema = z
  .object({
    active_conversations: z.number().describe('Conversations with a customer message in the last 24 hours.'),
    phase_distribution: z.object({ leads: z.number(), interest: z.number(), booking: z.number() }),
    pending_handover: z.array(
      z.object({
        id: z.string(),
        phone: z.string(),
        phase: z.string(),
        last_message: z.string().nullable(),
        interested_package: z.string().nullable(),
        conversation_url: z.string(),
        ai_notes: z.string().nullable(),
        ai_note_codes: aiNotesSchema,
        escalation_reason: z.string().nullable(),
        waiting_since: ms().nullable(),
      }),
    ),
    escalated_conversations: z.number().describe('Waiting for a person or owned by one.'),
    alerts: z.array(z.object({ id: z.string(), kind: z.string(), audience: z.string(), message: z.string(), conversation_id: z.string().nullable(), created_at: ms() })),
  })
  .meta({ id: 'MarketingDashboard' });
