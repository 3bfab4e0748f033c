// A second worker in its own process, for the pharmacy's assignment concurrency test: runs the call hand-out on command and reports it.
//
// Reads its database from the environment (DATABASE_URL or LEADCYCLE_DATA_DIR) and its plan from ASSIGN_PLAN. Each
// stdin line "day <n>" runs the hand-out on day n (a day after the plan's start per n) and prints one JSON line.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../../src/config.js';
import { fakeClock } from '../../src/core/clock.js';
import { openDatabase } from '../../src/db/connect.js';
import { assignContacts } from '../../src/modules/pharmacy/calls/flow.js';

const plan = JSON.parse(process.env.ASSIGN_PLAN ?? '{}') as { workspaceId: string; startMs: number };
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const handle = openDatabase(
  config.database.kind === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'sqlite', file: path.join(config.dataDir, 'leadcycle.db') },
);
const clock = fakeClock(plan.startMs);
const DAY = 86_400_000;

const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  const [command, n] = line.trim().split(' ');
  if (command === 'quit') break;
  try {
    clock.set(plan.startMs + Number(n ?? 0) * DAY);
    const result = await assignContacts(handle.db, { clock, dialect: handle.dialect }, plan.workspaceId);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
  }
}
await handle.close();
process.exit(0);
