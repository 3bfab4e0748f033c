// The standalone check on a throw-away repository: an offending file is reported line by line, a clean one is not.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findOffences } from './check-standalone.js';
import { runCheck, throwawayRepositories } from './throwaway-repository.js';

const SCRIPT = fileURLToPath(new URL('./check-standalone.ts', import.meta.url));
const { repository, removeAll } = throwawayRepositories('standalone', { nested: true, base: { 'package.json': '{"name":"repo"}\n' } });

afterEach(removeAll);

const CLEAN = [
  "// Reads a fixture beside the repository's own code: every path stays inside.",
  "import { readFileSync } from 'node:fs';",
  "import path from 'node:path';",
  "import { helper } from '../../test/helpers/x.js';",
  "const here = path.dirname(new URL('.', import.meta.url).pathname);",
  "export const web = new URL('../../web/dist/', import.meta.url);",
  'export const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url));',
  "export const root = path.join(here, '..', '..');",
  "export const parts = ['a', 'b'].join('..');",
  'export const spread = [...[1], helper];',
].join('\n');

const OFFENDING = [
  '// Written from the shared/contracts notes (seed 004).',
  "import { readFileSync } from 'node:fs';",
  "import { join, resolve } from 'node:path';",
  "import brief from '../../../brief/x.js';",
  'export const example = (name: string) =>',
  '  readFileSync(new URL(`../../../shared/examples/${name}`, import.meta.url));',
  "export const up = join('..', '..', '..', 'elsewhere');",
  "export const read = readFileSync('../../../etc/hosts', 'utf8');",
  "export const later = () => import('../../../other/mod.js');",
  "export const fine = resolve('..', 'src');",
  'export { brief };',
].join('\n');

describe('check-standalone', () => {
  it('reports each reference and each path that climbs out, with file and line, and nothing in a clean file', () => {
    const root = repository({ 'src/a/clean.ts': CLEAN, 'src/a/bad.ts': OFFENDING, 'test/helpers/x.ts': 'export const helper = 1;\n' });
    const found = findOffences(root).map((o) => `${o.file}:${o.line} ${o.message.split(' ')[0]}`);
    expect(found).toEqual([
      'src/a/bad.ts:1 refers',
      'src/a/bad.ts:6 refers',
      'src/a/bad.ts:4 import',
      'src/a/bad.ts:6 new',
      'src/a/bad.ts:7 path',
      'src/a/bad.ts:8 readFileSync',
      'src/a/bad.ts:9 import()',
    ]);
    expect(findOffences(root).filter((o) => o.file === 'src/a/clean.ts')).toEqual([]);
  });

  it('checks package.json, CI scripts, the README and dashboard sources as text ("seeds 000/001" too), and skips node_modules', () => {
    const root = repository({
      'package.json': '{\n  "scripts": { "test": "cat ../shared/seeds/x" }\n}\n',
      '.ci/run': '#!/bin/sh\ncd "$(dirname "$0")/.."\n',
      'README.md': '# Shop\n\nThe lead tiers of seeds 000/001.\n',
      'web/src/page.tsx': "export const Page = () => <a href=\"x\">shared/contracts</a>;\n",
      'src/node_modules/pkg/index.js': "module.exports = require('../../../../shared/x');\n",
    });
    expect(findOffences(root).map((o) => `${o.file}:${o.line}`).sort()).toEqual(['README.md:3', 'package.json:2', 'web/src/page.tsx:1']);
  });

  it('exits 1 and prints file:line for an offending repository, 0 for a clean one', () => {
    const run = (root: string) => runCheck(SCRIPT, root);
    const bad = run(repository({ 'sim/x.ts': "export const x = new URL('../../up.json', import.meta.url);\n" }));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('sim/x.ts:1: new URL "../../up.json" leads outside the repository');
    const clean = run(repository({ 'sim/x.ts': "export const x = new URL('../up.json', import.meta.url);\n" }));
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
  });
});
