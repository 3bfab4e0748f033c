// Pipeline definitions and stage moves against a real database: legality, overrides, history and counts.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db.js';
import { listAudit } from '../audit.js';
import { fakeClock } from '../clock.js';
import { AppError } from '../errors.js';
import { createWorkspace } from '../workspaces.js';
import { applyMove, applyMoves, getStageCounts, listStageHistory, type MoveInput } from './moves.js';
import { definePipeline, type Pipeline } from './pipeline.js';

const leads = definePipeline({
  name: 'test.lead',
  stages: ['new', 'follow_up', 'closing', 'not_closing', 'won', 'lost'],
  initial: 'new',
  entries: ['won'],
  moves: { new: ['follow_up', 'lost'], follow_up: ['closing', 'not_closing'], closing: ['won', 'not_closing'], not_closing: ['closing', 'lost'] },
  terminal: ['won', 'lost'],
});

const forward = definePipeline({
  name: 'test.forward',
  stages: ['a', 'b', 'c'],
  initial: 'a',
  moves: { a: ['b', 'c'], b: ['c'] },
  neverBackwards: true,
});

const system = { type: 'system' } as const;
const person = { type: 'user', id: 'usr_1' } as const;

describe('definePipeline', () => {
  it('fills in defaults', () => {
    expect(leads.entries).toEqual(['new', 'won']);
    expect(leads.moves.won).toEqual([]);
    expect(forward.terminal).toEqual([]);
    expect(leads.isStage('closing')).toBe(true);
    expect(leads.isStage('nope')).toBe(false);
  });

  it('rejects definitions that name unknown stages or contradict themselves', () => {
    const base = { name: 'bad', stages: ['a', 'b'] as const, initial: 'a' as const };
    // @ts-expect-error an unknown target stage is a type error too
    expect(() => definePipeline({ ...base, moves: { a: ['zzz'] } })).toThrow(/moves.a names unknown stage zzz/);
    // @ts-expect-error an unknown source stage is a type error too
    expect(() => definePipeline({ ...base, moves: { zzz: ['a'] } })).toThrow(/moves names unknown stage zzz/);
    // @ts-expect-error an unknown initial stage is a type error too
    expect(() => definePipeline({ ...base, initial: 'c', moves: {} })).toThrow(/initial names unknown stage c/);
    expect(() => definePipeline({ ...base, moves: { b: ['a'] }, terminal: ['b'] })).toThrow(/terminal stage b cannot have moves/);
    expect(() => definePipeline({ ...base, moves: { b: ['a'] }, neverBackwards: true })).toThrow(/never moves backwards/);
    expect(() => definePipeline({ ...base, moves: { a: ['a'] } })).toThrow(/lists the stage itself/);
    expect(() => definePipeline({ name: 'dup', stages: ['a', 'a'], initial: 'a', moves: {} })).toThrow(/listed twice/);
    expect(() => definePipeline({ name: 'none', stages: [], initial: 'a' as never, moves: {} })).toThrow(/at least one stage/);
  });
});

