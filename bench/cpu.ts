// Where the CPU went during a run, from /proc: the server, PostgreSQL, the load generator (this process), the rest, and how long the server's event loop waited for a core.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import pg from 'pg';

export interface CpuSnapshot {
  readonly server: number;
  /** The server's event-loop thread's schedstat; absent where unreadable. */
  readonly serverLoop: ThreadTimes | undefined;
  /** Clock ticks by process id: our database's backends and PostgreSQL's own processes (WAL writer, …). */
  readonly postgres: ReadonlyMap<number, number>;
  readonly self: number;
  readonly busy: number;
  readonly total: number;
}

/** Each figure is a % of one core (100 = one core busy all the time); the machine has `cores` of them. */
export interface CpuUse {
  readonly server: number;
  readonly postgres: number;
  /** The bench process: autocannon or the paced generator, plus the progress polls. */
  readonly client: number;
  /** Everything else on the machine (other programs, other databases' backends, the kernel's own work). */
  readonly other: number;
  readonly cores: number;
  /** CPU time the server process used, ms (USER_HZ is 100 on Linux: a tick is 10 ms). */
  readonly serverMs: number;
  /** The server's event-loop thread: ms on a core, ms ready to run but waiting for one, and times put on a core. */
  readonly serverLoop: { readonly ranMs: number; readonly waitedMs: number; readonly slices: number } | undefined;
}

/** A thread's nanoseconds on a core, runnable in the queue, and how many times it was put on a core (its schedstat). */
interface ThreadTimes {
  readonly runNs: number;
  readonly waitNs: number;
  readonly slices: number;
}

export interface CpuProbe {
  snapshot(): Promise<CpuSnapshot>;
}

/** utime + stime of a process, in clock ticks; 0 if it is gone. */
function ticksOf(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name start at field 3 (state); utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * The process's main thread (its thread id is the process id): the thread that runs Node's event loop. Its wait is what
 * a busy machine adds to every turn: the loop was ready to go on and another thread (PostgreSQL's, a simulator's, V8's
 * own helpers) had the core. Undefined when the kernel does not keep schedstat (not Linux, or built without it).
 */
function loopThreadOf(pid: number): ThreadTimes | undefined {
  try {
    const [runNs, waitNs, slices] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return runNs !== undefined && waitNs !== undefined && slices !== undefined && [runNs, waitNs, slices].every(Number.isFinite) ? { runNs, waitNs, slices } : undefined;
  } catch {
    return undefined;
  }
}

/** Our database's backends and the server's own processes (no database), not other databases' backends. */
async function postgresPids(databaseUrl: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    const rows = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() or datname is null');
    return rows.rows.map((r) => r.pid);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `databaseUrl`: the PostgreSQL database the server uses, if any. */
export function cpuProbe(serverPid: number, databaseUrl?: string): CpuProbe {
  return {
    async snapshot() {
      const pids = databaseUrl ? await postgresPids(databaseUrl).catch(() => []) : [];
      const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
      const ticks = line.trim().split(/\s+/).slice(1).map(Number);
      const total = ticks.reduce((a, b) => a + b, 0);
      const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
      return {
        server: ticksOf(serverPid),
        serverLoop: loopThreadOf(serverPid),
        postgres: new Map(pids.map((pid) => [pid, ticksOf(pid)])),
        self: ticksOf('self'),
        busy: total - idle,
        total,
      };
    },
  };
}

export function cpuUse(before: CpuSnapshot, after: CpuSnapshot): CpuUse {
  const cores = cpus().length;
  const perCore = (after.total - before.total) / cores;
  const pct = (ticks: number) => (perCore > 0 ? (ticks / perCore) * 100 : 0);
  // A backend that started during the run counts from zero; one that ended is lost (its ticks are gone).
  let postgresTicks = 0;
  for (const [pid, t] of after.postgres) postgresTicks += Math.max(0, t - (before.postgres.get(pid) ?? 0));
  const server = pct(after.server - before.server);
  const postgres = pct(postgresTicks);
  const client = pct(after.self - before.self);
  const busy = pct(after.busy - before.busy);
  const loop = before.serverLoop && after.serverLoop ? { ranMs: (after.serverLoop.runNs - before.serverLoop.runNs) / 1e6, waitedMs: (after.serverLoop.waitNs - before.serverLoop.waitNs) / 1e6, slices: after.serverLoop.slices - before.serverLoop.slices } : undefined;
  return { server, postgres, client, other: Math.max(0, busy - server - postgres - client), cores, serverMs: (after.server - before.server) * 10, serverLoop: loop };
}

/** "ran 1.43 s in 9,000 slices, waited 1.42 s for a core (50 % of the time it was ready)", or why there is no figure. */
export function describeLoopWait(c: CpuUse): string {
  if (!c.serverLoop) return 'not available (no /proc schedstat)';
  const { ranMs, waitedMs, slices } = c.serverLoop;
  const share = ranMs + waitedMs > 0 ? Math.round((waitedMs / (ranMs + waitedMs)) * 100) : 0;
  return `ran ${(ranMs / 1000).toFixed(2)} s in ${slices.toLocaleString('en-US')} slices, waited ${(waitedMs / 1000).toFixed(2)} s for a core (${share} % of the time it was ready)`;
}

export function describeCpu(c: CpuUse): string {
  const r = (n: number) => `${Math.round(n)}%`;
  return `CPU (% of one core, ${c.cores} cores): server ${r(c.server)}, postgres (this database) ${r(c.postgres)}, load generator ${r(c.client)}, other ${r(c.other)}`;
}
