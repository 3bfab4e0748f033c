// Prints each dialect's figures as a table: what was measured, the figure, the target, and whether it was met.
import { describeCpu } from './cpu.js';
import type { IngestResult } from './ingest.js';
import { SETTINGS, type IngestScenario, type TimerScenario } from './scenario.js';

const MB = 1024 * 1024;
const TARGETS = {
  ingest: { sqlite: 5_000, postgres: 4_000 } as Record<string, number>,
  p99At2000: 25,
  timersMs: { sqlite: 5_000, postgres: 10_000 } as Record<string, number>,
  p99DuringTimers: 100,
  memoryMb: 16,
};

type Row = [string, string, string, string];

/** CPU time the server process used during a run, ms. */
const serverCpuMs = (r: IngestResult) => r.cpu.serverMs;

const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms` : 'n/a');
const sec = (n: number | undefined) => (n === undefined ? 'not reached' : `${(n / 1000).toFixed(2)} s`);
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function printTable(rows: readonly Row[]): void {
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: Row) => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  rows.forEach((r, i) => {
    console.log(line(r));
    if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  });
}

function ingestRows(r: IngestResult, target: { throughput?: number; p99?: number }): Row[] {
  const perSecond = r.ok / r.seconds;
  const rows: Row[] = [
    [`ingest ${r.label}: accepted/s`, `${int(perSecond)}/s`, target.throughput ? `≥ ${int(target.throughput)}/s` : '', target.throughput ? verdict(perSecond >= target.throughput) : ''],
    ['  latency p50 / p99 (max)', `${ms(r.p50)} / ${ms(r.p99)} (${ms(r.max)})`, target.p99 ? `p99 < ${target.p99} ms` : '', target.p99 ? verdict(r.p99 < target.p99) : ''],
    ['  requests', `${int(r.ok)} 2xx, ${int(r.non2xx)} non-2xx, ${int(r.errors)} errors/timeouts in ${r.seconds.toFixed(1)} s${r.firstError ? ` (first: ${r.firstError})` : ''}`, '', ''],
  ];
  if (r.paced) {
    rows.push(
      ['  latency from the write p50 / p99', `${ms(r.paced.fromWrite.p50)} / ${ms(r.paced.fromWrite.p99)}`, '', ''],
      ['  generator lateness p99 / max', `${ms(r.paced.lateness.p99)} / ${ms(r.paced.lateness.max)}`, '', ''],
    );
  }
  rows.push([`  ${describeCpu(r.cpu).split(': ')[0]}`, describeCpu(r.cpu).split(': ')[1] ?? '', '', '']);
  if (r.ok > 0) rows.push(['  server CPU per accepted webhook', ms(serverCpuMs(r) / r.ok), '', '']);
  return rows;
}

function ingestTable(d: string, s: IngestScenario): Row[] {
  const [max, acRate, paced] = s.runs;
  const rows: Row[] = [];
  if (max) rows.push(...ingestRows(max, { throughput: TARGETS.ingest[d] ?? 0 }));
  if (acRate) rows.push(...ingestRows(acRate, { p99: TARGETS.p99At2000 }));
  if (paced) rows.push(...ingestRows(paced, { p99: TARGETS.p99At2000 }));
  const dur = s.durability;
  const b = s.backlog;
  rows.push(
    ['durability: 2xx answers / stored events', `${int(dur.acked)} / ${int(dur.stored)} (${int(dur.sent)} requests written)`, 'every 2xx stored', verdict(dur.ackedMissing === 0)],
    ['  answered 2xx but not stored', int(dur.ackedMissing), '0', ''],
    ['  stored, answer not read (in flight when autocannon stopped)', int(dur.stored - dur.acked), '', ''],
    ['  (these include the unreported warm-up run)', '', '', ''],
    [
      'event processing: backlog when the load stopped',
      b.drainMs === undefined ? `${int(b.jobs)} events; ${int(b.left)} still unprocessed after ${SETTINGS.backlogLimitMs / 1000} s` : `${int(b.jobs)} events, processed in ${sec(b.drainMs)}`,
      '',
      '',
    ],
    ['server start (migrations, listen, worker)', ms(s.startMs), '', ''],
  );
  return rows;
}

function timerTable(d: string, s: TimerScenario): Row[] {
  const t = s.timers;
  const target = TARGETS.timersMs[d] ?? 0;
  const m = s.memory;
  const added = m.pending - m.empty;
  return [
    [`load: ${int(SETTINGS.subjects)} subjects + ${int(SETTINGS.subjects - SETTINGS.due)} future timers (bench process)`, sec(s.loadMs), '', ''],
    [`load: ${int(SETTINGS.due)} due timers (bench process)`, sec(s.dueInsertMs), '', ''],
    [
      `due timers: all ${int(SETTINGS.due)} done (subjects expired), from T`,
      t.allMs === undefined ? `${int(t.doneAtEnd)} done in ${SETTINGS.timerLimitMs / 1000} s` : sec(t.allMs),
      `≤ ${target / 1000} s`,
      verdict(t.allMs !== undefined && t.allMs <= target),
    ],
    ['  first done / half done', `${sec(t.firstMs)} / ${sec(t.halfMs)}`, '', ''],
    ['  bench.expire jobs with status done when the watch ended', int(t.doneAtEnd), '', ''],
    ['  rate', t.allMs ? `${int(SETTINGS.due / (t.allMs / 1000))}/s` : `${int(t.doneAtEnd / (SETTINGS.timerLimitMs / 1000))}/s`, '', ''],
    [
      '  server CPU in the window, per timer done (webhooks included)',
      t.doneAtEnd > 0 ? `${ms(serverCpuMs(s.duringTimers) / t.doneAtEnd)} (${sec(serverCpuMs(s.duringTimers))} in all)` : 'n/a',
      '',
      '',
    ],
    ['  deliveries created / sent by the end of the window', `${int(s.deliveries.created)} / ${int(s.deliveries.sent)}`, '', ''],
    ['  slowest progress poll (bench process)', ms(t.slowestPollMs), '', ''],
    ...ingestRows(s.duringTimers, { p99: TARGETS.p99DuringTimers }),
    ['memory: idle server RSS, empty jobs table', mb(m.empty), '', ''],
    [`memory: idle server RSS, ${int(SETTINGS.subjects)} timers pending (same process)`, mb(m.pending), '', ''],
    ['  added by the pending timers', mb(added), `< ${TARGETS.memoryMb} MB`, verdict(added < TARGETS.memoryMb * MB)],
    ['  RSS after the timer window (not idle: deliveries still running)', mb(m.afterTimers), '', ''],
  ];
}

export function printDialect(d: string, description: string, ingest: IngestScenario, timers: TimerScenario): void {
  console.log(`\n## ${d === 'sqlite' ? 'SQLite' : 'PostgreSQL'} (${description})`);
  console.log(`settings: ${ingest.settings}`);
  if (timers.note) console.log(`note: ${timers.note}`);
  console.log('');
  printTable([['measure', 'figure', 'target', ''], ...ingestTable(d, ingest), ...timerTable(d, timers)]);
}
