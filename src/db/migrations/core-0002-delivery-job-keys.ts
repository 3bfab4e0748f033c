// Send jobs queued before every delivery's send job had the job key `delivery:<id>` get it, so a retry finds them.
import type { Kysely, Migration } from 'kysely';

/**
 * Only unfinished and dead jobs matter (a manual retry cancels the dead one by key; a queued or running one may
 * still die). A queued job is left without a key when a retry already queued one under it: one queued job per key.
 */
export const deliveryJobKeys: Migration = {
  async up(db: Kysely<any>) {
    const rows: { id: number; workspace_id: string; payload: string; status: string }[] = await db
      .selectFrom('jobs')
      .select(['id', 'workspace_id', 'payload', 'status'])
      .where('name', '=', 'delivery.send')
      .where('job_key', 'is', null)
      .where('status', 'in', ['queued', 'running', 'dead'])
      .execute();
    for (const row of rows) {
      const deliveryId = deliveryIdOf(row.payload);
      if (deliveryId === undefined) continue;
      const key = `delivery:${deliveryId}`;
      if (row.status === 'queued') {
        const taken = await db.selectFrom('jobs').select('id').where('workspace_id', '=', row.workspace_id).where('job_key', '=', key).where('status', '=', 'queued').executeTakeFirst();
        if (taken) continue;
      }
      await db.updateTable('jobs').set({ job_key: key }).where('id', '=', row.id).execute();
    }
  },
};

function deliveryIdOf(payload: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(payload);
    return typeof parsed === 'object' && parsed !== null && 'deliveryId' in parsed && typeof parsed.deliveryId === 'string' ? parsed.deliveryId : undefined;
  } catch {
    return undefined;
  }
}
