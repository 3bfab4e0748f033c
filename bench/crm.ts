// `npm run bench` (third part): the CRM module's reads at 200,000 businesses, and a campaign's hand-out of deliveries.
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import pino from 'pino';
import { ulid } from 'ulid';
import { loadConfig } from '../src/config.js';
import { systemActor } from '../src/core/audit.js';
import { fakeClock } from '../src/core/clock.js';
import { createJobSignal, type AppContext } from '../src/core/context.js';
import { contactMergeHooksOf } from '../src/core/module.js';
import type { DeliveryRow } from '../src/core/deliveries/deliveries.js';
import { claimJobs } from '../src/core/jobs/claim.js';
import { markJobDone } from '../src/core/jobs/outcome.js';
import type { JobContext, JobRow } from '../src/core/jobs/types.js';
import { createSecretBox } from '../src/core/secrets.js';
import { createReadCache } from '../src/core/read-cache.js';
import { createReadBatches } from '../src/core/read-batch.js';
import { ensureDefaultWorkspace } from '../src/core/workspaces.js';
import { openDatabase } from '../src/db/connect.js';
import type { Dialect, Executor } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { funnel, revenueByCampaign } from '../src/modules/crm-lifecycle/queries.js';
import { businessCursor, businessFacets, countBusinesses, listBusinesses, type BusinessFilter } from '../src/modules/crm-lifecycle/businesses/queries.js';
import { createCampaign, sendCampaign } from '../src/modules/crm-lifecycle/campaigns/flow.js';
import { campaignFigures, countAudience, type Audience } from '../src/modules/crm-lifecycle/campaigns/queries.js';
import { campaignDispatchJob } from '../src/modules/crm-lifecycle/jobs.js';
import type { ContactStatus } from '../src/modules/crm-lifecycle/rules.js';
import type { BusinessRow, CampaignRow, RecipientRow } from '../src/modules/crm-lifecycle/tables.js';
import { emailBody, render } from '../src/modules/crm-lifecycle/campaigns/rules.js';
import { modules } from '../src/modules/registry.js';
import { moduleMigrations } from '../src/server/assemble.js';
import { createProviderHttp } from '../src/server/runtime.js';
import { createBenchDatabase, postgresUnreachable } from './databases.js';

const BUSINESSES = Number(process.env.BENCH_BUSINESSES ?? 200_000);
const RECIPIENTS = 50_000;
const PAYMENTS = 2_000;
const ROUNDS = 200;
/** No measure runs longer than this: slower ones stop early, and the table says how many rounds ran. */
const BUDGET_MS = 5_000;
/** The hand-out stops after this many dispatch runs or this long, whichever comes first. */
const MAX_RUNS = 100;
const HANDOUT_BUDGET_MS = 45_000;
const DAY = 24 * 60 * 60_000;
const SPAN = 90 * DAY;

