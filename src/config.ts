// Environment → validated, frozen settings. The only reader of process.env (style habit 1).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });
const positiveInt = z.coerce.number().int().positive();

/** Every setting Leadcycle reads, with its default. The README's settings table mirrors this schema. */
const envSchema = z.object({
  /** TCP port the web server listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface the web server binds to. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** PostgreSQL connection URL; unset means the embedded SQLite file in LEADCYCLE_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Folder for the SQLite file and the generated secret key. */
  LEADCYCLE_DATA_DIR: z.string().min(1).default('./data'),
  /** Key that encrypts provider secrets at rest: 32 bytes as 64 hex characters or base64. Generated once into the data folder if unset. */
  LEADCYCLE_SECRET_KEY: z
    .string()
    .refine((v) => decodeSecretKey(v) !== undefined, 'must be 32 bytes as 64 hex characters or base64')
    .optional(),
  /** The address providers reach this server at (used to build webhook URLs and check Twilio signatures). */
  PUBLIC_URL: url.optional(),
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest accepted webhook body, in bytes. */
  WEBHOOK_BODY_LIMIT: positiveInt.default(1024 * 1024),
  /**
   * How many io jobs (provider calls) one worker process runs at once, across providers (default 512 on PostgreSQL,
   * 256 on SQLite). A WhatsApp turn holds one for its model's whole answer, so the slots cap turns at about
   * slots / model time: 256 slots and a 300 ms model are some 850 turns a second. Measured on the WhatsApp bench,
   * 1,000 conversations at once, 2026-12-05, once a turn's reads were batched: on PostgreSQL, 128 → 512 took the turn
   * p95 from 3.1 s to 2.0–2.2 s (the turns waited up to 1.8 s for a slot at 128, 0.8 s at 512). On SQLite, once a
   * turn no longer re-read the inbox's backlog every second, five alternated pairs on a quiet machine (2026-12-05)
   * gave 2.10–2.29 s at 256 against 2.70–2.81 s at 128 (512: 2.34 s), and the order-flow bench did not change
   * (489–492 orders a second either way); earlier, on the slower machine and code of 2026-12-04, more slots had not
   * helped. Each provider's own limit is PROVIDER_MAX_IN_FLIGHT.
   */
  WORKER_CONCURRENCY: positiveInt.optional(),
  /** About how long one batch of timers and event processing may hold the database's write transaction, ms (SQLite default 10; PostgreSQL unlimited). */
  WORKER_BATCH_BUDGET_MS: positiveInt.optional(),
  /** Calls one worker process has in flight to any one provider; PROVIDER_MAX_IN_FLIGHT_<PROVIDER> overrides it per provider. */
  PROVIDER_MAX_IN_FLIGHT: positiveInt.default(16),
  /** How long a claimed job stays leased to its worker before another may take it, in seconds. */
  JOB_LEASE_SECONDS: positiveInt.default(60),
  /** How long SIGTERM waits for running jobs before exiting, in seconds. */
  SHUTDOWN_GRACE_SECONDS: positiveInt.default(25),
  /** Longest a whole request (headers and body, a file upload included) may take to arrive, in seconds; then 408 and closed. */
  REQUEST_TIMEOUT_SECONDS: positiveInt.default(120),
  /** Longest the body of a JSON or webhook request may take to arrive once its headers are in, in seconds. */
  BODY_TIMEOUT_SECONDS: positiveInt.default(15),
  /** Longest a request's headers may take to arrive (also a new connection that sends nothing), in seconds. */
  HEADERS_TIMEOUT_SECONDS: positiveInt.default(10),
  /** How long an idle keep-alive connection is kept open between requests, in seconds. Unset: 5, or 65 when TRUST_PROXY is true. */
  KEEP_ALIVE_TIMEOUT_SECONDS: positiveInt.optional(),
  /** Open connections the server accepts in total; more are closed at once. */
  MAX_CONNECTIONS: positiveInt.default(2_000),
  /** Open connections from one address; more are closed at once. 0 means no cap; unset means a quarter of MAX_CONNECTIONS (500), or no cap when TRUST_PROXY is true. */
  MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(0).optional(),
  /** How often an open live stream (GET /api/live) checks its session or token again, in seconds. */
  LIVE_AUTH_CHECK_SECONDS: positiveInt.default(5),
  /** Trust X-Forwarded-For from a reverse proxy in front of the server (only then is the client address real). */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Sign-in attempts allowed per address and email per minute. */
  LOGIN_ATTEMPTS_PER_MINUTE: positiveInt.default(10),
  /** Sign-in attempts allowed per address per minute, whatever the email (password spraying). */
  LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: positiveInt.default(30),
  /** Password hashes one process runs at once for sign-ins; more wait (up to 8 per slot), then get 429. */
  LOGIN_HASHES_AT_ONCE: positiveInt.default(4),
  /** Rejected webhooks stored one by one per workspace, source and minute; the rest of the minute are one counted row. */
  REJECTIONS_STORED_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(20),
  /** `leadcycle demo`: how many orders it plays. */
  DEMO_ORDERS: z.coerce.number().int().min(0).max(10_000).default(40),
  /** `leadcycle demo`: pause between orders, ms. */
  DEMO_INTERVAL_MS: z.coerce.number().int().min(10).max(600_000).default(2_000),
  /** `leadcycle demo`: the Not Closing delay of the demo workspace (ISO-8601), short so leads move while you watch. */
  DEMO_NOT_CLOSING_AFTER: z.string().regex(/^P(T?\d+[WDHMS])+$/i, 'must be an ISO-8601 duration such as PT2M').default('PT2M'),
  /** ScaleV API origin (the client adds /v3/…). */
  SCALEV_API_URL: url.default('https://api.scalev.com'),
  MAILKETING_API_URL: url.default('https://api.mailketing.co.id/api/v1'),
  WAHA_URL: url.default('http://127.0.0.1:3001'),
  TWILIO_API_URL: url.default('https://api.twilio.com'),
  /** Recurrente API base including /api (subscription reconciliation asks it). */
  RECURRENTE_API_URL: url.default('https://app.recurrente.com/api'),
  LLM_BASE_URL: url.default('http://127.0.0.1:11434/v1'),
});

