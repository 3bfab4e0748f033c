// Fails when a file outside src/server/ adds to Fastify's types (`declare module 'fastify'`, or any fastify package):
// the import rules of .dependency-cruiser.cjs cannot see such a block, and one in core/ would tie the engine to the
// HTTP server as surely as an import. Fastify's additions (request.auth, config.roles) live in server/route-config.ts.
//
// Usage: node --import tsx scripts/check-fastify-additions.ts [root]   (root defaults to this repository)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { runCheckWhenMain, tsFiles, type Offence } from './check-runner.js';

const FASTIFY_PACKAGE = /^(fastify|fastify-[^/]+|@fastify\/[^/]+)(\/.*)?$/;
/** The one folder allowed to extend Fastify's types. */
const SERVER = 'src/server/';

export function findFastifyAdditions(root: string): Offence[] {
  const offences: Offence[] = [];
  for (const file of tsFiles(path.join(root, 'src'))) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (relative.startsWith(SERVER)) continue;
    const text = readFileSync(file, 'utf8');
    if (!text.includes('declare module')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (ts.isModuleDeclaration(statement) && ts.isStringLiteral(statement.name) && FASTIFY_PACKAGE.test(statement.name.text)) {
        const line = source.getLineAndCharacterOfPosition(statement.getStart(source)).line + 1;
        offences.push({ file: relative, line, message: `adds to the types of ${statement.name.text}; only ${SERVER} may (see server/route-config.ts)` });
      }
    }
  }
  return offences;
}

runCheckWhenMain(import.meta.url, {
  name: 'check-fastify-additions',
  find: findFastifyAdditions,
  clean: `only ${SERVER} adds to Fastify's types`,
  found: (count) => `${count} addition(s) to Fastify's types outside ${SERVER}`,
});
