// The main of a server benchmark: a watchdog, a heading with the machine's load, the scenario on each database
// BENCH_ONLY allows (PostgreSQL skipped with the reason when unreachable), and every child process stopped at the end.
import { cpus, loadavg } from 'node:os';
import type { Dialect } from '../src/db/database.js';
import { postgresUnreachable } from './databases.js';
import { killAllChildren } from './server-process.js';

export async function runOnEachDatabase(title: string, limitMinutes: number, scenario: (dialect: Dialect) => Promise<void>): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`bench: ${title} took longer than ${limitMinutes} minutes; stopping`);
    killAllChildren();
    process.exit(1);
  }, limitMinutes * 60_000);
  watchdog.unref();

  console.log(`\n# ${title} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, ${cpus().length} cores)`);
  const only = process.env.BENCH_ONLY;
  try {
    for (const dialect of (['sqlite', 'postgres'] as const).filter((d) => !only || only === d)) {
      if (dialect === 'postgres') {
        const why = await postgresUnreachable();
        if (why) {
          console.log(`\nPostgreSQL skipped: ${why}`);
          continue;
        }
      }
      await scenario(dialect);
    }
  } finally {
    killAllChildren();
    clearTimeout(watchdog);
  }
}