export type Env = z.infer<typeof envSchema>;

/** Validated settings, passed explicitly to whatever needs them. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };
  readonly dataDir: string;
  /** Undefined means: load or create `<dataDir>/secret.key`. */
  readonly secretKey: Buffer | undefined;
  readonly publicUrl: string;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly webhookBodyLimit: number;
  /** Rejections stored one by one per workspace, source and minute (REJECTIONS_STORED_PER_MINUTE). */
  readonly rejectionsStoredPerMinute: number;
  readonly worker: {
    readonly concurrency: number;
    readonly leaseMs: number;
    readonly shutdownGraceMs: number;
    readonly batchBudgetMs: number | undefined;
    /** Calls in flight per provider: `byProvider` by PROVIDER_MAX_IN_FLIGHT_<NAME> suffix (see providerMaxInFlight). */
    readonly providerMaxInFlight: { readonly default: number; readonly byProvider: Readonly<Record<string, number>> };
  };
  /** Sign-in limits: per address and email, per address, and password hashes at once. */
  readonly signIn: { readonly perAddressAndEmail: number; readonly perAddress: number; readonly hashesAtOnce: number };
  /** Timeouts and connection caps of the HTTP server (ms and counts; 0 per address means no cap). */
  readonly http: {
    readonly requestTimeoutMs: number;
    readonly bodyTimeoutMs: number;
    readonly headersTimeoutMs: number;
    readonly keepAliveTimeoutMs: number;
    readonly maxConnections: number;
    readonly maxConnectionsPerAddress: number;
  };
  /** How often an open live stream checks its session or token again, ms. */
  readonly liveAuthCheckMs: number;
  /** Whether client addresses come from X-Forwarded-For (behind a reverse proxy). */
  readonly trustProxy: boolean;
  readonly demo: { readonly orders: number; readonly intervalMs: number; readonly notClosingAfter: string };
  readonly providers: {
    readonly scalev: string;
    readonly mailketing: string;
    readonly waha: string;
    readonly twilio: string;
    readonly recurrente: string;
    readonly llm: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** 32-byte key from hex or base64 text, or undefined when it is neither. */
export function decodeSecretKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  const b64 = Buffer.from(trimmed, 'base64');
  return b64.length === 32 ? b64 : undefined;
}

