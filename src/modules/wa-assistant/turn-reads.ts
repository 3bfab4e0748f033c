// The read-mostly rows every turn uses (the catalogue, the production prompts, the running A/B test), kept in the process for a second.
import { changeKept, keptRead, type ReadCache } from '../../core/read-cache.js';
import type { Executor } from '../../db/database.js';
import { runningExperiment, type ExperimentRow } from './experiments/queries.js';
import { listPackageFacts } from './packages/queries.js';
import { productionPromptRows, type ProductionPromptRow } from './prompts/queries.js';
import type { PackageFacts } from './replies/rules.js';

/*
 * Measured on the WhatsApp bench (PostgreSQL): these were three of a turn's 28 statements, each a round trip, for
 * rows an owner changes a few times a day. A change made through the API forgets them in that process at once
 * (changeTurnReads, after the commit); another process (a `leadcycle worker` beside `leadcycle web`) answers from
 * the old rows for at most a second.
 */
const CATALOGUE = 'wa-assistant/packages';
const PROMPTS = 'wa-assistant/production-prompts';
const EXPERIMENT = 'wa-assistant/running-experiment';

export const keptCatalogue = (cache: ReadCache, db: Executor, workspaceId: string): Promise<readonly PackageFacts[]> =>
  keptRead(cache, db, workspaceId, CATALOGUE, () => listPackageFacts(db, workspaceId));

export const keptProductionPrompts = (cache: ReadCache, db: Executor, workspaceId: string): Promise<readonly ProductionPromptRow[]> =>
  keptRead(cache, db, workspaceId, PROMPTS, () => productionPromptRows(db, workspaceId));

/** The running A/B test, null when none runs. */
export const keptRunningExperiment = (cache: ReadCache, db: Executor, workspaceId: string): Promise<Readonly<ExperimentRow> | null> =>
  keptRead(cache, db, workspaceId, EXPERIMENT, async () => (await runningExperiment(db, workspaceId)) ?? null);

/** Runs a change to packages, prompts or A/B tests, then forgets the kept rows (changeKept). */
export const changeTurnReads = <T>(cache: ReadCache, workspaceId: string, change: () => Promise<T>): Promise<T> =>
  changeKept(cache, workspaceId, [CATALOGUE, PROMPTS, EXPERIMENT], change);
