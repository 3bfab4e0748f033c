// Repositories in temporary folders for the check scripts' tests, removed after each test, and a check run on one.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `repository(files)` writes the files into a new temporary folder and returns its path; `removeAll()` deletes every
 * folder made so far (call it in afterEach). `nested` puts the repository one level down, so that `..` above it
 * exists too; `base` files are written into every repository first.
 */
export function throwawayRepositories(prefix: string, options: { nested?: boolean; base?: Record<string, string> } = {}) {
  const folders: string[] = [];
  return {
    repository(files: Record<string, string>): string {
      const folder = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
      folders.push(folder);
      const root = options.nested ? path.join(folder, 'repo') : folder;
      for (const [name, text] of Object.entries({ ...options.base, ...files })) {
        mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        writeFileSync(path.join(root, name), text);
      }
      return root;
    },
    removeAll(): void {
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Runs a check script (through tsx, as `npm run lint:layers` does) on the repository at `root`. */
export function runCheck(script: string, root: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', script, root], { encoding: 'utf8' });
}
