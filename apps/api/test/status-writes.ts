// Finds every write of a status column in the code — Prisma `status` in the data of create/update/upsert calls
// (nested creates included) and SQL `SET "status" = …` / `INSERT … ("status", …)` in tagged templates — and tells
// whether its value comes from a transition table: the value's type must be the domain's branded `NextStatus`
// (only `transition`, `initialStatus`, `unchangedStatus` and the API's `moveTo`/`createAs` make one), and in
// SQL the value must be a `${…}` placeholder of that type. Used by status-writes.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface StatusWrite {
  /** path from the repository root */
  file: string;
  line: number;
  kind: 'prisma' | 'sql';
  /** the value's source text */
  value: string;
  /** does the value come from a transition table? */
  fromTable: boolean;
}

const WRITE_METHODS = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert']);
const DATA_KEYS = new Set(['data', 'create', 'update']);
const NOT_WRITTEN = new Set(['where', 'select', 'include', 'omit', 'orderBy', 'cursor', 'distinct']);

/** The .ts files under `dirs`, without generated code, tests and declaration files. */
export function sourceFiles(root: string, dirs: string[], exclude: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (name === 'node_modules' || name === 'generated' || name === 'dist') continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name) && !/\.d\.ts$|\.test\.tsx?$/.test(name) && !exclude.test(relative(root, p))) out.push(p);
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out;
}

function isBranded(t: ts.Type): boolean {
  if (t.isUnion()) return t.types.every(isBranded);
  return t.getProperties().some((p) => String(p.escapedName).includes('nextStatusBrand'));
}

/** The template's SQL text with `${i}` for the i-th placeholder. */
function templateText(t: ts.TemplateLiteral): { text: string; spans: ts.Expression[] } {
  if (ts.isNoSubstitutionTemplateLiteral(t)) return { text: t.text, spans: [] };
  let text = t.head.text;
  const spans: ts.Expression[] = [];
  for (const s of t.templateSpans) {
    text += `\${${spans.length}}` + s.literal.text;
    spans.push(s.expression);
  }
  return { text, spans };
}

/** Splits at top-level commas (outside parentheses and quotes). */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let cur = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) break; // the end of the enclosing statement (a CTE's parenthesis)
    else if (ch === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

/** The value expressions written to "status" by the SQL text. */
export function sqlStatusValues(sql: string): string[] {
  const values: string[] = [];
  // UPDATE … SET a = …, "status" = <value>, … [FROM|WHERE|RETURNING|)]
  for (const m of sql.matchAll(/\bSET\b([\s\S]*?)(?=\bFROM\b|\bWHERE\b|\bRETURNING\b|\bSET\b|$)/gi)) {
    for (const assignment of splitTop(m[1]!)) {
      const a = /^"status"\s*=\s*([\s\S]+)$/i.exec(assignment.trim());
      if (a) values.push(a[1]!.trim());
    }
  }
  // INSERT INTO "T" (cols) VALUES (…) | SELECT …
  for (const m of sql.matchAll(/\bINSERT\s+INTO\s+"?\w+"?\s*\(([^)]*)\)\s*(VALUES\s*\(|SELECT\b)([\s\S]*?)(?=\bFROM\b|\bRETURNING\b|\bON\s+CONFLICT\b|\bWHERE\b|$)/gi)) {
    const cols = m[1]!.split(',').map((c) => c.trim().replace(/"/g, ''));
    const i = cols.indexOf('status');
    if (i < 0) continue;
    let list = m[3]!;
    if (/^VALUES/i.test(m[2]!)) list = list.replace(/\)\s*$/, '');
    values.push(splitTop(list)[i] ?? '(unparsed)');
  }
  return values;
}

export function findStatusWrites(root: string, files: string[]): StatusWrite[] {
  // first a syntactic pass: only files with a candidate are type-checked
  const candidates = files.filter((f) => /status/.test(readFileSync(f, 'utf8')));
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'apps/api/tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const program = ts.createProgram({ rootNames: candidates, options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const out: StatusWrite[] = [];

  for (const file of candidates) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const rel = relative(root, file);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const report = (node: ts.Node, kind: StatusWrite['kind'], value: string, fromTable: boolean) => out.push({ file: rel, line: lineOf(node), kind, value, fromTable });

    const walkData = (node: ts.Expression) => {
      if (ts.isArrayLiteralExpression(node)) return node.elements.forEach((e) => walkData(e as ts.Expression));
      if (!ts.isObjectLiteralExpression(node)) return;
      for (const p of node.properties) {
        const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null;
        if (!name || NOT_WRITTEN.has(name)) continue;
        if (name === 'status' && (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) {
          const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
          report(p, 'prisma', value.getText(sf), isBranded(checker.getTypeAtLocation(value)));
        } else if (ts.isPropertyAssignment(p)) walkData(p.initializer);
      }
    };

    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && WRITE_METHODS.has(node.expression.name.text)) {
        const arg = node.arguments[0];
        if (arg && ts.isObjectLiteralExpression(arg)) {
          for (const p of arg.properties) {
            if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && DATA_KEYS.has(p.name.text)) walkData(p.initializer);
          }
        }
      }
      if (ts.isTaggedTemplateExpression(node)) {
        const { text, spans } = templateText(node.template);
        for (const v of sqlStatusValues(text)) {
          const ph = /^\$\{(\d+)\}(::"?\w+"?)?$/.exec(v);
          const expr = ph ? spans[Number(ph[1])] : undefined;
          const shown = expr ? expr.getText(sf) : v;
          report(node, 'sql', shown, !!expr && isBranded(checker.getTypeAtLocation(expr)));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}
