// Row types of the wa-assistant tables (conversations, messages, turns, packages, WhatsApp sessions), merged into the core's Database.

/** One customer's WhatsApp conversation: one per phone per workspace, so a returning customer continues it. */
export interface WaConversationTable {
  id: string;
  workspace_id: string;
  contact_id: string | null;
  /** E.164 */
  phone: string;
  /** WAHA chat id the replies go to (`62…@c.us`). */
  chat_id: string;
  /** WAHA session (WhatsApp account) the customer wrote to. */
  session: string;
  /** leads | interest | booking (stage of the `wa-assistant.phase` pipeline). */
  phase: string;
  /** The package the conversation is about (from a campaign code), or null. */
  package_code: string | null;
  /** The campaign code that opened or last attributed the conversation. */
  campaign_code: string | null;
  /** id | en */
  language: string;
  /** bot: the assistant answers; queued: escalated, waiting for a person; person: a person owns it (bot silent). */
  status: string;
  assigned_to: string | null;
  escalation_reason: string | null;
  escalated_at: number | null;
  handover_notes: string | null;
  /** 1 when the customer asked about payment before choosing a package. */
  high_intent: number;
  /** The latest turn's AI notes in English; kept when a turn has none. */
  ai_notes: string | null;
  /** The same notes as JSON codes with values (notes/rules.ts); null before codes were kept. */
  ai_note_codes: string | null;
  last_confidence: number | null;
  last_message: string | null;
  last_inbound_at: number | null;
  last_reply_at: number | null;
  created_at: number;
  updated_at: number;
  /** The A/B test the conversation joined and the variant it was given (sticky), or null. */
  experiment_id: string | null;
  variant_key: string | null;
}

/** A message in or out. Inbound ones are deduplicated on (session, provider message id). */
export interface WaMessageTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  /** in | out */
  direction: string;
  /** customer | bot | person */
  author: string;
  session: string;
  /** WAHA's message id (inbound: the webhook's payload.id; outbound: learnt from the send's answer). */
  provider_message_id: string | null;
  /** text | image | file | video | location | other */
  kind: string;
  body: string | null;
  media_url: string | null;
  /** The turn that answered (inbound) or produced (outbound) it; null while an inbound message waits for its turn. */
  turn_id: string | null;
  delivery_id: string | null;
  /** WAHA ack level (−1 error … 4 played), from message.ack events. */
  ack: number | null;
  /** The message's own time (WAHA's timestamp), epoch ms. */
  sent_at: number;
  /** Who wrote a person's reply (user or token, as audit rows name actors); null for the customer and the bot. */
  actor_type: string | null;
  actor_id: string | null;
  created_at: number;
}

/** One turn: the burst of customer messages it answers, what the brain decided, and what was sent. */
export interface WaTurnTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  /** answered | silent (a person owns the conversation, or it waits in the queue) */
  status: string;
  message_count: number;
  /** When the burst's first message arrived (epoch ms): the start of the response time. */
  first_message_at: number;
  /** When the turn was decided. */
  decided_at: number;
  intent: string | null;
  language: string | null;
  phase_before: string;
  phase_after: string;
  confidence: number | null;
  escalate: number;
  escalation_reason: string | null;
  /** rules | llm */
  engine: string;
  /** The language model asked for the turn, or null. */
  model: string | null;
  /** Why the rules answered although the model was asked (model_timeout, …), or null. */
  fallback_reason: string | null;
  /** The production prompt version the turn used (null: none saved). */
  prompt_version: string | null;
  reply_text: string | null;
  /** JSON array of {type, url} sent besides the text. */
  media: string;
  campaign_code: string | null;
  /** JSON: codes ignored (a later valid one) and unknown ones, for analysis. */
  codes_logged: string | null;
  /** The AI notes in English (the codes below, worded), or null. */
  notes: string | null;
  /** The same notes as a JSON array of codes with values (notes/rules.ts); null when none, or written before codes were kept. */
  note_codes: string | null;
  created_at: number;
  /** The A/B test variant the turn answered with, or null. */
  experiment_id: string | null;
  variant_key: string | null;
}

