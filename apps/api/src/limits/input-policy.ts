// Issue 8, part 5: every string input is checked at the boundary, by one mechanism for the whole schema.
//  - characters: well-formed UTF-16 (no lone surrogate), no C0/C1 control character and no DEL; free text
//    (reasons, summaries, descriptions, findings) may hold tab and line breaks;
//  - length: LIMITS.stringLength code points by default, LIMITS.textLength for free text (TEXT_BOUNDS);
//  - lists: at most LIMITS.listLength elements (`nodes(ids:)` among them);
//  - numbers (Float): finite and within ±1e15 (amounts are numeric(18, 2)).
// A violation in a mutation with a payload is a user error (`INVALID_INPUT`, `field` the input path, `key`
// "input.tooLong" | "input.forbiddenCharacters" | "input.tooMany" | "input.outOfRange", `params.max`) and nothing runs; anywhere else it is a
// BAD_USER_INPUT GraphQL error naming the argument path. Trimmed-empty strings are left to the use cases.
import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import type { UserErrorShape } from '../errors.ts';
import { LIMITS } from './config.ts';

/** Free-text fields by name, wherever they appear: multi-line, up to LIMITS.textLength. */
const TEXT_FIELD_NAMES = new Set(['reason', 'summary', 'description', 'findings', 'note', 'notes', 'comment', 'explanation', 'text', 'body']);
/** Bounds of particular fields (`InputType.field` or `Type.field.argument`), where the defaults do not fit. */
export const TEXT_BOUNDS: Record<string, { max: number; multiline: boolean }> = {};

const FLOAT_MAX = 1e15;

type Checker = (value: unknown, path: string[], out: UserErrorShape[]) => void;

// C0 controls except where allowed, DEL, C1 controls: matching them is the point of these expressions.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_SINGLE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_MULTI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Well-formed UTF-16: no lone surrogate (String.prototype.isWellFormed, Node 20; not yet in this TypeScript lib). */
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

function codePoints(s: string, max: number): number {
  if (s.length <= max) return s.length; // code points ≤ UTF-16 units
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function label(path: string[]): string {
  return path.join('.');
}

function stringChecker(bound: { max: number; multiline: boolean }): Checker {
  const forbidden = bound.multiline ? FORBIDDEN_MULTI : FORBIDDEN_SINGLE;
  return (value, path, out) => {
    if (typeof value !== 'string') return;
    if (!wellFormed(value) || forbidden.test(value)) {
      out.push({
        code: 'INVALID_INPUT',
        field: path,
        message: `${label(path)} contains characters that are not allowed (control characters${bound.multiline ? ' other than tab and line breaks' : ''}, or malformed Unicode).`,
        key: 'input.forbiddenCharacters',
        params: { max: bound.max },
      });
      return;
    }
    if (codePoints(value, bound.max) > bound.max) {
      out.push({ code: 'INVALID_INPUT', field: path, message: `${label(path)} is too long: at most ${bound.max} characters.`, key: 'input.tooLong', params: { max: bound.max } });
    }
  };
}

function jsonChecker(): Checker {
  const inner = stringChecker({ max: LIMITS.textLength, multiline: true });
  const walk = (v: unknown, path: string[], out: UserErrorShape[], depth: number): void => {
    if (out.length) return;
    if (depth > 20) {
      out.push({ code: 'INVALID_INPUT', field: path, message: `${label(path)} is nested too deeply.`, key: 'input.tooDeep', params: { max: 20 } });
      return;
    }
    if (typeof v === 'string') inner(v, path, out);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)], out, depth + 1));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
      inner(k, path, out);
      walk(x, [...path, k], out, depth + 1);
    }
  };
  return (value, path, out) => walk(value, path, out, 0);
}

const floatChecker: Checker = (value, path, out) => {
  if (typeof value === 'number' && !(Number.isFinite(value) && Math.abs(value) <= FLOAT_MAX)) {
    out.push({ code: 'INVALID_INPUT', field: path, message: `${label(path)} is out of range: at most ${FLOAT_MAX} in absolute value.`, key: 'input.outOfRange', params: { max: FLOAT_MAX } });
  }
};

/** The checker of a value of `type` at `where` ("Input.field" or "Type.field.arg"); null when nothing to check. */
function checkerFor(type: GraphQLInputType, where: string, name: string, seen: Map<string, Checker | null>): Checker | null {
  const t = getNullableType(type);
  if (isListType(t)) {
    const item = checkerFor(t.ofType, where, name, seen);
    return (value, path, out) => {
      if (!Array.isArray(value)) return item?.(value, path, out); // a single value coerced to a list
      if (value.length > LIMITS.listLength) {
        out.push({ code: 'INVALID_INPUT', field: path, message: `${label(path)} has too many elements: at most ${LIMITS.listLength}.`, key: 'input.tooMany', params: { max: LIMITS.listLength } });
        return;
      }
      if (item) for (let i = 0; i < value.length && out.length < 10; i++) item(value[i], [...path, String(i)], out);
    };
  }
  if (isInputObjectType(t)) {
    if (seen.has(t.name)) {
      // recursive input types: resolve lazily
      return (value, path, out) => seen.get(t.name)?.(value, path, out);
    }
    seen.set(t.name, null);
    const fields = Object.values(t.getFields())
      .map((f) => ({ name: f.name, check: checkerFor(f.type, `${t.name}.${f.name}`, f.name, seen) }))
      .filter((f): f is { name: string; check: Checker } => !!f.check);
    const check: Checker | null = fields.length
      ? (value, path, out) => {
          if (!value || typeof value !== 'object') return;
          const v = value as Record<string, unknown>;
          for (const f of fields) if (v[f.name] !== undefined && v[f.name] !== null) f.check(v[f.name], [...path, f.name], out);
        }
      : null;
    seen.set(t.name, check);
    return check;
  }
  if (isScalarType(t)) {
    if (t.name === 'String' || t.name === 'ID') {
      const text = TEXT_FIELD_NAMES.has(name);
      return stringChecker(TEXT_BOUNDS[where] ?? { max: text ? LIMITS.textLength : LIMITS.stringLength, multiline: text });
    }
    if (t.name === 'JSON') return jsonChecker();
    if (t.name === 'Float') return floatChecker;
  }
  return null;
}

/** Checks a field's arguments; null when the field takes nothing that needs checking. */
export function argumentsChecker(typeName: string, fieldName: string, args: readonly GraphQLArgument[]): ((args: Record<string, unknown>) => UserErrorShape[]) | null {
  const checks = args
    .map((a) => ({ name: a.name, check: checkerFor(a.type, `${typeName}.${fieldName}.${a.name}`, a.name, new Map()) }))
    .filter((a): a is { name: string; check: Checker } => !!a.check);
  if (!checks.length) return null;
  return (values) => {
    const out: UserErrorShape[] = [];
    for (const a of checks) {
      const v = values[a.name];
      if (v !== undefined && v !== null) a.check(v, [a.name], out);
    }
    return out;
  };
}
