// The machinery of a transition table: one table per status column, every edge described with its rule ids,
// and the only functions that produce a `NextStatus` — the branded status every write of a status column takes.

declare const nextStatusBrand: unique symbol;

/**
 * A status that a transition table produced for entity `E`. Only `transition`, `initialStatus` and
 * `unchangedStatus` return one; a plain string literal is not a `NextStatus`, so code that writes a status
 * must ask the table first. (`apps/api/test/status-writes.test.ts` checks every write of a status column in the
 * API and the packages with the type checker.)
 */
export type NextStatus<E extends string = string, S extends string = string> = S & { readonly [nextStatusBrand]: E };

export interface Edge<S extends string, C> {
  to: S;
  /** why the edge exists, in plain words */
  why: string;
  /** the DOMAIN.md rule ids behind it ("E4", "CH3"); "—" where the law is silent and the choice is ours */
  rules: readonly string[];
  /** a further condition: returns the reason it does not hold (with its rule), or null */
  unless?: (ctx: C) => { why: string; rule: string } | null;
}

export interface TransitionTable<E extends string, S extends string, C = Record<string, never>> {
  /** the entity, e.g. "application" */
  entity: E;
  /** the model and column written, e.g. "ServiceApplication.status" */
  column: string;
  /** every status, with what it means */
  statuses: Readonly<Record<S, string>>;
  /** the statuses a record may be created in, each with why */
  initial: readonly Edge<S, C>[];
  /** from each status, the edges out of it (none: a final status) */
  edges: Readonly<Record<S, readonly Edge<S, C>[]>>;
}

export type AnyTable = TransitionTable<string, string, never>;
export type StatusOf<T> = T extends TransitionTable<string, infer S, never> ? S : never;
export type EntityOf<T> = T extends TransitionTable<infer E, string, never> ? E : never;
export type ContextOf<T> = T extends TransitionTable<string, string, infer C> ? C : never;

export interface TransitionError<S extends string = string> {
  code: 'INVALID_TRANSITION';
  entity: string;
  /** null: the record is being created */
  from: S | null;
  to: S;
  /** the statuses reachable from `from` (with the context given) */
  allowed: S[];
  /** the rule that forbids it, when one does ("A11"); null when the edge is simply not in the table */
  rule: string | null;
  message: string;
}

export type TransitionResult<E extends string, S extends string> =
  | { ok: true; status: NextStatus<E, S>; edge: Edge<S, unknown> }
  | { ok: false; error: TransitionError<S> };

function brand<E extends string, S extends string>(status: S): NextStatus<E, S> {
  return status as NextStatus<E, S>;
}

function edgesFrom<E extends string, S extends string, C>(table: TransitionTable<E, S, C>, from: S | null): readonly Edge<S, C>[] {
  if (from === null) return table.initial;
  const edges = table.edges[from];
  if (!edges) throw new RangeError(`${table.entity}: unknown status ${String(from)}`);
  return edges;
}

/** The statuses reachable from `from` (null: at creation) under `ctx`. */
export function allowedNext<E extends string, S extends string, C>(table: TransitionTable<E, S, C>, from: S | null, ctx?: C): S[] {
  return edgesFrom(table, from)
    .filter((e) => !e.unless || e.unless((ctx ?? {}) as C) === null)
    .map((e) => e.to);
}

/**
 * May a record of `table` move from `from` to `to` (`from` null: be created in `to`)? Returns the next status,
 * branded for the write, or why not: the edge is not in the table, or its condition fails (with the rule).
 */
export function transition<E extends string, S extends string, C>(
  table: TransitionTable<E, S, C>,
  from: S | null,
  to: S,
  ctx?: C,
): TransitionResult<E, S> {
  if (!(to in table.statuses)) throw new RangeError(`${table.entity}: unknown status ${String(to)}`);
  const edge = edgesFrom(table, from).find((e) => e.to === to);
  const allowed = allowedNext(table, from, ctx);
  const blocked = edge?.unless?.((ctx ?? {}) as C) ?? null;
  if (edge && !blocked) return { ok: true, status: brand<E, S>(to), edge: edge as Edge<S, unknown> };
  const what = from === null ? `be created as ${to}` : `move from ${from} to ${to}`;
  return {
    ok: false,
    error: {
      code: 'INVALID_TRANSITION',
      entity: table.entity,
      from,
      to,
      allowed,
      rule: blocked?.rule ?? null,
      message: `${/^[aeiou]/.test(table.entity) ? 'An' : 'A'} ${table.entity} cannot ${what}.${blocked ? ` ${blocked.why} (${blocked.rule}).` : ''}${allowed.length ? ` Allowed: ${allowed.join(', ')}.` : ` ${from} is final.`}`,
    },
  };
}

/** `transition(table, null, to)`: the status a new record is created in. */
export function initialStatus<E extends string, S extends string, C>(table: TransitionTable<E, S, C>, to: S, ctx?: C): TransitionResult<E, S> {
  return transition(table, null, to, ctx);
}

/**
 * The status a record keeps, for writes that record it without changing it (a stage of an application records
 * the status the application has at that stage). Checks only that `status` is a status of the table.
 */
export function unchangedStatus<E extends string, S extends string, C>(table: TransitionTable<E, S, C>, status: S): NextStatus<E, S> {
  if (!(status in table.statuses)) throw new RangeError(`${table.entity}: unknown status ${String(status)}`);
  return brand<E, S>(status);
}

/** Like `transition`, throwing a `TransitionRefused` (for pure code; the API turns results into user errors). */
export function nextStatus<E extends string, S extends string, C>(table: TransitionTable<E, S, C>, from: S | null, to: S, ctx?: C): NextStatus<E, S> {
  const r = transition(table, from, to, ctx);
  if (!r.ok) throw new TransitionRefused(r.error);
  return r.status;
}

export class TransitionRefused extends Error {
  constructor(readonly error: TransitionError) {
    super(error.message);
    this.name = 'TransitionRefused';
  }
}

/** Is `status` final (no edge out of it)? */
export function isFinal<S extends string>(table: TransitionTable<string, S, never>, status: S): boolean {
  return (table.edges[status] ?? []).length === 0;
}

/** Every (from, to) pair of the table's statuses, creation (from = null) included: for the tests that walk them all. */
export function everyPair<S extends string>(table: TransitionTable<string, S, never>): Array<[S | null, S]> {
  const statuses = Object.keys(table.statuses) as S[];
  const out: Array<[S | null, S]> = [];
  for (const from of [null, ...statuses]) for (const to of statuses) out.push([from, to]);
  return out;
}
