// How fast this machine is right now, for reading a bench's figures: a fixed piece of CPU work, and one-row SQLite commits.
//
// The benches run on shared machines whose speed changes from day to day and hour to hour: the same code measured
// the WhatsApp bench's 1,000 conversations at 6 s and at 33 s p95 within half an hour on one machine, with the
// commit below at 0.3 ms one day and 0.6 ms another. A run's figures mean something only beside these two.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type SqliteDatabase from 'better-sqlite3';

const require = createRequire(import.meta.url);

export interface MachineSpeed {
  /** CPU ms for the reference work (the best of three rounds); less is faster. */
  readonly cpuWorkMs: number;
  /** Wall ms per one-row commit to a SQLite file in WAL mode with synchronous=FULL, as the server commits. */
  readonly commitMs: number;
}

/**
 * A fixed piece of work like the server's own per webhook (an HMAC-SHA512 of a webhook-sized body, JSON read and
 * written), 20,000 rounds, CPU ms: the best of three, so a moment's interruption does not count.
 */
function cpuWorkMs(): number {
  const body = JSON.stringify({ event: 'message', session: 'default', payload: { id: 'false_6281234567890@c.us_3EB0C4F1A2B7D9E6F801', from: '6281234567890@c.us', body: 'Assalamualaikum, mau tanya paket umroh bulan Maret untuk 2 orang. '.repeat(4), timestamp: 1764900000, fromMe: false, hasMedia: false } });
  let best = Number.POSITIVE_INFINITY;
  let sink = 0;
  for (let round = 0; round < 3; round++) {
    const before = process.cpuUsage();
    for (let i = 0; i < 20_000; i++) {
      sink += createHmac('sha512', 'reference-key').update(body).digest('hex').length;
      sink += (JSON.parse(body) as { payload: { body: string } }).payload.body.length;
      sink += JSON.stringify({ i, body }).length;
    }
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1_000);
  }
  // Read, so the work cannot be optimised away.
  if (sink === 0) throw new Error('the reference work did nothing');
  return best;
}

/** 300 one-row commits to a fresh SQLite file (WAL, synchronous=FULL) in the system's temporary directory, ms each. */
function commitMs(): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-speed-'));
  try {
    const Database = require('better-sqlite3') as typeof SqliteDatabase;
    const db = new Database(path.join(dir, 'speed.db'));
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec('create table t (id integer primary key, body text not null)');
      const insert = db.prepare('insert into t (body) values (?)');
      const commits = 300;
      const started = performance.now();
      for (let i = 0; i < commits; i++) insert.run(`row ${i}`);
      return (performance.now() - started) / commits;
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function machineSpeed(): MachineSpeed {
  return { cpuWorkMs: cpuWorkMs(), commitMs: commitMs() };
}

export function describeMachineSpeed(s: MachineSpeed): string {
  return `the machine's speed before the run: ${Math.round(s.cpuWorkMs)} ms of CPU for the reference work, ${s.commitMs.toFixed(2)} ms per one-row SQLite commit (bench/machine-speed.ts; less is faster)`;
}
