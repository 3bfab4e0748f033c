// `npm run bench` (first part): how fast `leadcycle start` answers and how much memory it holds while idle.
//
// The server runs as `npm start` runs it (compiled dist/ when it is up to date, the Node flags of package.json's
// start script; BENCH_NODE_FLAGS replaces them to compare). On a fresh database per dialect it starts once (the
// migrations run), then BENCH_STARTS (default 5; 2 with BENCH_QUICK=1) more times on the migrated database. A start
// is timed from spawning the process to GET /health answering; the idle RSS is read 3 s later, with no traffic.
import type { Dialect } from '../src/db/database.js';
import { createBenchDatabase } from './databases.js';
import { runOnEachDatabase } from './each-database.js';
import { serverNodeFlags, startServer } from './server-process.js';

const STARTS = Number(process.env.BENCH_STARTS ?? (process.env.BENCH_QUICK === '1' ? 2 : 5));
const IDLE_MS = 3_000;

interface Start {
  readonly ms: number;
  readonly rss: number;
}

async function startOnce(env: Record<string, string>): Promise<Start> {
  const server = await startServer(env, { entry: 'leadcycle' });
  try {
    await new Promise((r) => setTimeout(r, IDLE_MS));
    return { ms: server.startMs, rss: server.rss() };
  } finally {
    await server.stop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

async function run(dialect: Dialect): Promise<void> {
  const bench = await createBenchDatabase(dialect);
  try {
    const env = { ...bench.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
    const first = await startOnce(env);
    const again: Start[] = [];
    for (let i = 0; i < STARTS; i++) again.push(await startOnce(env));
    const times = again.map((s) => s.ms);
    console.log(`\n## ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: node ${serverNodeFlags().join(' ') || '(no flags)'} bin/leadcycle.js start`);
    console.log('| measure | figure | target |');
    console.log('| --- | --- | --- |');
    console.log(`| first start on an empty database (migrations), spawn → /health | ${first.ms.toFixed(0)} ms | |`);
    console.log(`| start on the migrated database, median / slowest of ${STARTS} | ${median(times).toFixed(0)} / ${Math.max(...times).toFixed(0)} ms | < 1,000 ms |`);
    console.log(`| idle RSS ${IDLE_MS / 1000} s after start, median of ${STARTS} (first start) | ${mb(median(again.map((s) => s.rss)))} (${mb(first.rss)}) | ≤ 90 MB |`);
  } finally {
    await bench.destroy();
  }
}

await runOnEachDatabase('Start-up and idle memory', 5, run);
