// The TypeScript files under a folder, for the repository's check scripts: sorted, so their reports are stable.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every `.ts` file under `dir` (none when it does not exist); `tests: false` leaves out `*.test.ts`. */
export function tsFiles(dir: string, options: { tests?: boolean } = {}): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return tsFiles(full, options);
      return e.isFile() && e.name.endsWith('.ts') && (options.tests !== false || !e.name.endsWith('.test.ts')) ? [full] : [];
    });
}
