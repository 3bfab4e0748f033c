// Recording that staff explained the generic to a customer: the customer becomes generic_informed and their generic share is counted from then.
import { recordAudit, type Actor } from '../../../core/audit.js';
import type { Clock } from '../../../core/clock.js';
import { notFound } from '../../../core/errors.js';
import type { Executor } from '../../../db/database.js';
import type { CustomerRow } from '../tables.js';

/** Idempotent: a second record keeps the first moment, so the share is counted from the first conversation. */
export async function markGenericInformed(
  trx: Executor,
  clock: Clock,
  input: { workspaceId: string; customerId: string; actor: Actor; staffCode: string | null },
): Promise<CustomerRow> {
  const before = await trx.selectFrom('pharmacy_customers').selectAll().where('workspace_id', '=', input.workspaceId).where('id', '=', input.customerId).executeTakeFirst();
  if (!before) throw notFound('customer', input.customerId);
  if (before.category === 'generic_informed' && before.generic_informed_at !== null) return before;
  const now = clock.now();
  await trx
    .updateTable('pharmacy_customers')
    .set({ category: 'generic_informed', generic_informed_at: before.generic_informed_at ?? now, updated_at: now })
    .where('workspace_id', '=', input.workspaceId)
    .where('id', '=', before.id)
    .execute();
  await recordAudit(trx, clock, {
    workspaceId: input.workspaceId,
    actor: input.actor,
    action: 'pharmacy_customer.generic_informed',
    subjectType: 'pharmacy_customer',
    subjectId: before.id,
    before: { category: before.category },
    after: { category: 'generic_informed', staff_code: input.staffCode },
  });
  return { ...before, category: 'generic_informed', generic_informed_at: before.generic_informed_at ?? now, updated_at: now };
}