/** A travel package; its code is the campaign code ads put in the first message. */
export interface WaPackageTable {
  workspace_id: string;
  code: string;
  name: string;
  price: number;
  currency: string;
  /** YYYY-MM-DD */
  departure_date: string;
  duration_days: number;
  quota_total: number;
  quota_remaining: number;
  brochure_image_url: string | null;
  itinerary_url: string | null;
  /** JSON array of strings. */
  features: string;
  hotel: string | null;
  inclusions: string | null;
  exclusions: string | null;
  payment_terms: string | null;
  created_at: number;
  updated_at: number;
}

/** The last known state of each WAHA session (from session.status events) and its traffic, for the health view. */
export interface WaSessionTable {
  workspace_id: string;
  session: string;
  status: string | null;
  status_at: number | null;
  last_inbound_at: number | null;
  last_ack_at: number | null;
  updated_at: number;
}

/** Something a person should see on the dashboard: a booking to follow up, an early payment question, an unanswered handover. */
export interface WaAlertTable {
  id: string;
  workspace_id: string;
  conversation_id: string | null;
  /** booking | high_intent | escalation | handover_waiting */
  kind: string;
  /** admins | owner */
  audience: string;
  message: string;
  created_at: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
}

/** A marketing lead (the shape of POST /api/marketing/leads), one per phone. */
export interface WaLeadTable {
  id: string;
  workspace_id: string;
  /** E.164 */
  phone: string;
  name: string;
  phase: string;
  interested_package: string | null;
  conversation_summary: string | null;
  /** Campaign source, e.g. a Meta ads campaign or the campaign code. */
  source: string | null;
  ai_confidence: number | null;
  conversation_id: string | null;
  created_at: number;
  updated_at: number;
}

/** One saved version of a prompt part (base, company, rules, escalation, faq); never changed once saved. */
export interface WaPromptTable {
  id: string;
  workspace_id: string;
  prompt_type: string;
  version: string;
  content: string;
  updated_by: string | null;
  created_at: number;
}

/** Which version of each prompt type is in production. */
export interface WaPromptProductionTable {
  workspace_id: string;
  prompt_type: string;
  prompt_id: string;
  updated_at: number;
}

/** A click on a campaign code's link (`/c/<code>`), before the chat opens. */
export interface WaClickTable {
  id: string;
  workspace_id: string;
  code: string;
  at: number;
}

/** A preliminary pilgrim (jamaah) record made at booking, for the agency's own systems. */
export interface WaJamaahTable {
  id: string;
  workspace_id: string;
  name: string;
  phone: string;
  package_code: string | null;
  /** How many people travel, when the customer said so. */
  people: number | null;
  campaign_code: string | null;
  conversation_id: string;
  /** preliminary */
  status: string;
  created_at: number;
  updated_at: number;
}

/** An A/B test: its variants (JSON) are fixed once it has started, so the figures describe what customers met. */
export interface WaExperimentTable {
  id: string;
  workspace_id: string;
  name: string;
  hypothesis: string | null;
  /** draft | running | stopped; at most one running per workspace. */
  status: string;
  /** JSON array of {key, name, weight, prompt_versions, reply_templates}. */
  variants: string;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  started_at: number | null;
  stopped_at: number | null;
}

/** One rating question of a conversation: at most one per occasion (booking, handover) per conversation. */
export interface WaSatisfactionTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  /** booking | handover */
  occasion: string;
  /** scheduled → asked → answered | ignored (the next message was no rating); skipped (not asked: see `note`). */
  status: string;
  /** When the question is due (moved to the next business opening outside business hours). */
  due_at: number;
  asked_at: number | null;
  /** 1–5 */
  score: number | null;
  answered_at: number | null;
  /** The turn whose messages held the answer (or were no answer). */
  turn_id: string | null;
  note: string | null;
  created_at: number;
}

declare module '../../db/database.js' {
  interface Database {
    wa_conversations: WaConversationTable;
    wa_messages: WaMessageTable;
    wa_turns: WaTurnTable;
    wa_packages: WaPackageTable;
    wa_sessions: WaSessionTable;
    wa_alerts: WaAlertTable;
    wa_leads: WaLeadTable;
    wa_prompts: WaPromptTable;
    wa_prompt_production: WaPromptProductionTable;
    wa_clicks: WaClickTable;
    wa_jamaah: WaJamaahTable;
    wa_experiments: WaExperimentTable;
    wa_satisfaction: WaSatisfactionTable;
  }
}
