// Starts bench/server.ts (or the real `leadcycle start`) as a child process, reads its port, samples its RSS, and stops it (always).
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SERVER_ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.ts');
/** What `npm start` runs: the server compiled to dist/ when it is up to date, else the sources through tsx. */
const LEADCYCLE_BIN = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'bin', 'leadcycle.js');
const START_TIMEOUT_MS = 60_000;

/**
 * The Node flags `npm start` gives the server (those between `node` and bin/leadcycle.js in package.json's start
 * script), so the bench runs the server as users do. BENCH_NODE_FLAGS='…' replaces them, to compare (e.g. '' for
 * none).
 */
export function serverNodeFlags(): string[] {
  if (process.env.BENCH_NODE_FLAGS !== undefined) return process.env.BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean);
  const pkg = JSON.parse(readFileSync(path.join(path.dirname(LEADCYCLE_BIN), '..', 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  return words.slice(words.indexOf('node') + 1, words.indexOf('bin/leadcycle.js'));
}
const STOP_TIMEOUT_MS = 30_000;

export interface ServerProcess {
  readonly port: number;
  readonly pid: number;
  readonly url: string;
  /** Milliseconds from spawn until the port was printed (migrations, listen, worker start). */
  readonly startMs: number;
  /** performance.now() when the port was printed. */
  readonly readyAt: number;
  /** VmRSS of the server process, bytes. */
  rss(): number;
  /** SIGTERM, wait for a clean exit (SIGKILL after 30 s). Safe to call twice. */
  stop(): Promise<void>;
}

/** Every child still running, so that run.ts can kill them whatever happens. */
const live = new Set<ChildProcess>();

export function killAllChildren(): void {
  for (const child of live) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  live.clear();
}

export function readRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** A port nobody listens on now (the real server prints no port when given 0). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls GET /health until it answers (the real server's readiness), or the child exits. */
async function waitForHealth(port: number, child: ChildProcess, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`leadcycle exited with ${child.exitCode ?? child.signalCode} before it answered`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`leadcycle did not answer /health within ${limitMs} ms`);
}

/**
 * `entry: 'bench'` (the default) runs bench/server.ts (the server plus the bench module, through tsx); `'leadcycle'`
 * runs `leadcycle start` exactly as `npm start` does, for scenarios that use only the real modules.
 */
export async function startServer(
  env: Record<string, string>,
  options: { cpuProfDir?: string; entry?: 'bench' | 'leadcycle'; startTimeoutMs?: number; command?: 'start' | 'web' } = {},
): Promise<ServerProcess> {
  if (options.entry === 'leadcycle') return startLeadcycle(env, options.cpuProfDir, options.startTimeoutMs ?? START_TIMEOUT_MS, options.command ?? 'start');
  const started = performance.now();
  const args = [...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []), '--import', 'tsx', SERVER_ENTRY];
  // stdin stays open for the server's lifetime: when this process dies, the server sees it end and stops.
  const { child, exited, stderr } = spawnTracked(args, env, ['pipe', 'pipe', 'pipe']);

  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise<{ port: number; pid: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench server did not start within ${START_TIMEOUT_MS} ms\n${stderr()}`)), START_TIMEOUT_MS);
    lines.on('line', (line) => {
      if (!line.startsWith('{"benchServer"')) {
        // Warnings and errors the server logs (LOG_LEVEL=warn) are worth seeing.
        if (line.trim()) process.stderr.write(`  [server] ${line.slice(0, 300)}\n`);
        return;
      }
      clearTimeout(timer);
      resolve((JSON.parse(line) as { benchServer: { port: number; pid: number } }).benchServer);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench server exited with ${code} before it was ready\n${stderr()}`));
    });
  });
  let info: { port: number; pid: number };
  try {
    info = await ready;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  return handleOf(child, exited, info, started, () => lines.close());
}

/** `startTimeoutMs`: a server started on a large backlog of jobs may answer /health late (its worker runs first). */
async function startLeadcycle(env: Record<string, string>, cpuProfDir: string | undefined, startTimeoutMs: number, command: 'start' | 'web'): Promise<ServerProcess> {
  const port = await freePort();
  const started = performance.now();
  const args = [...serverNodeFlags(), ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []), LEADCYCLE_BIN, command];
  const { child, exited, stderr } = spawnTracked(args, { ...env, PORT: String(port) }, ['ignore', 'ignore', 'pipe']);
  try {
    await waitForHealth(port, child, startTimeoutMs);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr()}`);
  }
  return handleOf(child, exited, { port, pid: child.pid ?? 0 }, started, () => undefined);
}

/**
 * `leadcycle worker` (no HTTP: it only runs jobs), beside a `leadcycle web` on PostgreSQL. It has no port to poll, so
 * it counts as started once it has run for `settleMs` without exiting (its migrations are the web process's).
 */
export async function startWorkerProcess(env: Record<string, string>, settleMs = 2_000): Promise<ServerProcess> {
  const started = performance.now();
  const { child, exited, stderr } = spawnTracked([...serverNodeFlags(), LEADCYCLE_BIN, 'worker'], env, ['ignore', 'ignore', 'pipe']);
  const early = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), settleMs))]);
  if (early) throw new Error(`leadcycle worker exited with ${child.exitCode ?? child.signalCode} at start\n${stderr()}`);
  return handleOf(child, exited, { port: 0, pid: child.pid ?? 0 }, started, () => undefined);
}

/** A server child process with a clean environment, stopped with the bench (`live`), keeping its last 4 KB of stderr. */
export function spawnTracked(args: string[], env: Record<string, string>, stdio: StdioOptions): { child: ChildProcess; exited: Promise<void>; stderr: () => string } {
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio });
  live.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(() => live.delete(child), () => undefined);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  return { child, exited, stderr: () => stderr };
}

/** The handle of a started child: its port and pid, its RSS, and stop (SIGTERM, SIGKILL after 30 s; safe twice). */
export function handleOf(child: ChildProcess, exited: Promise<void>, info: { port: number; pid: number }, started: number, cleanup: () => void): ServerProcess {
  let stopped: Promise<void> | undefined;
  return {
    port: info.port,
    pid: info.pid,
    url: `http://127.0.0.1:${info.port}`,
    startMs: performance.now() - started,
    readyAt: performance.now(),
    rss: () => readRss(info.pid),
    stop() {
      stopped ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
        cleanup();
      })();
      return stopped;
    },
  };
}
