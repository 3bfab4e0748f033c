// Core migration: each delivery names the module that owns it, and a webhook event keeps one outcome per subscribing module.
import { sql, type Kysely, type Migration } from 'kysely';

/** Which module asked for deliveries made before the owner was recorded: the only module that used each provider. */
const OWNER_BY_PROVIDER: Readonly<Record<string, string>> = { mailketing: 'scalev-leads', twilio: 'crm-lifecycle', smtp: 'crm-lifecycle' };

export const providersSchema: Migration = {
  async up(db: Kysely<any>) {
    // A default lets existing rows take the column on both dialects; createDelivery always sets it.
    await db.schema.alterTable('deliveries').addColumn('module', 'text', (c) => c.notNull().defaultTo('')).execute();
    for (const [provider, module] of Object.entries(OWNER_BY_PROVIDER)) {
      await db.updateTable('deliveries').set({ module }).where('provider', '=', provider).execute();
    }
    // JSON object: module name → { status, outcome, at }. Null for events stored before fan-out.
    await db.schema.alterTable('inbox_events').addColumn('module_outcomes', 'text').execute();
  },
  async down(db: Kysely<any>) {
    await sql`alter table deliveries drop column module`.execute(db);
    await sql`alter table inbox_events drop column module_outcomes`.execute(db);
  },
};
