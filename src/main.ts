// The command line: start (web + worker), web, worker, migrate, user create, token create, workspace create, demo.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config.js';
import { createApiToken } from './core/auth/tokens.js';
import { ROLES, type Role } from './core/auth/types.js';
import { countUsers, createUser } from './core/auth/users.js';
import { createWorker, type Worker } from './core/jobs/worker.js';
import { createWorkspace, findWorkspaceBySlug } from './core/workspaces.js';
import { modules } from './modules/registry.js';
import { buildServer } from './server/app.js';
import { assemble, moduleMigrations } from './server/assemble.js';
import { openRuntime, type Runtime } from './server/runtime.js';

const USAGE = `Usage: leadcycle <command> [options]

Commands:
  start                 web server and worker in one process (the default)
  web                   web server only (run workers separately; needs PostgreSQL to share work)
  worker                job worker only
  migrate               apply database migrations and exit
  user create --email E --password P --role R [--name N] [--workspace SLUG]
                        create a user (roles: ${ROLES.join(', ')})
  token create --name N --role R [--workspace SLUG]
                        create an API token; prints the token alone on stdout, once
  workspace create --slug SLUG --name N [--timezone TZ] [--country CC] [--currency CUR]
                        create a workspace; then add its owner with user create --workspace SLUG
  move-to-postgres --database-url postgres://… [--replace]
                        copy everything in the SQLite file (leads, jobs and pending timers included) into an
                        empty PostgreSQL database and verify it; stop the server first; the file is left as it was
  demo                  run beside simulated ScaleV, Mailketing, Twilio, Recurrente and SMTP and play a day of orders and CRM outreach (own data folder)

Settings come from environment variables or a .env file; see the README.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readConfig(): Config {
  try {
    loadDotEnv();
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

function parseRole(value: string | undefined): Role {
  const role = ROLES.find((r) => r === value);
  if (!role) fail(`--role must be one of: ${ROLES.join(', ')}`);
  return role;
}

async function workspaceId(runtime: Runtime, slug: string | undefined): Promise<string> {
  if (!slug) return runtime.defaultWorkspace.id;
  const ws = await findWorkspaceBySlug(runtime.ctx.db, slug);
  if (!ws) fail(`no workspace named ${slug}`);
  return ws.id;
}

/** Runs until SIGTERM or SIGINT, then stops accepting, lets jobs finish within the grace period, and exits. */
async function serve(config: Config, roles: { web: boolean; worker: boolean }): Promise<void> {
  // Listen for the signal before starting anything: one that arrives during start-up (a supervisor stopping a slow
  // start) waits for the start to finish and then shuts down cleanly, instead of killing the process mid-migration.
  let requested: string | undefined;
  let shutdown: ((signal: string) => Promise<void>) | undefined;
  const onSignal = (signal: string) => {
    if (shutdown) void shutdown(signal);
    else requested ??= signal;
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));

  const runtime = await openRuntime(config, modules);
  const { ctx } = runtime;
  const assembly = assemble(ctx, modules);
  let worker: Worker | undefined;
  let server: Awaited<ReturnType<typeof buildServer>> | undefined;

  if (roles.web) {
    server = await buildServer({ ctx, assembly });
    // A queue of connections not yet accepted as long as the kernel allows (net.core.somaxconn, 4096 on current
    // Linux), not Node's 511: WAHA and ScaleV open a connection per webhook, and a burst of a thousand at once
    // overflowed 511 while the server was busy, so the kernel dropped the rest and their senders waited a second or
    // more to try again (seen on the WhatsApp bench: the listen queue full and overflowing for 25 s).
    await server.listen({ port: config.port, host: config.host, backlog: 4096 });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
    process.stdout.write(`Leadcycle is running at ${url} (${ctx.dialect === 'sqlite' ? `SQLite: ${config.database.kind === 'sqlite' ? config.database.file : ''}` : 'PostgreSQL'})\n`);
    if ((await countUsers(ctx.db, runtime.defaultWorkspace.id)) === 0) {
      process.stdout.write(
        `No user exists yet: open ${url} in a browser to create the owner account, or run\n` +
          `  npx leadcycle user create --email you@example.com --password '<at least 10 characters>' --role owner\n`,
      );
    }
  }
  if (roles.worker) {
    if (ctx.dialect === 'sqlite' && !roles.web) ctx.logger.info('SQLite allows one worker process; use PostgreSQL to run several');
    worker = createWorker({ ctx, registry: assembly.jobs, concurrency: config.worker.concurrency, leaseMs: config.worker.leaseMs, batchBudgetMs: config.worker.batchBudgetMs });
    await worker.start();
  }

  let stopping = false;
  shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.logger.info({ signal }, 'shutting down');
    await server?.close();
    await worker?.stop(config.worker.shutdownGraceMs);
    await runtime.close();
    process.exit(0);
  };
  if (requested) await shutdown(requested);
}

/** `leadcycle move-to-postgres`: the SQLite file the configuration names → the database in --database-url. */
async function moveCommand(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { 'database-url': { type: 'string' }, replace: { type: 'boolean' } } });
  const url = values['database-url'];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) fail('--database-url postgres://user@host:5432/database is required (the database must exist)');
  if (config.database.kind !== 'sqlite') fail('move-to-postgres reads the SQLite file: unset DATABASE_URL and give the target as --database-url');
  const { moveToPostgres, MoveRefused } = await import('./db/move-to-postgres.js');
  const started = Date.now();
  try {
    const moved = await moveToPostgres({
      sqliteFile: config.database.file,
      databaseUrl: url,
      moduleMigrations: moduleMigrations(modules, 'postgres'),
      replace: values.replace ?? false,
      now: Date.now(),
      progress: (line) => process.stdout.write(`${line}\n`),
    });
    const rows = moved.reduce((n, t) => n + t.rows, 0);
    process.stdout.write(
      `Moved ${rows.toLocaleString('en')} rows in ${moved.length} tables in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        'every table\'s row count and checksum match.\n' +
        `The SQLite file ${config.database.file} is unchanged. Start Leadcycle on PostgreSQL with\n` +
        `  DATABASE_URL=${redactPassword(url)} npx leadcycle start\n` +
        'keeping the same secret key (LEADCYCLE_SECRET_KEY, or secret.key in the data folder): provider secrets stay encrypted with it.\n',
    );
  } catch (error) {
    if (error instanceof MoveRefused) fail(error.message);
    throw error;
  }
}

