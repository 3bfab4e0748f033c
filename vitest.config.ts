import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'sim/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest runs one file fewer than the cores at once, so one file at a time on a 2-core machine, while most files
    // wait on a browser, a child server or a timer. Two at once, measured on one 2-core machine (2026-12-05): SQLite
    // 5 min 45 s → 3 min 35 s, PostgreSQL 6 min 52 s → 4 min 17 s, and still green with a third process holding one
    // core busy (4 min 33 s and 7 min 3 s): every file uses its own database, port and temporary folder.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