// Weighted picks: [value, weight]. Cities are Guatemala's (Recurrente's market); Mixco holds about 12% of them.
const CITIES = [['Guatemala', 24], ['Mixco', 12], ['Villa Nueva', 11], ['Quetzaltenango', 9], ['Antigua Guatemala', 7], ['Escuintla', 6], ['Cobán', 5], ['Huehuetenango', 5], ['Chimaltenango', 5], ['Flores', 4], ['Jalapa', 4], ['Retalhuleu', 4], ['Zacapa', 4]] as const;
const SOURCES = [['google_maps', 50], ['import_csv', 20], ['facebook', 12], ['referral', 10], ['web_form', 8]] as const;
const OWNERS = [['ana@agencia.gt', 20], ['carlos@agencia.gt', 20], ['lucia@agencia.gt', 18], ['mario@agencia.gt', 15], ['sofia@agencia.gt', 10], ['diego@agencia.gt', 7], [null, 10]] as const;
const STATUSES = [['pending', 45], ['emailed', 15], ['sms_sent', 10], ['bounced', 4], ['opened', 10], ['clicked', 6], ['replied', 5], ['purchased', 3], ['unsubscribed', 2]] as const;
const MILESTONES = ['contacted_at', 'opened_at', 'clicked_at', 'replied_at', 'purchased_at', 'unsubscribed_at', 'bounced_at'] as const;
const SUBSCRIPTIONS = [['active', 80], ['past_due', 7], ['paused', 5], ['cancelled', 8]] as const;
const KINDS = ['Panadería', 'Comedor', 'Ferretería', 'Farmacia', 'Clínica Dental', 'Salón de Belleza', 'Taller Mecánico', 'Hotel', 'Restaurante', 'Tienda', 'Librería', 'Veterinaria', 'Café', 'Gimnasio', 'Carpintería', 'Óptica'];
const NAMES = ['La Bendición', 'San José', 'El Buen Precio', 'Don Pedro', 'Los Álamos', 'El Quetzal', 'La Esperanza', 'Santa Ana', 'El Roble', 'Doña Marta', 'La Fe', 'El Progreso', 'Las Flores', 'San Miguel', 'El Sol', 'La Ceiba'];
/** Name fragments typed in the search box (a few match 6% of the businesses, some far fewer). */
const QUERIES = ['panader', 'dental', 'bendición', 'don pedro', 'veterinaria el roble'];
/** The hand-out's audience: businesses in one city (about 20,000 of 200,000 have an email and may be marketed). */
const HANDOUT_AUDIENCE: Audience = { city: 'Mixco' };
const AUDIENCES: Audience[] = [{ contact_status: ['pending'], city: 'Quetzaltenango' }, { contact_status: ['pending', 'bounced'], source: 'google_maps' }, HANDOUT_AUDIENCE];
const SUBJECT = 'Un sitio web para {{name}}';
const BODY = 'Hola {{name}}:\n\nHicimos una página de muestra para su negocio en {{city}}: https://muestras.agencia.gt/demo\n\nLa puede ver y publicar hoy mismo.\n\nSaludos,\n{{owner}}';

