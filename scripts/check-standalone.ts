// Fails when a file reads or cites something outside the repository: a bare clone must build, test and run on its own.
//
// Usage: node --import tsx scripts/check-standalone.ts [root]   (root defaults to this repository)
// Two rules, each offence printed as file:line:
// 1. no reference to the sibling brief folder: `../shared`, `shared/contracts`, `shared/seeds`, `shared/design.md`,
//    "seed 00N" or "seeds 00N" (say the fact or cite the provider's public documentation instead);
// 2. no literal path that climbs above the root: `new URL('…', import.meta.url)`, fs reads (`readFileSync`…),
//    `path.resolve`/`path.join`/`resolve`/`join`, `import`/`export … from` and `import()`, resolved against the
//    file's own folder (a template literal counts up to its first `${`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { runCheckWhenMain, type Offence } from './check-runner.js';

/** What is scanned, relative to the root. */
export const STANDALONE_TARGETS = [
  ...['src', 'sim', 'test', 'bench', 'demo', 'web', '.ci', 'bin'],
  ...['package.json', 'vitest.config.ts', 'tsconfig.json', '.dependency-cruiser.cjs', 'README.md'],
];

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.git', 'test-output']);
const CODE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const BRIEF_REFERENCE = /\.\.\/shared\b|\bshared\/(?:contracts|seeds|design\.md)|\bseeds? 00\d\b/i;
/** A quoted string starting with a `..` segment: only files with one are worth parsing. */
const QUOTED_PARENT = /['"`]\.\.(?:[\\/'"`])/;
const FS_READS = new Set(['readFileSync', 'readFile', 'createReadStream', 'existsSync', 'statSync', 'readdirSync', 'openSync']);
const PATH_BUILDERS = new Set(['resolve', 'join']);
const PATH_MODULES = new Set(['path', 'posix', 'nodePath']);

/** Every offence under `targets` (missing targets are skipped: not every checkout has every folder). */
export function findOffences(root: string, targets: readonly string[] = STANDALONE_TARGETS): Offence[] {
  const offences: Offence[] = [];
  for (const target of targets) {
    for (const file of filesUnder(path.join(root, target))) offences.push(...checkFile(root, file));
  }
  return offences;
}

function filesUnder(entry: string): string[] {
  let stats;
  try {
    stats = statSync(entry);
  } catch {
    return [];
  }
  if (stats.isFile()) return [entry];
  if (!stats.isDirectory()) return [];
  return readdirSync(entry, { withFileTypes: true })
    .filter((child) => !(child.isDirectory() && SKIPPED_FOLDERS.has(child.name)))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((child) => filesUnder(path.join(entry, child.name)));
}

function checkFile(root: string, file: string): Offence[] {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return []; // binary
  const text = bytes.toString('utf8');
  const relative = path.relative(root, file).split(path.sep).join('/');
  const offences: Offence[] = [];
  text.split('\n').forEach((line, index) => {
    const match = BRIEF_REFERENCE.exec(line);
    if (match) offences.push({ file: relative, line: index + 1, message: `refers to "${match[0]}", which is not in the repository` });
  });
  if (CODE_FILE.test(file) && QUOTED_PARENT.test(text)) offences.push(...climbingPaths(root, file, relative, text));
  return offences;
}

/** Literal paths in calls and imports that resolve, from the file's folder, to somewhere outside the root. */
function climbingPaths(root: string, file: string, relative: string, text: string): Offence[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const folder = path.dirname(file);
  const offences: Offence[] = [];
  const check = (node: ts.Node, what: string, literals: readonly string[]) => {
    if (!literals.some((literal) => literal.split(/[\\/]/).includes('..'))) return;
    const target = path.resolve(folder, ...literals);
    const inside = path.relative(root, target);
    if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      offences.push({ file: relative, line, message: `${what} "${literals.join('", "')}" leads outside the repository` });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      const [spec, base] = node.arguments ?? [];
      const literal = spec && literalPrefix(spec);
      if (literal !== undefined && base && base.getText(source) === 'import.meta.url') check(node, 'new URL', [literal]);
    } else if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const literals = node.arguments.map(literalPrefix).filter((literal) => literal !== undefined);
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) check(node, 'import()', literals.slice(0, 1));
      else if (name !== undefined && FS_READS.has(name)) check(node, name, literals.slice(0, 1));
      else if (name !== undefined && PATH_BUILDERS.has(name) && isPathCall(node.expression)) check(node, `path ${name}`, literals);
    } else if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const literal = literalPrefix(node.moduleSpecifier);
      if (literal !== undefined) check(node, 'import', [literal]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return offences;
}

/** A string literal, or a template literal's text before its first substitution. */
function literalPrefix(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text === '' ? undefined : node.head.text;
  return undefined;
}

function calleeName(callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** `resolve(…)`/`join(…)` imported from node:path, or `path.resolve(…)`; not `promise resolve` nor `array.join`. */
function isPathCall(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return true;
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && PATH_MODULES.has(callee.expression.text);
}

runCheckWhenMain(import.meta.url, {
  name: 'check-standalone',
  find: findOffences,
  clean: 'nothing reads or cites outside the repository',
  found: (count) => `${count} reference(s) outside the repository`,
});
