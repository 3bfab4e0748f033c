// Wire shapes of the wa-assistant routes: settings, the seed's process-message, conversations and handover.
// Imports nothing but zod, so the dashboard takes its types from here.
import { z } from 'zod';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

export const PHASE_VALUES = ['leads', 'interest', 'booking'] as const;
export const phaseSchema = z.enum(PHASE_VALUES);
export const CONVERSATION_STATUSES = ['bot', 'queued', 'person'] as const;

// --- Settings -----------------------------------------------------------------------------------------------------

export const assistantSettingsSchema = z
  .object({
    company_name: z.string().trim().min(1).max(200).describe('Named in the welcome message.'),
    quiet_window_ms: z.number().int().min(0).max(60_000).describe('Messages closer together than this are one turn (default 4000).'),
    burst_max_ms: z.number().int().min(0).max(120_000).describe('A turn is answered at the latest this long after its first message (default 15000).'),
    typing_min_ms: z.number().int().min(0).max(30_000).describe('Shortest "typing…" pause before a reply (default 1200).'),
    typing_ms_per_char: z.number().int().min(0).max(1_000).describe('Pause added per character of the reply (default 25).'),
    typing_max_ms: z.number().int().min(0).max(60_000).describe('Longest pause (default 6000).'),
    low_confidence_threshold: z.number().min(0).max(1).describe('Turns the brain is less sure of than this go to a person (default 0.5).'),
    holding_after_ms: z.number().int().min(10_000).max(7 * 24 * 3_600_000).describe('An escalated conversation nobody picked up gets the holding message after this long (default 600000).'),
    owner_phone: z.string().trim().max(32).nullable().describe('E.164; the owner is also alerted on WhatsApp when set.'),
  })
  .meta({ id: 'AssistantSettings' });
export const assistantSettingsUpdate = assistantSettingsSchema.partial().strict();

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
    engine: z.enum(['rules', 'llm']),
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
    ai_notes: z.string().nullable(),
    last_confidence: z.number().nullable(),
    last_message: z.string().nullable(),
    last_inbound_at: ms().nullable(),
    last_reply_at: ms().nullable(),
    created_at: ms(),
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
  engine: z.string(),
  prompt_version: z.string().nullable(),
  campaign_code: z.string().nullable(),
  notes: z.string().nullable(),
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
