// Where the CPU went during a run, from /proc: the server, PostgreSQL, the load generator (this process), the rest.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface CpuSnapshot {
  readonly server: number;
  readonly postgres: number;
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
  /** Everything else on the machine (other programs, the kernel's own work). */
  readonly other: number;
  readonly cores: number;
  /** CPU time the server process used, ms (USER_HZ is 100 on Linux: a tick is 10 ms). */
  readonly serverMs: number;
}

/** utime + stime of a process, in clock ticks; 0 if it is gone. */
function ticksOf(pid: number | 'self'): { comm: string; ticks: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    // Fields after the command name start at field 3 (state); utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { comm, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return { comm: '', ticks: 0 };
  }
}

function postgresTicks(): number {
  let sum = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const { comm, ticks } = ticksOf(Number(entry));
    if (comm === 'postgres') sum += ticks;
  }
  return sum;
}

export function cpuSnapshot(serverPid: number): CpuSnapshot {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { server: ticksOf(serverPid).ticks, postgres: postgresTicks(), self: ticksOf('self').ticks, busy: total - idle, total };
}

export function cpuUse(before: CpuSnapshot, after: CpuSnapshot): CpuUse {
  const cores = cpus().length;
  const perCore = (after.total - before.total) / cores;
  const pct = (ticks: number) => (perCore > 0 ? (ticks / perCore) * 100 : 0);
  const server = pct(after.server - before.server);
  const postgres = pct(after.postgres - before.postgres);
  const client = pct(after.self - before.self);
  const busy = pct(after.busy - before.busy);
  return { server, postgres, client, other: Math.max(0, busy - server - postgres - client), cores, serverMs: (after.server - before.server) * 10 };
}

export function describeCpu(c: CpuUse): string {
  const r = (n: number) => `${Math.round(n)}%`;
  return `CPU (% of one core, ${c.cores} cores): server ${r(c.server)}, postgres ${r(c.postgres)}, load generator ${r(c.client)}, other ${r(c.other)}`;
}
