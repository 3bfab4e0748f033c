// Schema of A/B tests (experiments, the variant on conversations and turns) and of satisfaction ratings.
import { sql, type ColumnDataType, type Kysely, type Migration } from 'kysely';

export function experimentsMigration(ms: ColumnDataType): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('wa_experiments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('hypothesis', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('variants', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', ms, (c) => c.notNull())
        .addColumn('updated_at', ms, (c) => c.notNull())
        .addColumn('started_at', ms)
        .addColumn('stopped_at', ms)
        .execute();
      await db.schema.createIndex('wa_experiments_workspace').on('wa_experiments').columns(['workspace_id', 'created_at']).execute();
      // One running test at a time: two tests on the same conversations would muddle each other's figures.
      await sql`create unique index wa_experiments_running on wa_experiments (workspace_id) where status = 'running'`.execute(db);
      await db.schema.alterTable('wa_conversations').addColumn('experiment_id', 'text').execute();
      await db.schema.alterTable('wa_conversations').addColumn('variant_key', 'text').execute();
      await db.schema.alterTable('wa_turns').addColumn('experiment_id', 'text').execute();
      await db.schema.alterTable('wa_turns').addColumn('variant_key', 'text').execute();
      await db.schema.createIndex('wa_conversations_experiment').on('wa_conversations').columns(['workspace_id', 'experiment_id', 'variant_key']).execute();
    },
  };
}

export function satisfactionMigration(ms: ColumnDataType): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('wa_satisfaction')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workspace_id', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('occasion', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('due_at', ms, (c) => c.notNull())
        .addColumn('asked_at', ms)
        .addColumn('score', 'integer')
        .addColumn('answered_at', ms)
        .addColumn('turn_id', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', ms, (c) => c.notNull())
        .execute();
      // Asked once per conversation per occasion, however often the booking or the hand-back is repeated.
      await db.schema.createIndex('wa_satisfaction_occasion').unique().on('wa_satisfaction').columns(['workspace_id', 'conversation_id', 'occasion']).execute();
      await db.schema.createIndex('wa_satisfaction_answered').on('wa_satisfaction').columns(['workspace_id', 'answered_at']).execute();
    },
  };
}
