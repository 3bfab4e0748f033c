// Work for a person against a real database: offering, claiming under a local-day cap, finishing, carrying over.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db.js';
import { fakeClock } from '../clock.js';
import { createWorkspace } from '../workspaces.js';
import {
  carryOverWorkItems,
  claimNextWorkItem,
  claimWorkItem,
  completeWorkItem,
  countedOnDay,
  getWorkItem,
  listClaimableWorkItems,
  listWorkForDay,
  offerWorkItem,
  reofferWorkItems,
  releaseWorkItem,
  type ClaimOutcome,
} from './index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const jakarta = (text: string) => Date.parse(`${text}+07:00`);
const queue = 'test.calls';

describe(`work for a person (${testDialect()})`, () => {
  let t: TestDb;
  const clock = fakeClock(jakarta('2026-01-05T09:00'));
  let deps: { clock: typeof clock; dialect: TestDb['dialect'] };

  beforeAll(async () => {
    t = await createTestDb();
    deps = { clock, dialect: t.dialect };
  });
  afterAll(async () => t.destroy());

  const newWorkspace = async (timezone = 'Asia/Jakarta') => {
    clock.set(jakarta('2026-01-05T09:00'));
    return (await createWorkspace(t.db, clock, { slug: `ws-${randomBytes(4).toString('hex')}`, name: 'Apotek', timezone })).id;
  };
  const offer = (workspaceId: string, itemIds: string[], extra: { priority?: number; availableAt?: number } = {}) =>
    Promise.all(itemIds.map((itemId) => offerWorkItem(t.db, deps, { workspaceId, queue, itemId, ...extra })));
  const next = (workspaceId: string, assignee: string, cap = 3) => claimNextWorkItem(t.db, deps, { workspaceId, queue, assignee, cap });
  const itemOf = (o: ClaimOutcome) => (o.claimed ? o.item.itemId : o.reason);

  it('offers an item once, however often and however concurrently it is offered', async () => {
    const workspaceId = await newWorkspace();
    const first = await offerWorkItem(t.db, deps, { workspaceId, queue, itemId: 'con_1', priority: 5 });
    expect(first).toMatchObject({ created: true, item: { status: 'open', itemId: 'con_1', priority: 5, assignee: null } });
    const again = await offerWorkItem(t.db, deps, { workspaceId, queue, itemId: 'con_1', priority: 9 });
    expect(again).toMatchObject({ created: false, item: { id: first.item.id, priority: 5 } });
    const racing = await Promise.all(Array.from({ length: 8 }, () => offerWorkItem(t.db, deps, { workspaceId, queue, itemId: 'con_2' })));
    expect(racing.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(racing.map((r) => r.item.id)).size).toBe(1);
    // The same item id in another queue or workspace is another item.
    expect((await offerWorkItem(t.db, deps, { workspaceId, queue: 'test.other', itemId: 'con_1' })).created).toBe(true);
    expect((await offerWorkItem(t.db, deps, { workspaceId: await newWorkspace(), queue, itemId: 'con_1' })).created).toBe(true);
  });

  it('hands out the highest priority first, then the longest waiting, never before available_at', async () => {
    const workspaceId = await newWorkspace();
    await offer(workspaceId, ['old'], { availableAt: clock.now() - HOUR });
    await offer(workspaceId, ['new'], { availableAt: clock.now() - MINUTE });
    await offer(workspaceId, ['urgent'], { priority: 10 });
    await offer(workspaceId, ['later'], { priority: 99, availableAt: clock.now() + HOUR });
    expect((await listClaimableWorkItems(t.db, deps, { workspaceId, queue, limit: 10 })).map((i) => i.itemId)).toEqual(['urgent', 'old', 'new']);
    const got = [];
    for (let i = 0; i < 4; i++) got.push(itemOf(await next(workspaceId, `staff_${i}`)));
    expect(got).toEqual(['urgent', 'old', 'new', 'nothing_open']);
    clock.advance(HOUR);
    expect(itemOf(await next(workspaceId, 'staff_3'))).toBe('later');
  });

  it('stops at the daily cap, per person, and does not spend the cap when nothing is open', async () => {
    const workspaceId = await newWorkspace();
    await offer(workspaceId, ['a', 'b', 'c', 'd', 'e']);
    const budi = [];
    for (let i = 0; i < 4; i++) budi.push(await next(workspaceId, 'budi'));
    expect(budi.map(itemOf)).toEqual(['a', 'b', 'c', 'cap_reached']);
    expect(budi.map((o) => o.countedToday)).toEqual([1, 2, 3, 3]);
    expect(budi[3]).toMatchObject({ claimed: false, reason: 'cap_reached', day: '2026-01-05' });
    expect(itemOf(await next(workspaceId, 'siti'))).toBe('d');
    expect(itemOf(await next(workspaceId, 'siti'))).toBe('e');
    expect(itemOf(await next(workspaceId, 'siti'))).toBe('nothing_open');
    expect(await countedOnDay(t.db, { workspaceId, queue, assignee: 'siti', day: '2026-01-05' })).toBe(2);
    await offer(workspaceId, ['f']);
    expect(itemOf(await next(workspaceId, 'siti'))).toBe('f');
    expect(itemOf(await next(workspaceId, 'siti'))).toBe('cap_reached');
  });

  it("counts the cap in the workspace's local day: a new day starts at local midnight, not at UTC midnight", async () => {
    for (const [timezone, expected] of [
      ['Asia/Jakarta', 'x4'],
      ['UTC', 'cap_reached'],
    ] as const) {
      const workspaceId = await newWorkspace(timezone);
      await offer(workspaceId, ['x1', 'x2', 'x3', 'x4']);
      // 23:50 in Jakarta is 16:50 UTC; twenty minutes later it is the next day in Jakarta but still the same in UTC.
      clock.set(jakarta('2026-01-05T23:50'));
      for (let i = 0; i < 3; i++) {
        const o = await next(workspaceId, 'budi');
        if (!o.claimed) throw new Error(`expected a claim, got ${o.reason}`);
        await completeWorkItem(t.db, deps, { workspaceId, queue, itemId: o.item.itemId, assignee: 'budi' });
      }
      expect(itemOf(await next(workspaceId, 'budi'))).toBe('cap_reached');
      clock.set(jakarta('2026-01-06T00:10'));
      const after = await next(workspaceId, 'budi');
      expect(itemOf(after)).toBe(expected);
      expect(after.day).toBe(timezone === 'UTC' ? '2026-01-05' : '2026-01-06');
    }
  });

  it('claims a chosen item: once, within the cap, never one someone else holds', async () => {
    const workspaceId = await newWorkspace();
    await offer(workspaceId, ['p1', 'p2', 'p3', 'p4']);
    await offer(workspaceId, ['soon'], { availableAt: clock.now() + HOUR });
    const pick = (itemId: string, assignee: string, cap = 2) => claimWorkItem(t.db, deps, { workspaceId, queue, itemId, assignee, cap });

    const mine = await pick('p2', 'budi');
    expect(mine).toMatchObject({ claimed: true, countedToday: 1, item: { itemId: 'p2', status: 'claimed', assignee: 'budi', claimedDay: '2026-01-05' } });
    // Picking it again is not a second claim.
    expect(await pick('p2', 'budi')).toMatchObject({ claimed: true, countedToday: 1 });
    expect(await pick('p2', 'siti')).toMatchObject({ claimed: false, reason: 'taken' });
    expect(await pick('missing', 'siti')).toMatchObject({ claimed: false, reason: 'not_found' });
    expect(await pick('soon', 'siti')).toMatchObject({ claimed: false, reason: 'not_available' });
    expect(itemOf(await pick('p3', 'budi'))).toBe('p3');
    expect(await pick('p4', 'budi')).toMatchObject({ claimed: false, reason: 'cap_reached', countedToday: 2 });
    await completeWorkItem(t.db, deps, { workspaceId, queue, itemId: 'p1' });
    expect(await pick('p1', 'siti')).toMatchObject({ claimed: false, reason: 'done' });
    expect(await countedOnDay(t.db, { workspaceId, queue, assignee: 'siti', day: '2026-01-05' })).toBe(0);
  });

  it('completes only your own claim; the module may finish any item; a finished claim still counts', async () => {
    const workspaceId = await newWorkspace();
    await offer(workspaceId, ['c1', 'c2']);
    await next(workspaceId, 'budi', 1);
    const ref = { workspaceId, queue, itemId: 'c1' };
    expect(await completeWorkItem(t.db, deps, { ...ref, assignee: 'siti' })).toMatchObject({ ok: false, reason: 'not_yours' });
    expect(await completeWorkItem(t.db, deps, { ...ref, assignee: 'budi', outcome: 'called' })).toMatchObject({
      ok: true,
      item: { status: 'done', outcome: 'called', assignee: 'budi', doneAt: clock.now() },
    });
    expect(await completeWorkItem(t.db, deps, { ...ref, assignee: 'budi' })).toMatchObject({ ok: false, reason: 'already_done' });
    expect(itemOf(await next(workspaceId, 'budi', 1))).toBe('cap_reached');
    expect(await completeWorkItem(t.db, deps, { workspaceId, queue, itemId: 'c2', assignee: 'budi' })).toMatchObject({ ok: false, reason: 'not_claimed' });
    // The customer bought before anyone called: the module finishes the open item itself.
    expect(await completeWorkItem(t.db, deps, { workspaceId, queue, itemId: 'c2', outcome: 'purchased' })).toMatchObject({ ok: true, item: { status: 'done', assignee: null } });
    expect(await completeWorkItem(t.db, deps, { workspaceId, queue, itemId: 'nope' })).toEqual({ ok: false, reason: 'not_found' });
  });

  it('releases a claim back to the queue and gives its person the slot back', async () => {
    const workspaceId = await newWorkspace();
    await offer(workspaceId, ['r1', 'r2', 'r3']);
    await next(workspaceId, 'budi', 2);
    await next(workspaceId, 'budi', 2);
    const ref = { workspaceId, queue, itemId: 'r1' };
    expect(await releaseWorkItem(t.db, deps, { ...ref, assignee: 'siti' })).toMatchObject({ ok: false, reason: 'not_yours' });
    expect(await releaseWorkItem(t.db, deps, { ...ref, assignee: 'budi' })).toMatchObject({ ok: true, item: { status: 'released', assignee: null, countedDay: null } });
    expect(await releaseWorkItem(t.db, deps, ref)).toMatchObject({ ok: false, reason: 'not_claimed' });
    expect(await countedOnDay(t.db, { workspaceId, queue, assignee: 'budi', day: '2026-01-05' })).toBe(1);
    // Released work is claimable again, ahead of newer items, by anyone: here by siti.
    expect(itemOf(await next(workspaceId, 'siti'))).toBe('r1');
    expect(itemOf(await next(workspaceId, 'budi', 2))).toBe('r3');
    expect(itemOf(await next(workspaceId, 'budi', 2))).toBe('cap_reached');
    // Held back until later when asked.
    await releaseWorkItem(t.db, deps, { workspaceId, queue, itemId: 'r3', availableAt: clock.now() + HOUR });
    expect(itemOf(await next(workspaceId, 'budi', 2))).toBe('nothing_open');
  });

  it("carries yesterday's unfinished claims over: they keep their person and count first", async () => {
    const workspaceId = await newWorkspace();
    await offer(workspaceId, ['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    for (let i = 0; i < 3; i++) await next(workspaceId, 'budi');
    await completeWorkItem(t.db, deps, { workspaceId, queue, itemId: 'm1', assignee: 'budi' });
    await next(workspaceId, 'siti');

    clock.set(jakarta('2026-01-06T08:00'));
    // The morning list already shows m2 and m3 before anything was carried over.
    const morning = await listWorkForDay(t.db, { workspaceId, queue, assignee: 'budi', day: '2026-01-06' });
    expect(morning.map((i) => [i.itemId, i.carriedOver])).toEqual([
      ['m2', true],
      ['m3', true],
    ]);
    expect(await carryOverWorkItems(t.db, deps, { workspaceId, queue })).toEqual({ day: '2026-01-06', carried: { budi: 2, siti: 1 } });
    expect(await carryOverWorkItems(t.db, deps, { workspaceId, queue })).toEqual({ day: '2026-01-06', carried: {} });
    expect(await countedOnDay(t.db, { workspaceId, queue, assignee: 'budi', day: '2026-01-06' })).toBe(2);
    expect(await getWorkItem(t.db, { workspaceId, queue, itemId: 'm2' })).toMatchObject({ assignee: 'budi', claimedDay: '2026-01-05', countedDay: '2026-01-06', carriedOver: true });

    const more = await next(workspaceId, 'budi');
    expect(more).toMatchObject({ claimed: true, countedToday: 3, item: { itemId: 'm5', carriedOver: false } });
    expect(itemOf(await next(workspaceId, 'budi'))).toBe('cap_reached');
    const today = await listWorkForDay(t.db, { workspaceId, queue, assignee: 'budi', day: '2026-01-06' });
    expect(today.map((i) => i.itemId)).toEqual(['m2', 'm3', 'm5']);
    // Yesterday's list keeps what was finished that day.
    expect((await listWorkForDay(t.db, { workspaceId, queue, assignee: 'budi', day: '2026-01-05' })).map((i) => i.itemId)).toEqual(['m1']);
  });

  it("carries over on the person's own next claim too, when the morning run has not happened", async () => {
    const workspaceId = await newWorkspace();
    await offer(workspaceId, ['n1', 'n2', 'n3', 'n4', 'n5']);
    await next(workspaceId, 'budi');
    await next(workspaceId, 'budi');
    clock.set(jakarta('2026-01-08T08:00'));
    const got = [];
    for (let i = 0; i < 3; i++) got.push(itemOf(await next(workspaceId, 'budi')));
    expect(got).toEqual(['n3', 'cap_reached', 'cap_reached']);
    expect(await countedOnDay(t.db, { workspaceId, queue, assignee: 'budi', day: '2026-01-08' })).toBe(3);
  });

  it('keeps a finished item finished when offered again, unless asked to reopen it', async () => {
    const workspaceId = await newWorkspace();
    await offer(workspaceId, ['h1']);
    await next(workspaceId, 'admin');
    await completeWorkItem(t.db, deps, { workspaceId, queue, itemId: 'h1' });
    expect(await offerWorkItem(t.db, deps, { workspaceId, queue, itemId: 'h1' })).toMatchObject({ created: false, reopened: false, item: { status: 'done' } });
    expect(await offerWorkItem(t.db, deps, { workspaceId, queue, itemId: 'h1', reopen: true, priority: 3 })).toMatchObject({
      created: false,
      reopened: true,
      item: { status: 'open', assignee: null, priority: 3, doneAt: null },
    });
    expect(itemOf(await next(workspaceId, 'admin'))).toBe('h1');
  });

  it('offers many again at once as offerWorkItem with reopen would: new ones open, taken ones untouched, done ones open again', async () => {
    const workspaceId = await newWorkspace();
    await offer(workspaceId, ['taken', 'done']);
    expect(itemOf(await next(workspaceId, 'sari'))).toBe('taken');
    expect(itemOf(await next(workspaceId, 'admin'))).toBe('done');
    await completeWorkItem(t.db, deps, { workspaceId, queue, itemId: 'done' });
    await reofferWorkItems(t.db, deps, [
      { workspaceId, queue, itemId: 'new', priority: 0 },
      { workspaceId, queue, itemId: 'taken', priority: 10 },
      { workspaceId, queue, itemId: 'done', priority: 10 },
    ]);
    expect(await getWorkItem(t.db, { workspaceId, queue, itemId: 'new' })).toMatchObject({ status: 'open', assignee: null, priority: 0 });
    expect(await getWorkItem(t.db, { workspaceId, queue, itemId: 'taken' })).toMatchObject({ status: 'claimed', assignee: 'sari' });
    expect(await getWorkItem(t.db, { workspaceId, queue, itemId: 'done' })).toMatchObject({ status: 'open', assignee: null, priority: 10, doneAt: null });
    // The one reopened with the higher priority is handed out first.
    expect(itemOf(await next(workspaceId, 'budi'))).toBe('done');
  });

  it('keeps workspaces apart', async () => {
    const a = await newWorkspace();
    const b = await newWorkspace();
    await offer(a, ['only-a']);
    expect(itemOf(await next(b, 'budi'))).toBe('nothing_open');
    expect(itemOf(await next(a, 'budi'))).toBe('only-a');
    expect(await countedOnDay(t.db, { workspaceId: b, queue, assignee: 'budi', day: '2026-01-05' })).toBe(0);
  });
});
