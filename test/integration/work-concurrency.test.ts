// Work for a person under concurrency: two processes claim for the same people with a cap of 3, day after day.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerWorkItem } from '../../src/core/work/index.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';

const script = fileURLToPath(new URL('../helpers/work-claimer.ts', import.meta.url));
const CAP = 3;
const ROUNDS = 12;
const PERSONS = ['ani', 'budi', 'citra', 'dewi'];
const queue = 'test.calls';

type Claim = { person: string; item: string; day: string };
type StepResult = { step: string; claims: Claim[]; refusals: Record<string, number>; error?: string };

/** A claimer process, driven one step at a time over stdin; each step answers one JSON line. */
function startClaimer(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  const buffered: string[] = [];
  lines.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else buffered.push(line);
  });
  const nextLine = (timeoutMs = 30_000) =>
    new Promise<string>((resolve, reject) => {
      const early = buffered.shift();
      if (early !== undefined) return resolve(early);
      const timer = setTimeout(() => reject(new Error('claimer did not answer in time')), timeoutMs);
      waiting.push((line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
  return {
    child,
    ready: nextLine,
    async step(command: string): Promise<StepResult> {
      child.stdin!.write(`${command}\n`);
      const result = JSON.parse(await nextLine()) as StepResult;
      if (result.error) throw new Error(`claimer failed at ${command}: ${result.error}`);
      return result;
    },
  };
}

describe(`work for a person under concurrency (${testDialect()}, two processes)`, () => {
  let t: TestDb;
  let ctx: TestContext;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    ctx = await createTestContext(t);
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await t.destroy();
  });

  it('never gives one person more than 3 a day, nor one item to two people, over many days', async () => {
    const workspaceId = ctx.workspace.id;
    const deps = { clock: ctx.clock, dialect: ctx.dialect };
    const total = ROUNDS * PERSONS.length * CAP + 10;
    for (let i = 1; i <= total; i++) await offerWorkItem(t.db, deps, { workspaceId, queue, itemId: `item-${i}` });
    const pickItems = Array.from({ length: 30 }, (_, i) => `pick-${i}`);
    for (const itemId of pickItems) await offerWorkItem(t.db, deps, { workspaceId, queue: 'test.handover', itemId });

    const plan = (index: number) => ({
      WORK_PLAN: JSON.stringify({
        workspaceId,
        queue,
        persons: PERSONS,
        cap: CAP,
        timezone: ctx.workspace.timezone,
        startMs: ctx.clock.now(),
        pickItems,
        pickQueue: 'test.handover',
        pickFor: `admin-${index}`,
        index,
      }),
    });
    const claimers = [startClaimer({ ...t.env, ...plan(0) }), startClaimer({ ...t.env, ...plan(1) })];
    children.push(...claimers.map((c) => c.child));
    await Promise.all(claimers.map((c) => c.ready()));

    const claims: (Claim & { by: number })[] = [];
    const refusals = [0, 0];
    for (let round = 0; round < ROUNDS; round++) {
      // Both processes work the same day at the same time; the next day starts when both are done.
      const results = await Promise.all(claimers.map((c) => c.step(`round ${round}`)));
      results.forEach((r, by) => {
        claims.push(...r.claims.map((c) => ({ ...c, by })));
        refusals[by] = (refusals[by] ?? 0) + (r.refusals.cap_reached ?? 0);
        expect(r.refusals.nothing_open ?? 0).toBe(0);
      });
    }

    // Never the same item to two people (nothing is released in this test, so no item is claimed twice).
    const items = claims.map((c) => c.item);
    expect(new Set(items).size).toBe(items.length);
    // Both processes really took part.
    expect(claims.filter((c) => c.by === 0).length).toBeGreaterThan(0);
    expect(claims.filter((c) => c.by === 1).length).toBeGreaterThan(0);
    expect(refusals.every((n) => n > 0)).toBe(true);

    // Every person, every day: exactly 3 counted (carried-over work first), never 4.
    const counts = await t.db.selectFrom('work_day_counts').selectAll().where('workspace_id', '=', workspaceId).where('queue', '=', queue).execute();
    expect(counts).toHaveLength(ROUNDS * PERSONS.length);
    for (const row of counts) expect(row.claimed).toBe(CAP);
    const perPersonDay = new Map<string, number>();
    for (const c of claims) perPersonDay.set(`${c.person} ${c.day}`, (perPersonDay.get(`${c.person} ${c.day}`) ?? 0) + 1);
    for (const n of perPersonDay.values()) expect(n).toBeLessThanOrEqual(CAP);
    // Carried-over work was in play: some days a person claimed fewer than 3 new items.
    expect([...perPersonDay.values()].some((n) => n < CAP)).toBe(true);

    // The table agrees with what each process was told.
    const rows = await t.db.selectFrom('work_items').select(['item_id', 'assignee', 'claimed_day']).where('workspace_id', '=', workspaceId).where('queue', '=', queue).execute();
    const byItem = new Map(rows.map((r) => [r.item_id, r]));
    for (const c of claims) expect(byItem.get(c.item)).toMatchObject({ assignee: c.person, claimed_day: c.day });
    expect(rows.filter((r) => r.assignee !== null)).toHaveLength(claims.length);

    // Both race for the same 30 chosen items: each goes to exactly one of them, the other is told it is taken.
    const picks = await Promise.all(claimers.map((c) => c.step('pick')));
    const won = picks.flatMap((p) => p.claims.map((c) => c.item));
    expect([...won].sort()).toEqual([...pickItems].sort());
    expect(picks.reduce((n, p) => n + (p.refusals.taken ?? 0), 0)).toBe(pickItems.length);
    const held = await t.db.selectFrom('work_items').select(['item_id', 'assignee']).where('workspace_id', '=', workspaceId).where('queue', '=', 'test.handover').execute();
    for (const [index, p] of picks.entries()) {
      for (const c of p.claims) expect(held.find((h) => h.item_id === c.item)?.assignee).toBe(`admin-${index}`);
    }

    for (const c of claimers) c.child.stdin!.write('exit\n');
    await Promise.all(claimers.map((c) => new Promise((r) => (c.child.exitCode !== null ? r(null) : c.child.once('exit', r)))));
  }, 120_000);
});
