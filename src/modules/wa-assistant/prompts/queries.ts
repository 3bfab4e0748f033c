// Reads of prompt versions: every saved version with its production flag and turn count; the production set a turn records.
import type { Executor } from '../../../db/database.js';

/** A prompt type's production version. */
export interface ProductionPromptRow {
  readonly prompt_type: string;
  readonly version: string;
  readonly content: string;
}

export async function productionPromptRows(db: Executor, workspaceId: string): Promise<ProductionPromptRow[]> {
  return db
    .selectFrom('wa_prompt_production as p')
    .innerJoin('wa_prompts as v', 'v.id', 'p.prompt_id')
    .select(['p.prompt_type', 'v.version', 'v.content'])
    .where('p.workspace_id', '=', workspaceId)
    .execute();
}

/**
 * The prompts a turn uses: production (`production`, the rows productionPromptRows reads), or for the types
 * `overrides` names (an A/B test variant's), those saved versions instead. Their label is what the turn records
 * (`base:2.0 rules:1.1`, types in a fixed order; null when none is saved), so the per-prompt-version figures also
 * tell variants apart.
 */
export async function promptsForTurn(db: Executor, workspaceId: string, production: readonly ProductionPromptRow[], overrides: Readonly<Partial<Record<string, string>>> = {}): Promise<{ label: string | null; contents: Record<string, string> }> {
  const chosen = new Map(production.map((r) => [r.prompt_type, { version: r.version, content: r.content }]));
  const wanted = Object.entries(overrides).filter((e): e is [string, string] => typeof e[1] === 'string');
  if (wanted.length > 0) {
    const saved = await db.selectFrom('wa_prompts').select(['prompt_type', 'version', 'content']).where('workspace_id', '=', workspaceId).where('version', 'in', wanted.map(([, v]) => v)).execute();
    for (const [type, version] of wanted) {
      const row = saved.find((r) => r.prompt_type === type && r.version === version);
      if (row) chosen.set(type, { version: row.version, content: row.content });
    }
  }
  const types = [...chosen.keys()].sort();
  return {
    label: types.length === 0 ? null : types.map((t) => `${t}:${chosen.get(t)?.version ?? ''}`).join(' '),
    contents: Object.fromEntries(types.map((t) => [t, chosen.get(t)?.content ?? ''])),
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
