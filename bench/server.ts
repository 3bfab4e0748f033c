// What `leadcycle start` does (migrate, web server, worker in one process), plus the bench connector and module; prints its port.
// Started by bench/run.ts as a child process; stops on SIGTERM like the real server.
import { loadConfig } from '../src/config.js';
import { createWorker } from '../src/core/jobs/worker.js';
import { modules } from '../src/modules/registry.js';
import { buildServer } from '../src/server/app.js';
import { assemble } from '../src/server/assemble.js';
import { openRuntime } from '../src/server/runtime.js';
import { connectors } from '../src/connectors/registry.js';
import { benchConnector, benchModule } from './bench-module.js';

const config = loadConfig(process.env);
const all = [...modules, benchModule()];
const runtime = await openRuntime(config, all);
const { ctx } = runtime;
const assembly = assemble(ctx, all, [...connectors, benchConnector()]);
const server = await buildServer({ ctx, assembly });
await server.listen({ port: config.port, host: config.host });
const address = server.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const worker = createWorker({ ctx, registry: assembly.jobs, concurrency: config.worker.concurrency, leaseMs: config.worker.leaseMs, batchBudgetMs: config.worker.batchBudgetMs });
await worker.start();
process.stdout.write(`${JSON.stringify({ benchServer: { port, pid: process.pid } })}\n`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  await worker.stop(config.worker.shutdownGraceMs);
  await runtime.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
// The bench holds our stdin open; if it dies without stopping us, stdin ends and we stop too.
process.stdin.on('end', () => void shutdown());
process.stdin.resume();
