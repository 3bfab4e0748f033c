#!/usr/bin/env -S node --max-semi-space-size=2 --heap-growing-percent=50
// Entry for `npx leadcycle` and `npm start`: runs the server compiled to dist/ (built at install), else the sources through tsx.
//
// --max-semi-space-size=2 (here and in package.json's start script; a heap flag must be given when Node starts): V8
// grows its young generation to 2 × 16 MB while the modules load, about 25 MB of an idle server's RSS; at 2 MB the
// idle server measured 99 against 121 MB and the peak of a run of API reads 145 against 185 MB, for the same server
// CPU within this machine's noise (README, Benchmarks). V8's memory reducer gives most of it back after about 25 s
// idle (RSS every 5 s for 70 s: 133 → 105 MB at 16, 103 MB at 2), but each burst of work grows it again: at 1,000
// WhatsApp conversations the peak was 201–218 against 180–188 MB, for 8.4–9.3 against 9.9–11.8 ms of CPU per turn.
// A busy WhatsApp install can start with `node --heap-growing-percent=50 bin/leadcycle.js start`: V8's own young
// generation made its replies faster in every alternated round (PostgreSQL 1.03–1.66 against 1.25–1.79 s p95), at
// 35–40 MB more at the peak, but it takes the 10,000-row import over 200 MB (README, Benchmarks).
// `node bin/leadcycle.js start` runs with V8's default.
//
// --heap-growing-percent=50 (same two places): after each full GC, V8 lets the old generation grow to a multiple of
// what survived before the next one, a multiple it picks itself, up to 4 when collecting looks cheap. With the small
// young generation, the short-lived objects of a burst of work (a contact-sheet import: exceljs's parse events,
// Kysely's 500-row inserts, pg's messages) outlive two scavenges and land in the old generation as garbage: the
// 10,000-row import keeps about 60 MB live, yet the old generation reached 216 MB, freed by the first full GC only
// after the import (process.memoryUsage and GC events over the run), and RSS peaked at 206–232 MB on SQLite and
// 287–294 MB on PostgreSQL (target 200 MB). A fixed 1.5 starts the full GC at one and a half times the live heap:
// peaks 164–170 MB on SQLite, 161–183 MB on PostgreSQL; a multiple of 2 measured 182–190 / 184–197 MB, too close.
// The cost is a few more full GCs (the import's run: 9–11 against 3–4, +30–80 ms of GC in all), import times the
// same within the noise (README, Benchmarks).
//
// The compiled copy is used only while it is at least as new as every source file it comes from, so a developer who
// edits src/ and runs `npm start` gets the edit (through tsx) rather than a stale build; `npm run build` refreshes it.
// LEADCYCLE_FROM_SOURCE=1 always runs the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const compiled = path.join(root, 'dist', 'src', 'main.js');

/** The newest modification time among the TypeScript files under `dir`, ms. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function compiledIsFresh() {
  if (process.env.LEADCYCLE_FROM_SOURCE === '1' || !existsSync(compiled)) return false;
  const built = statSync(compiled).mtimeMs;
  return ['src', 'demo', 'sim'].every((dir) => !existsSync(path.join(root, dir)) || newestSource(path.join(root, dir)) <= built);
}

if (compiledIsFresh()) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