/** The URL as printed: a password given in it is not echoed to the terminal (or a log that captures it). */
function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function main(argv: string[]): Promise<void> {
  const [command = 'start', sub, ...rest] = argv;
  const config = readConfig();
  switch (command) {
    case 'start':
      return serve(config, { web: true, worker: true });
    case 'web':
      return serve(config, { web: true, worker: false });
    case 'worker':
      return serve(config, { web: false, worker: true });
    case 'demo': {
      // Loaded only here: the demo brings the simulators, which the server itself never needs.
      const { runDemo } = await import('../demo/run.js');
      return runDemo(config);
    }
    case 'migrate': {
      const runtime = await openRuntime(config, modules);
      process.stdout.write('Database is up to date.\n');
      await runtime.close();
      return;
    }
    case 'user': {
      if (sub !== 'create') fail(USAGE);
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, workspace: { type: 'string' } },
      });
      if (!values.email) fail('--email is required');
      if (!values.password || values.password.length < 10) fail('--password is required and must have at least 10 characters');
      const role = parseRole(values.role);
      const runtime = await openRuntime(config, modules);
      try {
        const user = await createUser(runtime.ctx.db, runtime.ctx.clock, {
          workspaceId: await workspaceId(runtime, values.workspace),
          email: values.email,
          password: values.password,
          role,
          ...(values.name ? { name: values.name } : {}),
          actor: { type: 'system', id: 'cli' },
        });
        process.stdout.write(`Created ${user.role} ${user.email} (${user.id}).\n`);
      } finally {
        await runtime.close();
      }
      return;
    }
    case 'token': {
      if (sub !== 'create') fail(USAGE);
      const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, role: { type: 'string' }, workspace: { type: 'string' } } });
      if (!values.name) fail('--name is required');
      const role = parseRole(values.role);
      const runtime = await openRuntime(config, modules);
      try {
        const { token } = await createApiToken(runtime.ctx.db, runtime.ctx.clock, {
          workspaceId: await workspaceId(runtime, values.workspace),
          name: values.name,
          role,
          createdBy: null,
        });
        // The token alone on stdout, so `TOKEN=$(npx leadcycle token create …)` works.
        process.stdout.write(`${token}\n`);
      } finally {
        await runtime.close();
      }
      return;
    }
    case 'workspace': {
      if (sub !== 'create') fail(USAGE);
      const { values } = parseArgs({
        args: rest,
        options: { slug: { type: 'string' }, name: { type: 'string' }, timezone: { type: 'string' }, country: { type: 'string' }, currency: { type: 'string' } },
      });
      if (!values.slug) fail('--slug is required (lower-case letters, digits and hyphens; used in webhook URLs)');
      if (!values.name) fail('--name is required');
      const runtime = await openRuntime(config, modules);
      try {
        const ws = await createWorkspace(runtime.ctx.db, runtime.ctx.clock, {
          slug: values.slug,
          name: values.name,
          ...(values.timezone ? { timezone: values.timezone } : {}),
          ...(values.country ? { country: values.country } : {}),
          ...(values.currency ? { currency: values.currency } : {}),
        }).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
        process.stdout.write(
          `Created workspace ${ws.slug} (${ws.id}). Add its owner:\n` +
            `  npx leadcycle user create --workspace ${ws.slug} --email you@example.com --password '<at least 10 characters>' --role owner\n` +
            `Its webhooks: ${config.publicUrl}/webhooks/<source>/${ws.slug}\n`,
        );
      } finally {
        await runtime.close();
      }
      return;
    }
    case 'move-to-postgres':
      return moveCommand(config, [sub, ...rest].filter((a): a is string => a !== undefined));
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      fail(`Unknown command ${command}.\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`leadcycle: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
