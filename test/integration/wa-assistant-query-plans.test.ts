// A busy WhatsApp number's statements, planned by SQLite: 80 customers writing at once, answered through the worker,
// and not one statement of the way reads a table whole or by the workspace alone.
//
// SQLite plans without statistics, and its choice turns on the size of a set: from about 20 rows in a VALUES list or
// an IN list it took an index by workspace_id alone over the one the statement meant, and read every row the
// workspace ever stored (recording 24 sent replies: 4.7 ms among 5,000 messages, and growing with each). A test with
// a handful of customers never sees that; 80 at once, with the server's io slots, make sets of tens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitCounter } from '../helpers/commit-counter.js';
import { countedTestDb } from '../helpers/counted-test-db.js';
import { sqlitePlans } from '../helpers/query-plans.js';
import { testDialect } from '../helpers/test-db.js';
import { startHarness, type Harness } from '../helpers/wa-assistant-harness.js';

/**
 * Tables a turn reads whole for its workspace, rightly: what the owner configured (the package catalogue, the A/B
 * tests running, the production prompts), as many rows as the owner makes, however much traffic the number has.
 */
const CONFIGURATION = ['wa_packages', 'wa_experiments', 'wa_prompt_production'];

const CUSTOMERS = Array.from({ length: 80 }, (_, i) => `62812555${String(i).padStart(4, '0')}`);
const WORDS = ['Assalamualaikum, mau tanya paket umroh untuk 2 orang', 'UMR_MAR_2026_HEMAT ada brosurnya?', 'cara bayarnya gmn kak, dp berapa?', 'halo kak, masih ada kursi?'];

describe.runIf(testDialect() === 'sqlite')('a busy WhatsApp number on SQLite: every statement finds its rows by more than the workspace', () => {
  const counter = createCommitCounter();
  let h: Harness;
  beforeAll(async () => {
    // The server's own io slots on SQLite: the replies' sends end, and are recorded, many in one group commit.
    h = await startHarness(await countedTestDb(counter), { concurrency: 256 });
  });
  afterAll(async () => h.close());

  it('80 customers at once, from their messages to the replies sent', async () => {
    await h.reset();
    counter.reset();
    for (const [i, phone] of CUSTOMERS.entries()) await h.say(phone, WORDS[i % WORDS.length] ?? 'halo');
    await h.settle(1_000, 120);
    for (const phone of CUSTOMERS) expect(h.textsTo(phone)).toHaveLength(1);
    // Sets as large as a busy number's, past the size where the planner's choice turned: messages are written in sets
    // of tens (the customers' 80 are stored before the worker runs, and the 80 turns fall due together). How many
    // sends end in one group commit depends on timing (20–50 here on a quiet machine), so their record is also
    // planned at a fixed 40 sends in wa-assistant-turn-set.test.ts.
    const rowsOf = (sql: string) => (sql.match(/\), \(/g)?.length ?? 0) + 1;
    const largestMessageSet = Math.max(...counter.queries.filter((q) => q.sql.startsWith('insert into "wa_messages"')).map((q) => rowsOf(q.sql)));
    expect(largestMessageSet).toBeGreaterThanOrEqual(20);
    const plans = await sqlitePlans(h.t.db, counter.queries);
    // The way was walked: the messages stored, the turns written, the replies' sends recorded.
    for (const table of ['wa_messages', 'wa_turns', 'deliveries', 'jobs']) expect(plans.some((p) => p.sql.includes(`"${table}"`) || p.sql.includes(` ${table} `))).toBe(true);
    const readsConfiguration = (sql: string) => CONFIGURATION.some((table) => sql.includes(`from "${table}"`));
    expect(plans.filter((p) => p.wholeReads.length > 0 && !readsConfiguration(p.sql)).map((p) => ({ sql: p.sql.replace(/\s+/g, ' ').slice(0, 200), reads: p.wholeReads }))).toEqual([]);
  });
});