/** A small seeded generator (mulberry32), so every run loads the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function pick<T>(rng: () => number, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((a, [, w]) => a + w, 0);
  let r = rng() * total;
  for (const [value, weight] of table) if ((r -= weight) < 0) return value;
  return (table[table.length - 1] as readonly [T, number])[0];
}
const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
/** What businesses/flow.ts stores for search. */
const searchText = (b: Pick<BusinessRow, 'name' | 'email' | 'phone' | 'city' | 'website'>) => [b.name, b.email, b.phone, b.city, b.website].filter(Boolean).join(' ').toLowerCase();

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
async function time(fn: (i: number) => Promise<unknown>): Promise<string> {
  const ms: number[] = [];
  const deadline = performance.now() + BUDGET_MS;
  for (let i = 0; i < ROUNDS && performance.now() < deadline; i++) {
    const start = performance.now();
    await fn(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const cut = ms.length < ROUNDS ? ` (${ms.length} rounds)` : '';
  return `${[0.5, 0.95, 0.99].map((q) => quantile(ms, q).toFixed(2)).join(' / ')} ms${cut}`;
}

/** A recipient row as written: its furthest status is the database's to compute. */
type NewRecipient = Omit<RecipientRow, 'furthest_status'>;

/** One business with statuses, milestones (consistent with them) and, when campaign 1 reached it, its recipient and delivery. */
function makeBusiness(i: number, rng: () => number, ws: string, now: number) {
  const created = now - SPAN + Math.floor(((i + rng()) / BUSINESSES) * SPAN);
  const name = `${KINDS[Math.floor(rng() * KINDS.length)] ?? ''} ${NAMES[Math.floor(rng() * NAMES.length)] ?? ''}`;
  // (i × a prime) mod 10⁷ is a bijection: unique, random-looking 8-digit local numbers.
  const local = `${3 + (i % 3)}${String((i * 7919 + 12345) % 10_000_000).padStart(7, '0')}`;
  const hasEmail = rng() >= 0.1;
  const phone = !hasEmail || rng() >= 0.08 ? `+502${local}` : null;
  const email = hasEmail ? `${slug(name)}${i}@${rng() < 0.7 ? 'gmail.com' : 'hotmail.com'}` : null;
  const website = rng() < 0.25 ? `https://www.${slug(name)}${i}.com.gt` : null;
  let status: ContactStatus = pick(rng, STATUSES);
  if ((status === 'opened' || status === 'clicked' || status === 'emailed') && !email) status = 'sms_sent';
  if (status === 'sms_sent' && !phone) status = 'emailed';
  if (status === 'replied' && !phone) status = 'clicked';
  const at = (from: number, min: number, max: number) => Math.min(now - 1, from + min + Math.floor(rng() * (max - min)));
  const m = Object.fromEntries(MILESTONES.map((k) => [k, null])) as Record<(typeof MILESTONES)[number], number | null>;
  if (status !== 'pending') m.contacted_at = at(created, 60 * 60_000, 10 * DAY);
  const contacted = m.contacted_at ?? created;
  if (status === 'bounced') m.bounced_at = at(contacted, 60_000, 60 * 60_000);
  const later = status === 'replied' || status === 'purchased' || status === 'unsubscribed';
  if (status === 'opened' || status === 'clicked' || (later && email && rng() < 0.5)) m.opened_at = at(contacted, 10 * 60_000, 2 * DAY);
  if (status === 'clicked' || (status === 'purchased' && m.opened_at && rng() < 0.6)) m.clicked_at = at(m.opened_at ?? contacted, 60_000, 60 * 60_000);
  if (status === 'replied' || (status === 'purchased' && rng() < 0.6)) m.replied_at = at(contacted, 60 * 60_000, 3 * DAY);
  if (status === 'purchased') m.purchased_at = at(m.replied_at ?? m.clicked_at ?? contacted, DAY, 14 * DAY);
  if (status === 'unsubscribed') m.unsubscribed_at = at(m.opened_at ?? contacted, 10 * 60_000, 5 * DAY);
  const subscription = status === 'purchased' ? pick(rng, SUBSCRIPTIONS) : 'none';
  const engaged = status === 'clicked' || status === 'replied';
  const websiteStatus =
    status === 'purchased'
      ? subscription === 'cancelled' ? 'archived' : 'sold'
      : engaged ? pick(rng, [['deployed', 50], ['generated', 30], ['generating', 5], ['none', 15]] as const) : rng() < 0.05 ? 'generated' : 'none';
  // Campaign 1 (email) reached the oldest businesses contacted by email; a few pending ones were skipped.
  const byEmail = email !== null && m.contacted_at !== null && status !== 'sms_sent' && (status === 'emailed' || status === 'opened' || status === 'clicked' || !phone || rng() < 0.7);
  const reached = byEmail || (status === 'pending' && email !== null && rng() < 0.03);
  const business: BusinessRow = {
    id: `biz_${ulid(created).toLowerCase()}`,
    workspace_id: ws,
    contact_id: null,
    name,
    phone,
    email,
    website,
    city: pick(rng, CITIES),
    source: pick(rng, SOURCES),
    owner: pick(rng, OWNERS),
    contact_status: status,
    website_status: websiteStatus,
    subscription_status: subscription,
    subscription_event_at: m.purchased_at,
    subscription_id: m.purchased_at ? `su_${i.toString(36)}` : null,
    customer_ref: m.purchased_at ? `us_${i.toString(36)}` : null,
    site_url: websiteStatus === 'deployed' || websiteStatus === 'sold' ? `https://${slug(name)}-${i}.sitios.agencia.gt` : null,
    search_text: '',
    last_campaign_id: null,
    ...m,
    created_at: created,
    updated_at: Math.max(created, ...Object.values(m).filter((v): v is number => v !== null)),
  };
  business.search_text = searchText(business);
  return { business, reached, byEmail };
}

/** Campaign 1's recipient row of a business, with its delivery: sent, dead (a bounce), cancelled at send time, or none (skipped). */
function recipientOf(b: BusinessRow, byEmail: boolean, campaign: CampaignRow, rng: () => number): { recipient: NewRecipient; delivery: DeliveryRow | undefined } {
  const sentAt = b.contacted_at ?? b.created_at;
  const skipped = !byEmail;
  const cancelled = b.contact_status === 'unsubscribed' && rng() < 0.3;
  const dead = b.contact_status === 'bounced';
  const deliveryId = skipped ? null : `dlv_${ulid(sentAt).toLowerCase()}`;
  const mail = emailBody(render(BODY, b), { link: () => `https://crm.agencia.gt/t/c/${randomBytes(18).toString('base64url')}`, pixelUrl: 'https://crm.agencia.gt/t/o/x.gif', unsubscribeUrl: 'https://crm.agencia.gt/t/u/x' });
  const delivery: DeliveryRow | undefined = deliveryId
    ? {
        id: deliveryId,
        workspace_id: b.workspace_id,
        contact_id: null,
        subject_type: 'crm_business',
        subject_id: b.id,
        module: 'crm-lifecycle',
        business_hours_only: 0,
        channel: 'email',
        provider: 'smtp',
        target: b.email ?? '',
        payload: JSON.stringify({ business_id: b.id, campaign_id: campaign.id, to: b.email, subject: render(SUBJECT, b), text: mail.text, html: mail.html, headers: {} }),
        status: cancelled ? 'cancelled' : dead ? 'dead' : 'sent',
        attempts: cancelled ? 0 : 1,
        idempotency_key: `crm-campaign:${campaign.id}:${b.id}`,
        response: cancelled || dead ? null : JSON.stringify({ messageId: `<${deliveryId}@agencia.gt>` }),
        last_error: cancelled ? 'business unsubscribed' : dead ? 'SMTP 550 5.1.1 mailbox unavailable' : null,
        created_at: sentAt,
        updated_at: sentAt,
        sent_at: cancelled || dead ? null : sentAt,
        latency_ms: cancelled || dead ? null : 400 + Math.floor(rng() * 800),
      }
    : undefined;
  const delivered = delivery?.status === 'sent';
  const recipient: NewRecipient = {
    workspace_id: b.workspace_id,
    campaign_id: campaign.id,
    business_id: b.id,
    delivery_id: deliveryId,
    status: skipped ? 'skipped' : 'queued',
    error: skipped ? 'no consent for email' : dead ? '550' : null,
    // What the send's follow-up records once the mail server accepted it.
    sent_at: delivered ? sentAt : null,
    delivered_at: null,
    bounced_at: dead ? b.bounced_at : null,
    opened_at: delivered ? b.opened_at : null,
    clicked_at: delivered ? b.clicked_at : null,
    replied_at: delivered ? b.replied_at : null,
    unsubscribed_at: delivered ? b.unsubscribed_at : null,
    purchased_at: delivered ? b.purchased_at : null,
    created_at: sentAt,
    updated_at: sentAt,
  };
  return { recipient, delivery };
}

async function run(dialect: Dialect): Promise<{ load: string; figures: Map<string, string> }> {
  const bench = await createBenchDatabase(dialect);
  const handle = openDatabase(bench.target);
  try {
    await migrateToLatest(handle.db, handle.dialect, moduleMigrations(modules, handle.dialect));
    const now = Date.now();
    const clock = fakeClock(now);
    const ws = (await ensureDefaultWorkspace(handle.db, clock)).id;
    const app: AppContext = {
      db: handle.db,
      intakeDb: handle.intakeDb,
      dialect: handle.dialect,
      clock,
      logger: pino({ level: 'silent' }),
      config: loadConfig({ ...bench.env, LOG_LEVEL: 'silent', PUBLIC_URL: 'https://crm.agencia.gt' }),
      secrets: createSecretBox(randomBytes(32)),
      readCache: createReadCache(),
      readBatches: createReadBatches(),
      jobSignal: createJobSignal(),
      http: createProviderHttp(),
      random: Math.random,
      contactMergeHooks: contactMergeHooksOf(modules),
    };
    const loadStart = performance.now();
    const rng = random(2026);
    const campaign: CampaignRow = {
      id: `cmp_${ulid(now - SPAN).toLowerCase()}`,
      workspace_id: ws,
      name: 'Sitio de muestra: primera ola',
      channel: 'email',
      subject: SUBJECT,
      body: BODY,
      audience: '{}',
      rate_per_minute: 60,
      status: 'finished',
      cursor: null,
      created_by: null,
      created_at: now - SPAN,
      updated_at: now - DAY,
      started_at: now - SPAN,
      finished_at: now - DAY,
    };
    await handle.db.insertInto('crm_campaigns').values(campaign).execute();
    const purchased: BusinessRow[] = [];
    let recipients = 0;
    for (let base = 0; base < BUSINESSES; base += 5_000) {
      const businesses: BusinessRow[] = [];
      const reached: NewRecipient[] = [];
      const deliveries: DeliveryRow[] = [];
      for (let i = base; i < Math.min(BUSINESSES, base + 5_000); i++) {
        const made = makeBusiness(i, rng, ws, now);
        if (made.reached && recipients < RECIPIENTS) {
          const { recipient, delivery } = recipientOf(made.business, made.byEmail, campaign, rng);
          if (delivery?.status === 'sent') made.business.last_campaign_id = campaign.id;
          reached.push(recipient);
          if (delivery) deliveries.push(delivery);
          recipients++;
        }
        businesses.push(made.business);
        if (made.business.purchased_at !== null) purchased.push(made.business);
      }
      await handle.db.transaction().execute(async (trx) => {
        for (let k = 0; k < businesses.length; k += 500) await trx.insertInto('crm_businesses').values(businesses.slice(k, k + 500)).execute();
        for (let k = 0; k < reached.length; k += 500) await trx.insertInto('crm_recipients').values(reached.slice(k, k + 500)).execute();
        for (let k = 0; k < deliveries.length; k += 500) await trx.insertInto('deliveries').values(deliveries.slice(k, k + 500)).execute();
      });
    }
    // Payments of purchased businesses: the first one at purchase, then monthly renewals until there are enough.
    const payments = [];
    for (let k = 0; payments.length < PAYMENTS && purchased.length > 0 && k < purchased.length * 3; k++) {
      const b = purchased[k % purchased.length] as BusinessRow;
      const paidAt = (b.purchased_at ?? now) + Math.floor(k / purchased.length) * 30 * DAY;
      if (paidAt >= now) continue;
      const usd = rng() < 0.15;
      const plan = Math.floor(rng() * 3);
      payments.push({
        id: `pay_${ulid(paidAt).toLowerCase()}`,
        workspace_id: ws,
        business_id: b.id,
        campaign_id: b.last_campaign_id,
        payment_ref: `pa_${ulid(paidAt).toLowerCase()}`,
        amount_cents: usd ? [2900, 5900, 11900][plan] ?? 2900 : [24900, 49900, 99900][plan] ?? 24900,
        currency: usd ? 'USD' : 'GTQ',
        event_type: 'payment_intent.succeeded',
        event_id: `evt_${ulid(paidAt).toLowerCase()}`,
        paid_at: paidAt,
      });
    }
    for (let k = 0; k < payments.length; k += 500) await handle.db.insertInto('crm_payments').values(payments.slice(k, k + 500)).execute();
    await sql`analyze`.execute(handle.db);
    const load = `${((performance.now() - loadStart) / 1000).toFixed(1)} s (${recipients.toLocaleString('en')} recipients, ${payments.length.toLocaleString('en')} payments)`;

    const figures = new Map<string, string>();
    const list = (label: string, filter: (i: number) => BusinessFilter & { cursor?: string }) => time((i) => listBusinesses(handle.db, ws, { limit: 50, ...filter(i) })).then((t) => figures.set(label, t));
    await list('business list, first page, no filter (50 rows)', () => ({}));
    await list('… filtered by one contact_status', (i) => ({ contact_status: [(['pending', 'emailed', 'opened', 'replied'] as const)[i % 4] ?? 'pending'] }));
    await list('… filtered by city', (i) => ({ city: CITIES[i % CITIES.length]?.[0] }));
    await list('… filtered by a 7-day created range', (i) => ({ from: now - SPAN + (i % 83) * DAY, to: now - SPAN + ((i % 83) + 7) * DAY }));
    await list('… searched by a name fragment (q)', (i) => ({ q: QUERIES[i % QUERIES.length] }));
    await list('… searched by a phone fragment typed locally (q)', (i) => {
      const j = (i * 997) % BUSINESSES;
      const local = `${3 + (j % 3)}${String((j * 7919 + 12345) % 10_000_000).padStart(7, '0')}`;
      return { q: `${local.slice(0, 4)} ${local.slice(4, 7)}` };
    });
    const first = await listBusinesses(handle.db, ws, { limit: 50 });
    const last = first[first.length - 1];
    await list('next page by cursor, no filter', () => (last ? { cursor: businessCursor(last) } : {}));
    // The count of all matches, the separate call the dashboard makes after showing the page (capped at 10,000).
    const count = (label: string, filter: (i: number) => BusinessFilter) => time((i) => countBusinesses(handle.db, ws, filter(i))).then((t) => figures.set(label, t));
    await count('count of matches (separate call): no filter', () => ({}));
    await count('… a name fragment (q)', (i) => ({ q: QUERIES[i % QUERIES.length] }));
    await count('… a city', (i) => ({ city: CITIES[i % CITIES.length]?.[0] }));
    figures.set('facets (distinct cities, sources, owners)', await time(() => businessFacets(handle.db, ws)));
    figures.set('funnel, all time', await time(() => funnel(handle.db, ws, {})));
    figures.set('funnel, last 7 days', await time(() => funnel(handle.db, ws, { from: now - 7 * DAY, to: now })));
    figures.set('revenue by campaign, all time', await time(() => revenueByCampaign(handle.db, ws, {})));
    figures.set(`campaign figures (${recipients.toLocaleString('en')} recipients)`, await time(() => campaignFigures(handle.db, ws, [campaign.id])));
    figures.set('audience count (pending in a city; a source; a city)', await time((i) => countAudience(handle.db, ws, AUDIENCES[i % AUDIENCES.length] ?? {}, 'email')));

    // The hand-out: the real dispatch job, claimed and run in a transaction as the worker does, with the clock moved
    // on by one window (10 s) after each run so the next run finds its window due.
    const audience = await countAudience(handle.db, ws, HANDOUT_AUDIENCE, 'email');
    const second = await createCampaign(handle.db, clock, ws, { name: 'Sitio de muestra: Mixco', channel: 'email', subject: SUBJECT, body: BODY, audience: HANDOUT_AUDIENCE, rate_per_minute: 6000 }, 60, systemActor);
    await sendCampaign({ db: handle.db, dialect: handle.dialect, clock }, ws, second.id, systemActor);
    const dispatch = campaignDispatchJob(app);
    const workerId = 'bench:crm';
    const jobContext = (job: JobRow, db: Executor): JobContext => ({
      db,
      app,
      job,
      workspaceId: job.workspace_id,
      logger: app.logger.child({ jobId: job.id, job: job.name, workspaceId: job.workspace_id }),
      signal: new AbortController().signal,
      reportProgress: async () => undefined,
      atCompletion: (work) => work(db),
      atCompletionInSet: (set, item) => set.write(db, [item]),
    });
    const runMs: number[] = [];
    const deadline = performance.now() + HANDOUT_BUDGET_MS;
    while (runMs.length < MAX_RUNS && performance.now() < deadline) {
      const [job] = await claimJobs(handle.db, handle.dialect, { workerId, now: clock.now(), leaseMs: 60_000, limit: 1, names: ['crm.campaign.dispatch'] });
      if (!job) break;
      const start = performance.now();
      await handle.db.transaction().execute(async (trx) => {
        await dispatch.run(job.payload, jobContext(job, trx));
        await markJobDone(trx, { job, workerId, now: clock.now() });
      });
      runMs.push(performance.now() - start);
      clock.advance(10_000);
    }
    const handed = Number((await handle.db.selectFrom('crm_recipients').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws).where('campaign_id', '=', second.id).executeTakeFirstOrThrow()).n);
    const seconds = runMs.reduce((a, b) => a + b, 0) / 1000;
    const sorted = [...runMs].sort((a, b) => a - b);
    figures.set(
      `campaign hand-out (email, 6,000/min; audience ${audience.toLocaleString('en')})`,
      `${Math.round(handed / seconds).toLocaleString('en')} deliveries/s (${handed.toLocaleString('en')} in ${runMs.length} runs, ${seconds.toFixed(1)} s; run p50 ${quantile(sorted, 0.5).toFixed(0)} ms)`,
    );
    return { load, figures };
  } finally {
    await handle.close();
    await bench.destroy();
  }
}

// BENCH_ONLY=sqlite|postgres runs one dialect (the other column says skipped).
const only = process.env.BENCH_ONLY;
const sqlite = only === 'postgres' ? undefined : await run('sqlite');
const unreachable = only === 'sqlite' ? 'BENCH_ONLY=sqlite' : await postgresUnreachable();
const postgres = unreachable ? undefined : await run('postgres');
console.log(`\n## CRM reads and campaign hand-out: ${BUSINESSES.toLocaleString('en')} businesses; p50 / p95 / p99 over ${ROUNDS} rounds (at most ${BUDGET_MS / 1000} s each)`);
console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`loaded: SQLite ${sqlite ? sqlite.load : 'skipped (BENCH_ONLY=postgres)'}; PostgreSQL ${postgres ? postgres.load : `skipped (${unreachable ?? ''})`}`);
console.log('| figure | SQLite | PostgreSQL |');
console.log('| --- | --- | --- |');
for (const label of new Set([...(sqlite?.figures.keys() ?? []), ...(postgres?.figures.keys() ?? [])])) {
  console.log(`| ${label} | ${sqlite?.figures.get(label) ?? 'skipped'} | ${postgres?.figures.get(label) ?? 'skipped'} |`);
}
