// Uploads over HTTP: progress, result and error on each upload, statuses queued/running/done/failed, newest-change index.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database.js';
import { millisType } from '../dialect.js';

export function uploadProgressSchema(dialect: Dialect): Migration {
  const ms = millisType(dialect);
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('uploads').addColumn('progress_done', 'integer').execute();
      await db.schema.alterTable('uploads').addColumn('progress_total', 'integer').execute();
      await db.schema.alterTable('uploads').addColumn('result', 'text').execute();
      await db.schema.alterTable('uploads').addColumn('error', 'text').execute();
      await db.schema.alterTable('uploads').addColumn('finished_at', ms).execute();
      await db.schema.alterTable('uploads').addColumn('updated_at', ms, (c) => c.notNull().defaultTo(0)).execute();
      await sql`update uploads set updated_at = created_at`.execute(db);
      // The statuses the uploads API names (and the pharmacy's contact sheets expect): received → queued, processing → running.
      await sql`update uploads set status = 'queued' where status = 'received'`.execute(db);
      await sql`update uploads set status = 'running' where status = 'processing'`.execute(db);
      await db.schema.createIndex('uploads_purpose').on('uploads').columns(['workspace_id', 'purpose', 'id']).execute();
      // GET /api/live reads the most recently changed upload of a workspace.
      await db.schema.createIndex('uploads_changed').on('uploads').columns(['workspace_id', 'updated_at']).execute();
    },
  };
}
