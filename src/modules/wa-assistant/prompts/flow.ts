// Prompt versions: each save is a new, immutable version; the production pointer says which one turns use.
import { recordAudit, type Actor } from '../../../core/audit.js';
import { AppError, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import type { Clock } from '../../../core/clock.js';
import type { Executor } from '../../../db/database.js';

interface Writer {
  readonly db: Executor;
  readonly clock: Clock;
  readonly workspaceId: string;
  readonly actor: Actor;
}

/**
 * Saves `version` of a prompt type. The same type and version again with the same content changes nothing; with
 * other content it is a 409 (a saved version never changes: save a new version instead).
 */
export async function savePrompt(w: Writer, input: { promptType: string; version: string; content: string; updatedBy: string | null; production: boolean }): Promise<{ id: string; created: boolean }> {
  const existing = await w.db
    .selectFrom('wa_prompts')
    .select(['id', 'content'])
    .where('workspace_id', '=', w.workspaceId)
    .where('prompt_type', '=', input.promptType)
    .where('version', '=', input.version)
    .executeTakeFirst();
  if (existing && existing.content !== input.content) {
    throw new AppError('conflict', `${input.promptType} version ${input.version} is already saved with other content; save it as a new version`, { context: { field: 'version' } });
  }
  const now = w.clock.now();
  const id = existing?.id ?? newId('wpm', now);
  if (!existing) {
    await w.db.insertInto('wa_prompts').values({ id, workspace_id: w.workspaceId, prompt_type: input.promptType, version: input.version, content: input.content, updated_by: input.updatedBy, created_at: now }).execute();
    await recordAudit(w.db, w.clock, { workspaceId: w.workspaceId, actor: w.actor, action: 'prompt.save', subjectType: 'wa_prompt', subjectId: id, after: { prompt_type: input.promptType, version: input.version, updated_by: input.updatedBy } });
  }
  if (input.production) await promote(w, input.promptType, id);
  return { id, created: !existing };
}

/** Points production at a saved version of the type (a roll-back is the same call with an older version). */
export async function promoteVersion(w: Writer, promptType: string, version: string): Promise<void> {
  const row = await w.db.selectFrom('wa_prompts').select('id').where('workspace_id', '=', w.workspaceId).where('prompt_type', '=', promptType).where('version', '=', version).executeTakeFirst();
  if (!row) throw notFound(`${promptType} prompt version`, version);
  await promote(w, promptType, row.id);
}

async function promote(w: Writer, promptType: string, promptId: string): Promise<void> {
  const now = w.clock.now();
  await w.db
    .insertInto('wa_prompt_production')
    .values({ workspace_id: w.workspaceId, prompt_type: promptType, prompt_id: promptId, updated_at: now })
    .onConflict((oc) => oc.columns(['workspace_id', 'prompt_type']).doUpdateSet({ prompt_id: promptId, updated_at: now }))
    .execute();
  await recordAudit(w.db, w.clock, { workspaceId: w.workspaceId, actor: w.actor, action: 'prompt.production', subjectType: 'wa_prompt', subjectId: promptId, after: { prompt_type: promptType } });
}
