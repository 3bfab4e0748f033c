#!/usr/bin/env -S node --max-semi-space-size=2
// Entry for `npx leadcycle` and `npm start`: runs the server compiled to dist/ (built at install), else the sources through tsx.
//
// --max-semi-space-size=2 (here and in package.json's start script; a heap flag must be given when Node starts): V8
// grows its young generation to 2 × 16 MB while the modules load and keeps it, about 25 MB of an idle server's RSS;
// at 2 MB the idle server measured 99 against 121 MB and the peak of a run of API reads 145 against 185 MB, for the
// same server CPU within this machine's noise (README, Benchmarks). `node bin/leadcycle.js start` runs with V8's default.
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