/**
 * Parses an environment (normally process.env) into Config.
 * Throws ConfigError naming every bad variable at once.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  const perProvider = providerLimits(cleaned);
  if (e.HEADERS_TIMEOUT_SECONDS > e.REQUEST_TIMEOUT_SECONDS) {
    throw new ConfigError(['HEADERS_TIMEOUT_SECONDS: must not be longer than REQUEST_TIMEOUT_SECONDS']);
  }
  const dataDir = path.resolve(e.LEADCYCLE_DATA_DIR);
  const port = e.PORT;
  return Object.freeze({
    port,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres' as const, url: e.DATABASE_URL }
      : { kind: 'sqlite' as const, file: path.join(dataDir, 'leadcycle.db') },
    dataDir,
    secretKey: e.LEADCYCLE_SECRET_KEY ? decodeSecretKey(e.LEADCYCLE_SECRET_KEY) : undefined,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST}:${port}`).replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    webhookBodyLimit: e.WEBHOOK_BODY_LIMIT,
    worker: {
      concurrency: e.WORKER_CONCURRENCY ?? (e.DATABASE_URL ? 512 : 256),
      leaseMs: e.JOB_LEASE_SECONDS * 1000,
      shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
      batchBudgetMs: e.WORKER_BATCH_BUDGET_MS,
      providerMaxInFlight: { default: e.PROVIDER_MAX_IN_FLIGHT, byProvider: perProvider },
    },
    signIn: {
      perAddressAndEmail: e.LOGIN_ATTEMPTS_PER_MINUTE,
      perAddress: e.LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE,
      hashesAtOnce: e.LOGIN_HASHES_AT_ONCE,
    },
    rejectionsStoredPerMinute: e.REJECTIONS_STORED_PER_MINUTE,
    http: {
      requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000,
      bodyTimeoutMs: e.BODY_TIMEOUT_SECONDS * 1000,
      headersTimeoutMs: e.HEADERS_TIMEOUT_SECONDS * 1000,
      // A proxy reuses its idle upstream connections for up to a minute (nginx, load balancers): closing them sooner
      // races with its next request and shows as a 502.
      keepAliveTimeoutMs: (e.KEEP_ALIVE_TIMEOUT_SECONDS ?? (e.TRUST_PROXY === 'true' ? 65 : 5)) * 1000,
      maxConnections: e.MAX_CONNECTIONS,
      // Behind a proxy every connection comes from the proxy's address: a per-address cap would cap everyone.
      // Otherwise a quarter of all: one address can never take every slot, yet a provider that posts a burst of
      // webhooks from its one address, a connection each, is not cut off (WAHA with 1,000 customers writing at once
      // opened hundreds; a cap of 50 closed over 1,300 of 3,036 webhooks in the bench).
      maxConnectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS ?? (e.TRUST_PROXY === 'true' ? 0 : Math.max(1, Math.floor(e.MAX_CONNECTIONS / 4))),
    },
    liveAuthCheckMs: e.LIVE_AUTH_CHECK_SECONDS * 1000,
    trustProxy: e.TRUST_PROXY === 'true',
    demo: { orders: e.DEMO_ORDERS, intervalMs: e.DEMO_INTERVAL_MS, notClosingAfter: e.DEMO_NOT_CLOSING_AFTER },
    providers: {
      scalev: e.SCALEV_API_URL,
      mailketing: e.MAILKETING_API_URL,
      waha: e.WAHA_URL,
      twilio: e.TWILIO_API_URL,
      recurrente: e.RECURRENTE_API_URL,
      llm: e.LLM_BASE_URL,
    },
  });
}

/** Reads `.env` from the working folder into process.env (real environment variables win). */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

const PER_PROVIDER = /^PROVIDER_MAX_IN_FLIGHT_([A-Z0-9_]+)$/;

/** The provider's part of a PROVIDER_MAX_IN_FLIGHT_<NAME> variable: `bench-sink` is BENCH_SINK. */
const providerSuffix = (provider: string) => provider.toUpperCase().replace(/[^A-Z0-9]/g, '_');

/** PROVIDER_MAX_IN_FLIGHT_<NAME> variables, each a positive integer (a bad one is a ConfigError naming it). */
function providerLimits(env: Record<string, string | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    const match = PER_PROVIDER.exec(name);
    if (!match?.[1] || value === undefined) continue;
    const parsed = positiveInt.safeParse(value);
    if (parsed.success) out[match[1]] = parsed.data;
    else problems.push(`${name}: must be a positive whole number`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out;
}

/**
 * Calls that make one message, by provider, where more than one: a WhatsApp reply through WAHA is four (seen, typing,
 * stop typing, the words). The default limit counts messages, so WAHA gets four times PROVIDER_MAX_IN_FLIGHT: with
 * 16 calls, the WhatsApp bench's replies at 1,000 conversations waited for the gate, a send job's four calls taking
 * 574 ms at the median against 251 ms with 64 (PostgreSQL, 2026-12-05; turn p95 2.2 → 1.9 s). WAHA is the workspace's
 * own server and sets no limit of its own.
 */
const CALLS_PER_MESSAGE: Readonly<Record<string, number>> = { WAHA: 4 };

/**
 * Calls one worker may have in flight to `provider`: its own PROVIDER_MAX_IN_FLIGHT_<NAME>, else PROVIDER_MAX_IN_FLIGHT
 * (times the calls one of its messages takes).
 */
export function providerMaxInFlight(config: Pick<Config, 'worker'>, provider: string): number {
  const limits = config.worker.providerMaxInFlight;
  const suffix = providerSuffix(provider);
  return limits.byProvider[suffix] ?? limits.default * (CALLS_PER_MESSAGE[suffix] ?? 1);
}
