// One person may belong to several workspaces: a user's email is unique within its workspace, not across them.
import type { Kysely, Migration } from 'kysely';

export const userEmailPerWorkspace: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.dropIndex('users_email').execute();
    await db.schema.createIndex('users_workspace_email').unique().on('users').columns(['workspace_id', 'email']).execute();
    // Sign-in looks a person up by email across workspaces.
    await db.schema.createIndex('users_email').on('users').columns(['email']).execute();
  },
};
