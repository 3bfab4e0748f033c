// A worker in its own process, for the multi-process and SIGKILL tests. Reads its database from the environment.
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { systemClock } from '../../src/core/clock.js';
import { createJobSignal } from '../../src/core/context.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { createSecretBox } from '../../src/core/secrets.js';
import { createReadCache } from '../../src/core/read-cache.js';
import { createReadBatches } from '../../src/core/read-batch.js';
import { openDatabase } from '../../src/db/connect.js';
import { createProviderHttp } from '../../src/server/runtime.js';
import { testJobs } from './test-jobs.js';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const target =
  config.database.kind === 'postgres'
    ? { kind: 'postgres' as const, url: config.database.url }
    : { kind: 'sqlite' as const, file: path.join(config.dataDir, 'leadcycle.db') };
const handle = openDatabase(target);
const worker = createWorker({
  ctx: {
    db: handle.db,
    intakeDb: handle.intakeDb,
    dialect: handle.dialect,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    config,
    secrets: createSecretBox(Buffer.alloc(32)),
    readCache: createReadCache(),
    readBatches: createReadBatches(),
    jobSignal: createJobSignal(),
    random: Math.random,
    http: createProviderHttp(),
    // Only the job-engine's test jobs run here; no module keeps rows per contact.
    contactMergeHooks: [],
  },
  registry: testJobs,
  concurrency: Number(process.env.TEST_WORKER_CONCURRENCY ?? 4),
  leaseMs: Number(process.env.TEST_LEASE_MS ?? 60_000),
  pollMs: 100,
  batchSize: 20,
  workerId: process.env.TEST_WORKER_ID,
});
await worker.start();
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void worker.stop(5_000).then(async () => {
    await handle.close();
    process.exit(0);
  });
});
