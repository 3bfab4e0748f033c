// A claimer in its own process, for the work-queue concurrency test: claims on command and reports what it got.
//
// Reads its database from the environment (DATABASE_URL or LEADCYCLE_DATA_DIR) and its plan from WORK_PLAN. Each
// stdin line is a step ("round <n>" or "pick"); after each it prints one JSON line with its claims.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../../src/config.js';
import { fakeClock } from '../../src/core/clock.js';
import { localDayOf } from '../../src/core/schedule/local-day.js';
import { claimNextWorkItem, claimWorkItem, completeWorkItem, listWorkForDay } from '../../src/core/work/index.js';
import { openDatabase } from '../../src/db/connect.js';

interface Plan {
  workspaceId: string;
  queue: string;
  persons: string[];
  cap: number;
  /** The workspace's time zone, to name today. */
  timezone: string;
  /** Epoch ms of round 0; round n is n days later. */
  startMs: number;
  /** For "pick": the items to race for, and the person this process claims them for. */
  pickItems: string[];
  pickQueue: string;
  pickFor: string;
  /** 0 or 1: which process this is, so the two walk the people in different orders. */
  index: number;
}

const plan = JSON.parse(process.env.WORK_PLAN ?? '{}') as Plan;
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const handle = openDatabase(
  config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'sqlite', file: path.join(config.dataDir, 'leadcycle.db') },
);
const clock = fakeClock(plan.startMs);
const deps = { clock, dialect: handle.dialect };
const DAY = 86_400_000;
const numberOf = (itemId: string) => Number(itemId.replace(/\D/g, ''));

type Claim = { person: string; item: string; day: string };

/** One local day: finish some carried-over work, then claim for every person until each one is at the cap. */
async function round(n: number): Promise<{ claims: Claim[]; refusals: Record<string, number> }> {
  clock.set(plan.startMs + n * DAY);
  const claims: Claim[] = [];
  const refusals: Record<string, number> = {};
  const { queue, workspaceId, cap } = plan;
  for (const person of plan.persons) {
    const today = await listWorkForDay(handle.db, { workspaceId, queue, assignee: person, day: localDayOf(clock.now(), plan.timezone) });
    for (const item of today) {
      // Both processes race to finish the same items; each carried item is finished within two days.
      if (item.carriedOver && (numberOf(item.itemId) + n) % 2 === 0) await completeWorkItem(handle.db, deps, { workspaceId, queue, itemId: item.itemId, assignee: person });
    }
  }
  const atCap = new Set<string>();
  const order = plan.index === 0 ? plan.persons : [...plan.persons].reverse();
  // Bounded: each person needs at most `cap` claims and one refusal.
  for (let pass = 0; pass < 10 * cap && atCap.size < order.length; pass++) {
    for (const person of order) {
      if (atCap.has(person)) continue;
      const outcome = await claimNextWorkItem(handle.db, deps, { workspaceId, queue, assignee: person, cap });
      if (outcome.claimed) {
        claims.push({ person, item: outcome.item.itemId, day: outcome.day });
        // A third of the work is left unfinished, to be carried over to the next day.
        if (numberOf(outcome.item.itemId) % 3 !== 0) await completeWorkItem(handle.db, deps, { workspaceId, queue, itemId: outcome.item.itemId, assignee: person });
      } else {
        refusals[outcome.reason] = (refusals[outcome.reason] ?? 0) + 1;
        atCap.add(person);
      }
    }
  }
  return { claims, refusals };
}

/** Races the other process for the same chosen items, each for its own person. */
async function pick(): Promise<{ claims: Claim[]; refusals: Record<string, number> }> {
  const claims: Claim[] = [];
  const refusals: Record<string, number> = {};
  for (const itemId of plan.pickItems) {
    const outcome = await claimWorkItem(handle.db, deps, { workspaceId: plan.workspaceId, queue: plan.pickQueue, itemId, assignee: plan.pickFor, cap: 1000 });
    if (outcome.claimed) claims.push({ person: plan.pickFor, item: itemId, day: outcome.day });
    else refusals[outcome.reason] = (refusals[outcome.reason] ?? 0) + 1;
  }
  return { claims, refusals };
}

const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  if (line === 'exit') break;
  try {
    const result = line === 'pick' ? await pick() : await round(Number(line.split(' ')[1]));
    process.stdout.write(`${JSON.stringify({ step: line, ...result })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ step: line, error: String(error) })}\n`);
  }
}
await handle.close();
process.exit(0);