describe(`stage moves (${testDialect()})`, () => {
  let t: TestDb;
  const clock = fakeClock();
  const newWorkspace = async () => (await createWorkspace(t.db, clock, { slug: `ws-${randomBytes(4).toString('hex')}`, name: 'Toko' })).id;

  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('makes allowed moves and records each in the history', async () => {
    const workspaceId = await newWorkspace();
    const enter = await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_1', from: null, to: 'new', cause: 'order.created', actor: { type: 'webhook', id: 'scalev' }, eventId: 'evt_1' });
    expect(enter).toMatchObject({ moved: true, overridden: false });
    clock.advance(1000);
    const next = await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_1', from: 'new', to: 'follow_up', cause: 'timer', actor: system });
    expect(next.moved).toBe(true);

    const history = await listStageHistory(t.db, workspaceId, 'lead_1');
    expect(history.map((h) => [h.from_stage, h.to_stage, h.cause, h.actor_type, h.actor_id, h.event_id])).toEqual([
      [null, 'new', 'order.created', 'webhook', 'scalev', 'evt_1'],
      ['new', 'follow_up', 'timer', 'system', null, null],
    ]);
    expect(history[0]?.id).toBe(enter.moved ? enter.historyId : undefined);
    expect(history[1]?.at).toBe(clock.now());
    expect(await listStageHistory(t.db, workspaceId, 'lead_1', { pipeline: 'other' })).toEqual([]);
    expect(await getStageCounts(t.db, workspaceId, leads)).toEqual({ new: 0, follow_up: 1, closing: 0, not_closing: 0, won: 0, lost: 0 });
  });

  it('treats a move to the current stage as a no-op', async () => {
    const workspaceId = await newWorkspace();
    await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_1', from: null, to: 'new', cause: 'c', actor: system });
    expect(await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_1', from: 'new', to: 'new', cause: 'c', actor: system })).toEqual({ moved: false });
    expect(await listStageHistory(t.db, workspaceId, 'lead_1')).toHaveLength(1);
    expect((await getStageCounts(t.db, workspaceId, leads)).new).toBe(1);
  });

  it('refuses moves the pipeline does not allow, naming from and to', async () => {
    const workspaceId = await newWorkspace();
    const illegal = (from: string | null, to: 'new' | 'closing' | 'follow_up' | 'won') =>
      applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_1', from, to, cause: 'c', actor: system, reason: 'ignored for automation' }).catch((e: unknown) => e);

    const skip = await illegal('new', 'closing');
    expect(skip).toBeInstanceOf(AppError);
    expect(skip).toMatchObject({ code: 'illegal_move', context: { from: 'new', to: 'closing', pipeline: 'test.lead' } });
    expect((skip as AppError).message).toMatch(/from new to closing/);

    expect(await illegal(null, 'follow_up')).toMatchObject({ code: 'illegal_move', message: expect.stringMatching(/enters test.lead at new or won/) });
    expect(await illegal('won', 'closing')).toMatchObject({ code: 'illegal_move', message: expect.stringMatching(/won is a terminal stage/) });
    expect(await illegal('retired', 'new')).toMatchObject({ code: 'illegal_move', message: expect.stringMatching(/retired is not a stage/) });
    expect(await listStageHistory(t.db, workspaceId, 'lead_1')).toEqual([]);

    const loose: Pipeline = leads;
    const unknown = await applyMove(t.db, clock, loose, { workspaceId, subjectId: 'x', from: 'new', to: 'bogus', cause: 'c', actor: person, reason: 'r' }).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: 'validation_failed' });
  });

  it('never moves backwards under neverBackwards, except by a person with a reason', async () => {
    const workspaceId = await newWorkspace();
    await applyMove(t.db, clock, forward, { workspaceId, subjectId: 's', from: null, to: 'a', cause: 'c', actor: system });
    await applyMove(t.db, clock, forward, { workspaceId, subjectId: 's', from: 'a', to: 'c', cause: 'c', actor: system });
    await expect(applyMove(t.db, clock, forward, { workspaceId, subjectId: 's', from: 'c', to: 'b', cause: 'c', actor: { type: 'ai' } })).rejects.toMatchObject({
      code: 'illegal_move',
      message: expect.stringMatching(/never moves backwards/),
    });
    const back = await applyMove(t.db, clock, forward, { workspaceId, subjectId: 's', from: 'c', to: 'b', cause: 'manual', actor: person, reason: 'paid by mistake' });
    expect(back).toMatchObject({ moved: true, overridden: true });
    expect(await getStageCounts(t.db, workspaceId, forward)).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('lets a person override with a reason, audited, and refuses one without', async () => {
    const workspaceId = await newWorkspace();
    await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_9', from: null, to: 'new', cause: 'c', actor: system });

    for (const reason of [undefined, '', '   ']) {
      const failure = await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_9', from: 'new', to: 'won', cause: 'manual', actor: person, reason }).catch((e: unknown) => e);
      expect(failure).toMatchObject({ code: 'validation_failed', message: expect.stringMatching(/^reason is required/), context: { from: 'new', to: 'won' } });
    }
    // Automation never overrides, even with a reason.
    for (const type of ['webhook', 'ai', 'system'] as const) {
      const refused = await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_9', from: 'new', to: 'won', cause: 'auto', actor: { type, id: 'x' }, reason: 'x' }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'illegal_move' });
    }

    // A person acting through an API token may override like one signed in.
    await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_8', from: null, to: 'new', cause: 'c', actor: system });
    const byToken = await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_8', from: 'new', to: 'won', cause: 'api', actor: { type: 'token', id: 'tok_1' }, reason: 'imported from the old system' });
    expect(byToken).toMatchObject({ moved: true, overridden: true });

    const override = await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_9', from: 'new', to: 'won', cause: 'manual', actor: person, reason: ' paid in cash ' });
    expect(override).toMatchObject({ moved: true, overridden: true });
    const [last] = (await listStageHistory(t.db, workspaceId, 'lead_9')).slice(-1);
    expect(last).toMatchObject({ from_stage: 'new', to_stage: 'won', reason: 'paid in cash', actor_type: 'user', actor_id: 'usr_1' });

    const audit = await listAudit(t.db, workspaceId, { subjectId: 'lead_9' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'stage.override',
      subjectType: 'test.lead',
      actor: { type: 'user', id: 'usr_1' },
      before: { stage: 'new' },
      after: { stage: 'won', reason: 'paid in cash', cause: 'manual' },
    });

    // An allowed move by a person needs no reason and is not an override.
    await applyMove(t.db, clock, leads, { workspaceId, subjectId: 'lead_10', from: null, to: 'new', cause: 'manual', actor: person });
    expect(await listAudit(t.db, workspaceId, { subjectId: 'lead_10' })).toEqual([]);
  });

  it('keeps the counts right after many moves', async () => {
    const workspaceId = await newWorkspace();
    const current = new Map<string, (typeof leads.stages)[number]>();
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 30; i++) {
      const subjectId = `lead_${i}`;
      const to = random() < 0.2 ? 'won' : 'new';
      await applyMove(t.db, clock, leads, { workspaceId, subjectId, from: null, to, cause: 'enter', actor: system });
      current.set(subjectId, to);
    }
    for (let step = 0; step < 150; step++) {
      const subjectId = `lead_${Math.floor(random() * 30)}`;
      const from = current.get(subjectId) ?? 'new';
      const options = leads.moves[from];
      const to = options[Math.floor(random() * options.length)];
      if (to === undefined) continue;
      await applyMove(t.db, clock, leads, { workspaceId, subjectId, from, to, cause: 'step', actor: system });
      current.set(subjectId, to);
    }
    const expected = Object.fromEntries(leads.stages.map((s) => [s, [...current.values()].filter((v) => v === s).length]));
    expect(await getStageCounts(t.db, workspaceId, leads)).toEqual(expected);
    const total = Object.values(await getStageCounts(t.db, workspaceId, leads)).reduce((a, b) => a + b, 0);
    expect(total).toBe(30);
  });

  it('keeps the counts right when moves run at the same time', async () => {
    const workspaceId = await newWorkspace();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => applyMove(t.db, clock, leads, { workspaceId, subjectId: `p_${i}`, from: null, to: 'new', cause: 'c', actor: system })),
    );
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? applyMove(t.db, clock, leads, { workspaceId, subjectId: `p_${i}`, from: 'new', to: 'follow_up', cause: 'c', actor: system })
          : applyMove(t.db, clock, leads, { workspaceId, subjectId: `p_${i}`, from: 'new', to: 'lost', cause: 'c', actor: system }),
      ),
    );
    expect(await getStageCounts(t.db, workspaceId, leads)).toMatchObject({ new: 0, follow_up: 10, lost: 10 });
  });

  it('rolls back with the caller transaction', async () => {
    const workspaceId = await newWorkspace();
    await t.db
      .transaction()
      .execute(async (trx) => {
        await applyMove(trx, clock, leads, { workspaceId, subjectId: 'r', from: null, to: 'new', cause: 'c', actor: system });
        throw new Error('subject update failed');
      })
      .catch(() => undefined);
    expect(await listStageHistory(t.db, workspaceId, 'r')).toEqual([]);
    expect((await getStageCounts(t.db, workspaceId, leads)).new).toBe(0);
  });

  it('a set of moves records exactly what the same moves one by one record', async () => {
    const [one, set] = [await newWorkspace(), await newWorkspace()];
    type Stage = (typeof leads.stages)[number];
    const plan = (workspaceId: string): MoveInput<Stage>[][] => [
      Array.from({ length: 6 }, (_, i) => ({ workspaceId, subjectId: `s_${i}`, from: null, to: i === 5 ? 'won' : 'new', cause: 'order.created', actor: system, eventId: `evt_${i}` })),
      [
        ...[0, 1, 2].map((i) => ({ workspaceId, subjectId: `s_${i}`, from: 'new' as const, to: 'follow_up' as const, cause: 'timer', actor: system })),
        { workspaceId, subjectId: 's_3', from: 'new', to: 'lost', cause: 'timer', actor: system },
        // Nothing to do, and a person's override with its reason (audited).
        { workspaceId, subjectId: 's_5', from: 'won', to: 'won', cause: 'timer', actor: system },
        { workspaceId, subjectId: 's_4', from: 'new', to: 'won', cause: 'manual', actor: person, reason: ' paid by hand ' },
      ],
    ];
    const history = async (workspaceId: string) =>
      (await Promise.all([0, 1, 2, 3, 4, 5].map((i) => listStageHistory(t.db, workspaceId, `s_${i}`)))).flat().map(({ id: _id, workspace_id: _ws, ...rest }) => rest);
    const audits = async (workspaceId: string) =>
      (await listAudit(t.db, workspaceId, { limit: 50 })).map((a) => [a.action, a.subjectId, a.before, a.after]);

    const singles: unknown[] = [];
    for (const step of plan(one)) for (const move of step) singles.push(await applyMove(t.db, clock, leads, move));
    const sets: unknown[] = [];
    for (const step of plan(set)) sets.push(...(await applyMoves(t.db, clock, leads, step)));

    const shape = (r: unknown) => JSON.stringify(r).replace(/"historyId":"[^"]+"/, '"historyId":"…"');
    expect(sets.map(shape)).toEqual(singles.map(shape));
    expect(await history(set)).toEqual(await history(one));
    expect(await getStageCounts(t.db, set, leads)).toEqual(await getStageCounts(t.db, one, leads));
    expect(await getStageCounts(t.db, set, leads)).toMatchObject({ new: 0, follow_up: 3, lost: 1, won: 2 });
    expect(await audits(set)).toEqual(await audits(one));
    expect((await audits(set)).length).toBe(1);
  });

  it('a set with one illegal move writes nothing', async () => {
    const workspaceId = await newWorkspace();
    const moves: MoveInput<'new' | 'won'>[] = [
      { workspaceId, subjectId: 'x_1', from: null, to: 'new', cause: 'c', actor: system },
      { workspaceId, subjectId: 'x_2', from: 'won', to: 'new', cause: 'c', actor: system },
    ];
    await expect(applyMoves(t.db, clock, leads, moves)).rejects.toMatchObject({ code: 'illegal_move' });
    expect(await listStageHistory(t.db, workspaceId, 'x_1')).toEqual([]);
    expect((await getStageCounts(t.db, workspaceId, leads)).new).toBe(0);
  });
});
