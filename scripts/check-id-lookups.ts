// Fails when a query chain looks rows up by a list of ids beside a plain workspace condition:
// `.where('workspace_id', '=', w).where('id', 'in', ids)`, or `moduleDeliveries(…).where('id', 'in', ids)`, whose
// condition is inside the function. Without statistics SQLite's planner prefers any index that starts with
// workspace_id to the primary key once the list has three or four values, and reads every row of the workspace
// (measured: a WhatsApp turn taking its four messages spent 0.7 ms where two took 0.02 ms, and it grows with the
// table). A subquery in place of the list is the same case: the planner read every customer of a workspace and checked
// each against `id in (select …)` (40.9 ms for a page of 500 refills among 50,000 customers; 16.7 ms by primary key,
// driven by the subquery). `where(workspaceColumn(), '=', w)` (src/db/by-id.ts) keeps the condition and the primary
// key.
//
// Usage: node --import tsx scripts/check-id-lookups.ts [root]   (root defaults to this repository)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { runCheckWhenMain, tsFiles, type Offence } from './check-runner.js';

/** `.where(<args>)`'s arguments when `call` is one, else undefined. */
function whereArgs(call: ts.CallExpression): readonly ts.Expression[] | undefined {
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'where' ? call.arguments : undefined;
}

const text = (e: ts.Expression | undefined) => (e && ts.isStringLiteralLike(e) ? e.text : undefined);

/** The calls of the chain `call` ends, outermost first: `a.b().where().where()` → the two wheres and b(). */
function chainOf(call: ts.CallExpression): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  let node: ts.Expression = call;
  while (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    calls.push(node);
    node = node.expression.expression;
  }
  return calls;
}

/**
 * Functions that return a query already holding a plain workspace condition (src/core/deliveries/deliveries.ts): an
 * id list added to their query is the same case, with the condition out of sight.
 */
const WITH_WORKSPACE_CONDITION = new Set(['moduleDeliveries']);

/** The call the chain `call` ends starts from, when it is a plain function call: `f(…).where()` → f(…). */
function rootCall(call: ts.CallExpression): ts.CallExpression | undefined {
  let node: ts.Expression = call;
  while (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) node = node.expression.expression;
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) ? node : undefined;
}

/** The outermost call of the chain `call` is part of. */
function outermost(call: ts.CallExpression): ts.CallExpression {
  let node: ts.CallExpression = call;
  while (ts.isPropertyAccessExpression(node.parent) && ts.isCallExpression(node.parent.parent) && node.parent.parent.expression === node.parent) node = node.parent.parent;
  return node;
}

export function findIdLookups(root: string): Offence[] {
  const offences: Offence[] = [];
  for (const file of tsFiles(path.join(root, 'src'), { tests: false })) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes("'in'")) continue;
    const relative = path.relative(root, file).split(path.sep).join('/');
    const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
    const seen = new Set<ts.CallExpression>();
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const args = whereArgs(node);
        if (args && text(args[0])?.replace(/^\w+\./, '') === 'id' && text(args[1]) === 'in') {
          const top = outermost(node);
          const root = rootCall(top);
          const hidden = root && WITH_WORKSPACE_CONDITION.has(root.expression.getText(tree)) ? root : undefined;
          const plain =
            chainOf(top).find((c) => {
              const a = whereArgs(c);
              return a !== undefined && text(a[0])?.replace(/^\w+\./, '') === 'workspace_id' && text(a[1]) === '=';
            }) ?? hidden;
          if (plain && !seen.has(top)) {
            seen.add(top);
            // The line of the workspace condition itself (a call's own start is the start of its whole chain).
            const at = ts.isPropertyAccessExpression(plain.expression) ? plain.expression.name : plain;
            const line = tree.getLineAndCharacterOfPosition(at.getStart(tree)).line + 1;
            const message =
              plain === hidden
                ? `a list of ids on ${hidden.expression.getText(tree)}(…), whose workspace condition is plain: use its by-ids form (${hidden.expression.getText(tree)}ByIds)`
                : "a list of ids beside where('workspace_id', '=', …): write where(workspaceColumn(), '=', …) (src/db/by-id.ts)";
            offences.push({ file: relative, line, message });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return offences;
}

runCheckWhenMain(import.meta.url, {
  name: 'check-id-lookups',
  find: findIdLookups,
  clean: 'every lookup by a list of ids keeps the primary key',
  found: (count) => `${count} lookup(s) by a list of ids that SQLite may answer by reading the whole workspace`,
});
