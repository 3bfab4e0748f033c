// What the repository's check scripts share: an offence's shape, the source files they read, and how they report.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Offence {
  /** Relative to the root, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Every `.ts` file under `dir`, sorted (none when it does not exist); `tests: false` leaves out `*.test.ts`. */
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

/**
 * When the script at `scriptUrl` is the one node was started with: checks the root given on the command line (this
 * repository by default), prints each offence as `file:line: message` and exits 1, or prints `clean`.
 */
export function runCheckWhenMain(scriptUrl: string, check: { name: string; find: (root: string) => Offence[]; clean: string; found: (count: number) => string }): void {
  if (process.argv[1] === undefined || scriptUrl !== pathToFileURL(path.resolve(process.argv[1])).href) return;
  const root = path.resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
  const offences = check.find(root);
  for (const offence of offences) console.error(`${offence.file}:${offence.line}: ${offence.message}`);
  if (offences.length > 0) {
    console.error(`${check.name}: ${check.found(offences.length)}`);
    process.exit(1);
  }
  console.log(`${check.name}: ${check.clean}`);
}
