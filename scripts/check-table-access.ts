// Fails when a module's code names a table that is not its own: a module reads and writes the core's tables (jobs,
// users, deliveries…) and other modules' tables only through core functions, so their layout can change behind them.
//
// Usage: node --import tsx scripts/check-table-access.ts [root]   (root defaults to this repository)
// A module is a folder src/modules/<name>/. Its own tables are those its tables.ts adds to the Database interface of
// src/db/database.ts (`declare module '…/db/database.js' { interface Database { crm_businesses: …; } }`). In every
// other .ts file of the module (tests excepted) the check reads, each offence printed as file:line:
// - the table of a Kysely call: the first argument of selectFrom, insertInto, updateTable, deleteFrom, replaceInto,
//   mergeInto and the joins (`'jobs'`, `'jobs as j'`, or a list of them), and sql.table('…'); names a `with` defines
//   in the same file are common table expressions, not tables;
// - raw SQL in sql`…`: a known table (the core's or any module's) right after from, join, into or update.
// It also refuses a tables.ts that claims a table the core or another module declares, and Database declared
// anywhere but tables.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { runCheckWhenMain, tsFiles, type Offence } from './check-runner.js';

/** Kysely methods whose first argument names a table (or a list of tables). */
const TABLE_METHODS = new Set([
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'replaceInto',
  'mergeInto',
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'crossJoin',
  'innerJoinLateral',
  'leftJoinLateral',
  'crossJoinLateral',
  'using',
]);
const CTE_METHODS = new Set(['with', 'withRecursive', 'withMaterialized', 'withNotMaterialized']);
const RAW_TABLE = /\b(?:from|join|into|update)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?/gi;

/** Every offence in the repository at `root`. */
export function findTableOffences(root: string): Offence[] {
  const modulesDir = path.join(root, 'src', 'modules');
  const core = declaredTables(path.join(root, 'src', 'db', 'database.ts'));
  const modules = listDirs(modulesDir).map((name) => ({ name, dir: path.join(modulesDir, name), own: declaredTables(path.join(modulesDir, name, 'tables.ts')) }));
  const known = new Set([...core, ...modules.flatMap((m) => [...m.own])]);
  const offences: Offence[] = [];
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

  for (const m of modules) {
    for (const table of m.own) {
      const owner = core.has(table) ? 'the core (src/db/database.ts)' : modules.find((o) => o !== m && o.own.has(table))?.name;
      if (owner) offences.push({ file: rel(path.join(m.dir, 'tables.ts')), line: 1, message: `claims table ${table}, which ${owner} declares` });
    }
    for (const file of tsFiles(m.dir, { tests: false })) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const isTablesFile = path.relative(m.dir, file) === 'tables.ts';
      for (const use of tableUses(source, known)) {
        if (use.kind === 'declaration') {
          if (!isTablesFile) offences.push({ file: rel(file), line: use.line, message: `declares tables of Database outside tables.ts (${use.table})` });
          continue;
        }
        if (m.own.has(use.table) || use.cte) continue;
        const whose = core.has(use.table) ? "the core's" : known.has(use.table) ? "another module's" : 'an unknown';
        offences.push({
          file: rel(file),
          line: use.line,
          message: `module ${m.name} names ${whose} table ${use.table} in ${use.how}; use a core function (its own tables: ${[...m.own].join(', ') || 'none'})`,
        });
      }
    }
  }
  return offences;
}

interface TableUse {
  readonly kind: 'use' | 'declaration';
  readonly table: string;
  readonly line: number;
  /** The call or SQL it was found in, for the message. */
  readonly how: string;
  /** A name the file defines with `with`: a common table expression. */
  readonly cte: boolean;
}

function tableUses(source: ts.SourceFile, known: ReadonlySet<string>): TableUse[] {
  const uses: Omit<TableUse, 'cte'>[] = [];
  const ctes = new Set<string>();
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const first = node.arguments[0];
      if (TABLE_METHODS.has(method) && first) {
        for (const table of tableNames(first)) uses.push({ kind: 'use', table, line: lineOf(node), how: `${method}()` });
      } else if (CTE_METHODS.has(method) && first) {
        for (const name of tableNames(first)) ctes.add(name.replace(/\(.*$/, '').trim());
      } else if (ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'sql' && first) {
        if (method === 'table') for (const table of tableNames(first)) uses.push({ kind: 'use', table, line: lineOf(node), how: 'sql.table()' });
        if (method === 'raw' && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) uses.push(...rawUses(first.text, lineOf(node), 'sql.raw()', known));
      }
    } else if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql') {
      const t = node.template;
      const text = ts.isNoSubstitutionTemplateLiteral(t) ? t.text : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)].join(' ? ');
      uses.push(...rawUses(text, lineOf(node), 'sql`…`', known));
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name) && /\/db\/database(\.js)?$/.test(node.name.text)) {
      for (const table of databaseMembers(node)) uses.push({ kind: 'declaration', table, line: lineOf(node), how: 'declare module' });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses.map((u) => ({ ...u, cte: u.kind === 'use' && ctes.has(u.table) }));
}

/** Tables named after from/join/into/update in raw SQL: only known ones (the words around them are SQL, not names). */
function rawUses(text: string, line: number, how: string, known: ReadonlySet<string>): Omit<TableUse, 'cte'>[] {
  return [...text.matchAll(RAW_TABLE)].flatMap((m) => {
    const table = m[1] ?? '';
    return known.has(table) ? [{ kind: 'use' as const, table, line, how }] : [];
  });
}

/** `'jobs'`, `'jobs as j'`, or a list of them; anything else (a subquery, a callback) names no table itself. */
function tableNames(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text.split(/\s+as\s+/i)[0]?.trim() ?? ''];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => tableNames(e));
  return [];
}

/** The property names of `interface Database` in a file (the core's) or in its `declare module` blocks (a module's). */
function declaredTables(file: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new Set();
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const tables = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Database') {
      for (const member of node.members) if (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) tables.add(member.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return tables;
}

function databaseMembers(declaration: ts.ModuleDeclaration): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Database') {
      for (const member of node.members) if (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) names.push(member.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration);
  return names;
}

function listDirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

runCheckWhenMain(import.meta.url, {
  name: 'check-table-access',
  find: findTableOffences,
  clean: 'every module names only its own tables',
  found: (count) => `${count} use(s) of a table the module does not own`,
});
