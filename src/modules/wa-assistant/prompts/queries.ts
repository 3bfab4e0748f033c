// Reads of prompt versions: every saved version with its production flag and turn count; the production set a turn records.
import type { Executor } from '../../../db/database.js';

/** The production prompts: each type's content, and their label for the turn to record (`base:2.0 rules:1.1`, types in a fixed order; null when none is saved). */
export async function productionPrompts(db: Executor, workspaceId: string): Promise<{ label: string | null; contents: Record<string, string> }> {
  const rows = await db
    .selectFrom('wa_prompt_production as p')
    .innerJoin('wa_prompts as v', 'v.id', 'p.prompt_id')
    .select(['p.prompt_type', 'v.version', 'v.content'])
    .where('p.workspace_id', '=', workspaceId)
    .orderBy('p.prompt_type')
    .execute();
  return {
    label: rows.length === 0 ? null : rows.map((r) => `${r.prompt_type}:${r.version}`).join(' '),
    contents: Object.fromEntries(rows.map((r) => [r.prompt_type, r.content])),
  };
}

export async function listPromptVersions(db: Executor, workspaceId: string) {
  const versions = await db.selectFrom('wa_prompts').selectAll().where('workspace_id', '=', workspaceId).orderBy('prompt_type').orderBy('created_at', 'desc').limit(1000).execute();
  const production = new Set((await db.selectFrom('wa_prompt_production').select('prompt_id').where('workspace_id', '=', workspaceId).execute()).map((r) => r.prompt_id));
  const turns = await db.selectFrom('wa_turns').select(['prompt_version', (eb) => eb.fn.countAll<number>().as('n')]).where('workspace_id', '=', workspaceId).where('prompt_version', 'is not', null).groupBy('prompt_version').execute();
  const turnsOf = (type: string, version: string) =>
    turns.reduce((n, t) => n + ((t.prompt_version ?? '').split(' ').includes(`${type}:${version}`) ? Number(t.n) : 0), 0);
  return versions.map((v) => ({ ...v, production: production.has(v.id), turns: turnsOf(v.prompt_type, v.version) }));
}
