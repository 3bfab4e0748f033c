// WhatsApp health with the WAHA simulator: a session that is not WORKING, WORKING while sends fail, or silent in
// business hours is "connected but dead": the API says so, the owner is alerted once, and replies wait and go out.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/core/jobs/enqueue.js';
import { createCommitCounter } from '../helpers/commit-counter.js';
import { countedTestDb } from '../helpers/counted-test-db.js';
import { sqlitePlans } from '../helpers/query-plans.js';
import { testDialect } from '../helpers/test-db.js';
import { startHarness, type Harness } from '../helpers/wa-assistant-harness.js';

const CUSTOMER = '6281200000001';

describe(`WhatsApp health (${testDialect()})`, () => {
  let h: Harness;
  const counter = createCommitCounter();
  const health = async () => {
    const res = await h.api('GET', '/api/whatsapp/health');
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const ownerAlerts = async () => (await h.t.db.selectFrom('wa_alerts').select(['kind', 'audience', 'message']).where('kind', 'like', 'whatsapp_%').orderBy('created_at').orderBy('id').execute());
  /** Runs the periodic check now (the worker queues it every 5 minutes). */
  const runHealthCheck = async () => {
    await enqueueJob({ db: h.s.ctx.db, dialect: h.s.ctx.dialect, clock: h.s.ctx.clock }, h.s.ctx.workspace.id, 'wa-assistant.health', {});
    await h.drain();
  };
  /** Moves the clock in steps, running due jobs, without waiting for the queue to empty (it cannot while WhatsApp is down). */
  const pass = async (ms: number, stepMs = 1_000) => {
    for (let done = 0; done < ms; done += stepMs) {
      h.s.ctx.clock.advance(stepMs);
      await h.drain();
    }
  };

  beforeAll(async () => {
    h = await startHarness(await countedTestDb(counter));
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(async () => {
    await h.reset();
    await h.sim.setStatus('WORKING');
    await h.settle();
    await h.t.db.deleteFrom('wa_sessions').execute();
  });

  it('a session that is not WORKING is reported dead, the owner alerted once, and the reply waits and goes out on recovery', async () => {
    expect(await health()).toMatchObject({ session: 'default', status: null, healthy: true, problem: null });
    await h.sim.setStatus('SCAN_QR_CODE');
    await h.settle();
    expect(await health()).toMatchObject({ status: 'SCAN_QR_CODE', healthy: false, problem: 'not_working' });
    expect(await ownerAlerts()).toEqual([expect.objectContaining({ kind: 'whatsapp_not_working', audience: 'owner' })]);
    // The periodic check finds the same outage: no second alert.
    await runHealthCheck();
    expect(await ownerAlerts()).toHaveLength(1);

    await h.say(CUSTOMER, 'halo kak');
    await pass(60_000);
    // Nothing reached WAHA, nothing gave up: the reply waits in the queue.
    expect(h.sim.calls.filter((c) => c.chatId === `${CUSTOMER}@c.us`)).toEqual([]);
    const waiting = await health();
    expect(waiting.waiting_replies).toBe(1);
    const statuses = await h.t.db.selectFrom('deliveries').select('status').execute();
    expect(new Set(statuses.map((d) => d.status))).toEqual(new Set(['queued']));

    await h.sim.setStatus('WORKING');
    await h.settle(5_000);
    expect(h.textsTo(CUSTOMER)).toHaveLength(1);
    expect(h.textsTo(CUSTOMER)[0]).toContain('Selamat datang di Amanah Tour');
    expect(await health()).toMatchObject({ status: 'WORKING', healthy: true, problem: null, waiting_replies: 0 });
  });

  it('the periodic check asks WAHA itself: a session that went down without a webhook is found', async () => {
    const session = h.sim.sessions.get('default');
    if (!session) throw new Error('no default session');
    session.webhooks = [];
    await h.sim.setStatus('FAILED');
    expect((await health()).healthy).toBe(true);
    await runHealthCheck();
    expect(await health()).toMatchObject({ status: 'FAILED', problem: 'not_working' });
    expect((await ownerAlerts()).map((a) => a.kind)).toEqual(['whatsapp_not_working']);
  });

  it('WORKING while sends fail is dead too: the owner is alerted once, and the replies go out when WAHA recovers', async () => {
    h.sim.fail({ match: { path: '/api/sendText' }, fault: { kind: 'status', status: 500 } });
    for (const phone of ['6281200000011', '6281200000012', '6281200000013']) await h.say(phone, 'halo');
    await pass(8_000);
    // Failures that race each other (PostgreSQL commits them side by side) may each see fewer than three: the
    // periodic check is the backstop that always sees them all.
    await runHealthCheck();
    const dead = await health();
    expect(dead).toMatchObject({ status: 'WORKING', healthy: false, problem: 'sends_failing' });
    expect(dead.failing_sends).toBeGreaterThanOrEqual(3);
    expect((await ownerAlerts()).map((a) => a.kind)).toEqual(['whatsapp_sends_failing']);
    await pass(30_000);
    expect(await ownerAlerts()).toHaveLength(1);
    h.sim.clearFaults();
    await h.settle(10_000, 120);
    for (const phone of ['6281200000011', '6281200000012', '6281200000013']) expect(h.textsTo(phone)).toHaveLength(1);
    expect(await health()).toMatchObject({ healthy: true, failing_sends: 0 });
  });

  // The health is read on the dashboard, every 5 minutes and after every failed send, and a number's messages only
  // grow: read from the messages' side, it took 325 ms of the server's one thread at 100,000 sent messages.
  it.runIf(testDialect() === 'sqlite')("on SQLite, reading the health finds sends by their delivery's status, not by reading the workspace's messages", async () => {
    await h.say(CUSTOMER, 'halo kak');
    await h.settle(5_000);
    expect(h.textsTo(CUSTOMER)).toHaveLength(1);
    counter.reset();
    expect(await health()).toMatchObject({ healthy: true, failing_sends: 0, waiting_replies: 0 });
    const plans = (await sqlitePlans(h.t.db, counter.queries)).filter((p) => /"(wa_messages|deliveries)"/.test(p.sql));
    expect(plans.length).toBeGreaterThanOrEqual(2);
    expect(plans.filter((p) => p.wholeReads.length > 0).map((p) => ({ sql: p.sql.slice(0, 160), reads: p.wholeReads }))).toEqual([]);
  });

  it('no message in for silence_alert_after_ms during business hours is dead; the same silence at night is not', async () => {
    expect((await h.api('PUT', '/api/settings/wa-assistant', { silence_alert_after_ms: 30 * 60_000 })).statusCode).toBe(200);
    expect((await h.api('PUT', '/api/settings/wa-assistant', { silence_alert_after_ms: 60_000 })).statusCode).toBe(400);
    // Open 08:00–17:00 WIB on weekdays; the fake clock is a Monday morning.
    expect((await h.api('PUT', '/api/workspace', { business_hours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' } })).statusCode).toBe(200);
    try {
      await h.say(CUSTOMER, 'halo');
      await h.settle();
      h.s.ctx.clock.advance(29 * 60_000);
      await runHealthCheck();
      expect((await health()).healthy).toBe(true);
      h.s.ctx.clock.advance(2 * 60_000);
      await runHealthCheck();
      expect(await health()).toMatchObject({ healthy: false, problem: 'no_inbound' });
      expect((await ownerAlerts()).map((a) => a.kind)).toEqual(['whatsapp_no_inbound']);
      await runHealthCheck();
      expect(await ownerAlerts()).toHaveLength(1);
      // Twelve hours on it is night: silence is normal.
      h.s.ctx.clock.advance(12 * 3_600_000);
      expect((await health()).healthy).toBe(true);
      // A message in ends the outage; the next silence is a new one and alerts again.
      await h.say(CUSTOMER, 'terima kasih');
      await h.settle();
      h.s.ctx.clock.advance(12 * 3_600_000);
      await runHealthCheck();
      expect((await ownerAlerts()).map((a) => a.kind)).toEqual(['whatsapp_no_inbound', 'whatsapp_no_inbound']);
    } finally {
      await h.api('PUT', '/api/workspace', { business_hours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' } });
      await h.api('PUT', '/api/settings/wa-assistant', { silence_alert_after_ms: 2 * 3_600_000 });
    }
  });
});
