// Tables of the wa-assistant module: conversations, messages, turns, packages and WhatsApp sessions.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../../db/database.js';
import { millisType } from '../../db/dialect.js';
import { experimentsMigration, satisfactionMigration } from './experiments/migrations.js';

export function waAssistantMigrations(dialect: Dialect): Record<string, Migration> {
  const ms = millisType(dialect);
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  return {
    '2026-12-04-1000-wa-assistant': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('wa_conversations')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('contact_id', 'text')
          .addColumn('phone', 'text', (c) => c.notNull())
          .addColumn('chat_id', 'text', (c) => c.notNull())
          .addColumn('session', 'text', (c) => c.notNull())
          .addColumn('phase', 'text', (c) => c.notNull())
          .addColumn('package_code', 'text')
          .addColumn('campaign_code', 'text')
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('assigned_to', 'text')
          .addColumn('escalation_reason', 'text')
          .addColumn('escalated_at', ms)
          .addColumn('handover_notes', 'text')
          .addColumn('high_intent', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('ai_notes', 'text')
          .addColumn('last_confidence', real)
          .addColumn('last_message', 'text')
          .addColumn('last_inbound_at', ms)
          .addColumn('last_reply_at', ms)
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        // One conversation per phone: a returning customer continues from the last phase.
        await db.schema.createIndex('wa_conversations_phone').unique().on('wa_conversations').columns(['workspace_id', 'phone']).execute();
        await db.schema.createIndex('wa_conversations_recent').on('wa_conversations').columns(['workspace_id', 'last_inbound_at', 'id']).execute();
        await db.schema.createIndex('wa_conversations_status').on('wa_conversations').columns(['workspace_id', 'status', 'escalated_at']).execute();

        await db.schema
          .createTable('wa_messages')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('conversation_id', 'text', (c) => c.notNull())
          .addColumn('direction', 'text', (c) => c.notNull())
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('session', 'text', (c) => c.notNull())
          .addColumn('provider_message_id', 'text')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('body', 'text')
          .addColumn('media_url', 'text')
          .addColumn('turn_id', 'text')
          .addColumn('delivery_id', 'text')
          .addColumn('ack', 'integer')
          .addColumn('sent_at', ms, (c) => c.notNull())
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        // A WAHA retry, the same message on both webhook paths, or message + message.any: stored once.
        await db.schema
          .createIndex('wa_messages_provider')
          .unique()
          .on('wa_messages')
          .columns(['workspace_id', 'session', 'provider_message_id'])
          .where(sql<boolean>`provider_message_id is not null`)
          .execute();
        await db.schema.createIndex('wa_messages_conversation').on('wa_messages').columns(['workspace_id', 'conversation_id', 'created_at']).execute();
        await db.schema.createIndex('wa_messages_waiting').on('wa_messages').columns(['workspace_id', 'conversation_id', 'turn_id']).execute();
        await db.schema.createIndex('wa_messages_delivery').on('wa_messages').columns(['workspace_id', 'delivery_id']).execute();

        await db.schema
          .createTable('wa_turns')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('conversation_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('message_count', 'integer', (c) => c.notNull())
          .addColumn('first_message_at', ms, (c) => c.notNull())
          .addColumn('decided_at', ms, (c) => c.notNull())
          .addColumn('intent', 'text')
          .addColumn('language', 'text')
          .addColumn('phase_before', 'text', (c) => c.notNull())
          .addColumn('phase_after', 'text', (c) => c.notNull())
          .addColumn('confidence', real)
          .addColumn('escalate', 'integer', (c) => c.notNull())
          .addColumn('escalation_reason', 'text')
          .addColumn('engine', 'text', (c) => c.notNull())
          .addColumn('prompt_version', 'text')
          .addColumn('reply_text', 'text')
          .addColumn('media', 'text', (c) => c.notNull())
          .addColumn('campaign_code', 'text')
          .addColumn('codes_logged', 'text')
          .addColumn('notes', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('wa_turns_conversation').on('wa_turns').columns(['workspace_id', 'conversation_id', 'created_at']).execute();

        await db.schema
          .createTable('wa_packages')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('price', ms, (c) => c.notNull())
          .addColumn('currency', 'text', (c) => c.notNull())
          .addColumn('departure_date', 'text', (c) => c.notNull())
          .addColumn('duration_days', 'integer', (c) => c.notNull())
          .addColumn('quota_total', 'integer', (c) => c.notNull())
          .addColumn('quota_remaining', 'integer', (c) => c.notNull())
          .addColumn('brochure_image_url', 'text')
          .addColumn('itinerary_url', 'text')
          .addColumn('features', 'text', (c) => c.notNull())
          .addColumn('hotel', 'text')
          .addColumn('inclusions', 'text')
          .addColumn('exclusions', 'text')
          .addColumn('payment_terms', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .addPrimaryKeyConstraint('wa_packages_pk', ['workspace_id', 'code'])
          .execute();

        await db.schema
          .createTable('wa_alerts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('conversation_id', 'text')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('audience', 'text', (c) => c.notNull())
          .addColumn('message', 'text', (c) => c.notNull())
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('acknowledged_at', ms)
          .addColumn('acknowledged_by', 'text')
          .execute();
        await db.schema.createIndex('wa_alerts_open').on('wa_alerts').columns(['workspace_id', 'acknowledged_at', 'created_at']).execute();

        await db.schema
          .createTable('wa_leads')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('phone', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('phase', 'text', (c) => c.notNull())
          .addColumn('interested_package', 'text')
          .addColumn('conversation_summary', 'text')
          .addColumn('source', 'text')
          .addColumn('ai_confidence', real)
          .addColumn('conversation_id', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        // One marketing lead per phone: a second booking or a lead posted twice updates it (duplicates merged).
        await db.schema.createIndex('wa_leads_phone').unique().on('wa_leads').columns(['workspace_id', 'phone']).execute();

        await db.schema
          .createTable('wa_sessions')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('session', 'text', (c) => c.notNull())
          .addColumn('status', 'text')
          .addColumn('status_at', ms)
          .addColumn('last_inbound_at', ms)
          .addColumn('last_ack_at', ms)
          .addColumn('updated_at', ms, (c) => c.notNull())
          .addPrimaryKeyConstraint('wa_sessions_pk', ['workspace_id', 'session'])
          .execute();
      },
    },
    '2026-12-04-1001-wa-assistant-prompts-clicks-jamaah': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('wa_prompts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('prompt_type', 'text', (c) => c.notNull())
          .addColumn('version', 'text', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text')
          .addColumn('created_at', ms, (c) => c.notNull())
          .execute();
        // A saved version never changes: the same type and version is one row.
        await db.schema.createIndex('wa_prompts_version').unique().on('wa_prompts').columns(['workspace_id', 'prompt_type', 'version']).execute();
        await db.schema
          .createTable('wa_prompt_production')
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('prompt_type', 'text', (c) => c.notNull())
          .addColumn('prompt_id', 'text', (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .addPrimaryKeyConstraint('wa_prompt_production_pk', ['workspace_id', 'prompt_type'])
          .execute();

        await db.schema
          .createTable('wa_clicks')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('at', ms, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('wa_clicks_code').on('wa_clicks').columns(['workspace_id', 'code', 'at']).execute();

        await db.schema
          .createTable('wa_jamaah')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('phone', 'text', (c) => c.notNull())
          .addColumn('package_code', 'text')
          .addColumn('people', 'integer')
          .addColumn('campaign_code', 'text')
          .addColumn('conversation_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
        // One preliminary record per conversation; a later booking of the same chat updates it.
        await db.schema.createIndex('wa_jamaah_conversation').unique().on('wa_jamaah').columns(['workspace_id', 'conversation_id']).execute();
      },
    },
    // Each turn says which language model was asked and, when the rules answered instead, why.
    '2026-12-06-1000-wa-assistant-turn-model': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('wa_turns').addColumn('model', 'text').execute();
        await db.schema.alterTable('wa_turns').addColumn('fallback_reason', 'text').execute();
      },
    },
    // A/B tests: experiments and the variant each conversation and turn had; then the satisfaction ratings.
    '2026-12-07-6100-wa-assistant-experiments': experimentsMigration(ms),
    '2026-12-07-6200-wa-assistant-satisfaction': satisfactionMigration(ms),
    // The live signal reads the most recently changed conversation: a takeover or hand-back shows on other screens at once.
    '2026-12-07-7100-wa-conversations-updated': {
      async up(db: Kysely<any>) {
        await db.schema.createIndex('wa_conversations_updated').on('wa_conversations').columns(['workspace_id', 'updated_at', 'id']).execute();
      },
    },
    // A person's reply names who wrote it: the conversation's current owner may be someone else by the time it is read.
    '2026-12-07-7200-wa-messages-actor': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('wa_messages').addColumn('actor_type', 'text').execute();
        await db.schema.alterTable('wa_messages').addColumn('actor_id', 'text').execute();
      },
    },
    // AI notes as codes with values beside their English, so the dashboard words them in the reader's language.
    '2026-12-08-1000-wa-ai-note-codes': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('wa_turns').addColumn('note_codes', 'text').execute();
        await db.schema.alterTable('wa_conversations').addColumn('ai_note_codes', 'text').execute();
      },
    },
  };
}
