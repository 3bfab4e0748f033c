// SQLite's WAL checkpoints on a helper thread: copying the log's pages back into the database file, and its fsyncs, leave the event loop.
//
// In WAL mode a commit appends the changed pages to the log; a checkpoint later copies them into the database file so
// the log can start over. SQLite's own automatic checkpoint runs inside the commit that crosses 1,000 pages, on the
// connection that commits: on this server that is the one event loop that also answers webhooks and runs the jobs.
// Replaying the SQL of a 1,000-conversation WhatsApp run (7,708 statements, 59,455 log pages) took 13 ms for each
// such commit, about 60 of them; with the checkpoints here instead, the event loop only appends
// (bench/wa-assistant-history.md).
//
// The thread opens its own connection to the same file and runs a PASSIVE checkpoint (it never waits for a lock and
// never blocks a writer) once a second. It starts the first time the log fills to 1,000 pages. The server's
// connection then keeps an automatic checkpoint of its own at a larger size as the safety net, and goes back to
// SQLite's usual 1,000 pages if the thread ever stops. Durability is unchanged: a commit is on disk when its log
// pages are.
//
// The thread runs plain JavaScript given as source (it needs only better-sqlite3, found from here), so it starts the
// same from the built server, from the TypeScript sources under tsx and under vitest.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/**
 * How often the thread checkpoints. Ten times a second while the log grew was tried first: webhooks stored at 2,000/s
 * (`bench/run.ts`, paced) then waited 40.5 ms p50 in two runs, against 6.6–8.6 ms before the thread; once a second,
 * 10.1 and 13.6 ms, and the WhatsApp bench measured the two alike.
 */
export const CHECKPOINT_EVERY_MS = 1_000;

/**
 * The server's connection's own automatic checkpoint, in pages, while the thread runs: reached when the thread falls
 * this far behind, or when under steady writing its rounds keep meeting a commit under way (the log starts over only
 * after a round that copied every page). About 40 MB of log with 4 KiB pages.
 */
export const SAFETY_NET_PAGES = 10_000;

/** SQLite's default automatic checkpoint, in pages: what the server's connection does alone when there is no thread. */
export const SQLITE_DEFAULT_CHECKPOINT_PAGES = 1_000;

/** The log is cut back to this size when it starts over, so one burst's long log does not keep its disk space. */
export const LOG_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

// A round that fails (a full disk) is tried again at the next one, and the safety net bounds the log meanwhile. The
// connection is closed before the thread answers `stop`.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 0 });
db.pragma('synchronous = FULL');
let timer;
const round = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Tried again at the next round.
  }
  timer = setTimeout(round, workerData.everyMs);
};
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort.postMessage({ stopped: true });
});
round();
`;

/** How often the server's connection looks at its log's size until the thread has started. */
export const LOOK_EVERY_MS = 1_000;

export interface Checkpoints {
  /** True once the thread has taken the checkpoints over (and until it stops). */
  threadRunning(): boolean;
  /** The thread, once started: for tests that stop it the hard way. */
  thread(): Worker | undefined;
  /** Stops looking, and stops the thread after its connection is closed; the server's connection checkpoints alone. */
  stop(): Promise<void>;
}

/**
 * Hands the checkpoints of `file` (the database `sqlite` has open, in WAL mode) to a helper thread once the log first
 * fills to SQLite's usual 1,000 pages, that is once the server's connection has had to checkpoint inside a commit. A
 * server that writes little never starts the thread, which costs about 7.5 MB of RSS (115 against 108 MB after start).
 * Not for `:memory:`, which has no log.
 */
export function startCheckpoints(sqlite: SqliteDatabase.Database, file: string, options: { lookEveryMs?: number } = {}): Checkpoints {
  sqlite.pragma(`journal_size_limit = ${LOG_SIZE_LIMIT_BYTES}`);
  const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
  // A full log is its 32-byte header and, per page, a 24-byte frame header and the page.
  const fullLog = 32 + SQLITE_DEFAULT_CHECKPOINT_PAGES * (24 + pageSize);
  let worker: Worker | undefined;
  let exited: Promise<void> = Promise.resolve();
  let stopping = false;
  const look = setInterval(() => {
    if (!sqlite.open || logSize(`${file}-wal`) < fullLog) return;
    clearInterval(look);
    worker = startThread();
  }, options.lookEveryMs ?? LOOK_EVERY_MS);
  // Looking never keeps the process alive, and neither does the thread: a command that forgets to close still exits.
  look.unref();

  function startThread(): Worker {
    const thread = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: { sqlite: createRequire(import.meta.url).resolve('better-sqlite3'), file, everyMs: CHECKPOINT_EVERY_MS },
      // It holds one connection and a few objects a round.
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 },
    });
    thread.unref();
    sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
    exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
    // Stopped under the server (an error, a crash): the server's connection checkpoints alone again, as SQLite does.
    const alone = () => {
      if (worker === thread) worker = undefined;
      if (!stopping && sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_CHECKPOINT_PAGES}`);
    };
    thread.on('exit', alone);
    thread.on('error', alone);
    return thread;
  }

  return {
    threadRunning: () => worker !== undefined,
    thread: () => worker,
    async stop() {
      stopping = true;
      clearInterval(look);
      const thread = worker;
      if (!thread) return void (await exited);
      const stopped = new Promise<void>((resolve) => thread.on('message', (m: { stopped?: boolean }) => m.stopped && resolve()));
      thread.postMessage('stop');
      await Promise.race([stopped, exited]);
      await thread.terminate();
    },
  };
}

/** The log file's size in bytes (0 before SQLite has made it). */
function logSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
