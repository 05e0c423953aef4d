// Record- and field-level authorisation, applied from the matrix (access-matrix.ts) to the built schema.
// - Whether a record is visible (at a level) is decided in batches: every id asked for in the same turn of the
//   event loop joins one `findMany({ where: { AND: [{ id: { in: ids } }, scope] }, select: { id } })` per type
//   and scope, cached for the request; scoped lists mark their rows visible and need no query at all.
// - `node` and `nodes` answer null (in place) for a missing, invisible or malformed id, alike.
// - A field of a group above what the viewer may see of that record answers null (or an empty list); edges to
//   records the viewer may not see answer null, and lists of them leave those out.
// - Reads of personal data by staff, and denied attempts on records holding personal data, go to AccessLog.
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLFieldResolver, GraphQLNonNull, GraphQLObjectType, GraphQLOutputType, GraphQLSchema } from 'graphql';
import type { PrismaClient } from '@oryndau/db';
import type { Context } from '../context.ts';
import { canSeeChamber, scopeWhere } from '../access.ts';
import { FIELD_GROUPS, NODE_TYPES, fieldGroup, rank, visibleFrom, type Level, type NodeType } from '../access-matrix.ts';

const NODE_SET = new Set<string>(NODE_TYPES);
const HAS_PERSONAL = new Set<string>(NODE_TYPES.filter((t) => FIELD_GROUPS[t].personal.length > 0));
const delegate = (type: NodeType) => (type[0]!.toLowerCase() + type.slice(1)) as 'user';

// ---------------------------------------------------------------- the per-request loader

interface Batch {
  type: NodeType;
  where: Record<string, unknown>;
  ids: Map<string, ((ok: boolean) => void)[]>;
}

export class AccessLoader {
  /** `${type}|${scope}|${id}` → visible */
  private readonly results = new Map<string, Promise<boolean> | boolean>();
  private readonly scopes = new Map<string, { where: Record<string, unknown>; key: string; all: boolean; none: boolean }>();
  private readonly pending = new Map<string, Batch>();
  private scheduled = false;
  private readonly logged = new Set<string>();
  /** `${type}:${id}` → the level a scoped list or a use case showed it at */
  private readonly marked = new Map<string, number>();

  constructor(private readonly ctx: Context) {}

  private scope(type: NodeType, level: Level) {
    const k = `${type}|${level}`;
    let s = this.scopes.get(k);
    if (!s) {
      const where = scopeWhere(type, this.ctx.viewer, level);
      const key = JSON.stringify(where);
      s = { where, key, all: key === '{}', none: key === '{"id":{"in":[]}}' };
      this.scopes.set(k, s);
    }
    return s;
  }

  /** Whether the viewer sees the record at least at `level` (and, with `mustExist`, that it exists); batched with every other id asked for now. */
  atLeast(type: NodeType, id: string, level: Level, mustExist = false): Promise<boolean> | boolean {
    if (rank(level) <= 0 && !mustExist) return true;
    if ((this.marked.get(`${type}:${id}`) ?? -1) >= rank(level)) return true;
    const s = this.scope(type, level);
    if (s.all && !mustExist) return true;
    if (rank(level) <= rank('INTERNAL') && this.ctx.visible.has(`${type}:${id}`)) return true;
    if (s.none) return false;
    const rk = `${type}|${s.key}|${id}`;
    const known = this.results.get(rk);
    if (known !== undefined) return known;
    const p = new Promise<boolean>((resolve) => {
      const bk = `${type}|${s.key}`;
      let batch = this.pending.get(bk);
      if (!batch) this.pending.set(bk, (batch = { type, where: s.where, ids: new Map() }));
      const waiting = batch.ids.get(id) ?? [];
      waiting.push(resolve);
      batch.ids.set(id, waiting);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
    // once decided, the answer is a plain boolean: every later field of the record resolves synchronously
    // (a settled promise would still make graphql-js complete each field of each row asynchronously)
    this.results.set(rk, p.then((ok) => (this.results.set(rk, ok), ok)));
    return this.results.get(rk)!;
  }

  /** Records a scoped list returned: visible at `level` without a query. */
  mark(type: NodeType, ids: string[], level: Level) {
    // a higher level whose scope is the same filter (an applicant's own records: INTERNAL and PERSONAL alike) is shown too
    const key = this.scope(type, level).key;
    if (level === 'INTERNAL' && this.scope(type, 'PERSONAL').key === key) level = 'PERSONAL';
    for (const id of ids) this.marked.set(`${type}:${id}`, Math.max(rank(level), this.marked.get(`${type}:${id}`) ?? -1));
    if (rank(level) >= rank('INTERNAL')) for (const id of ids) this.ctx.visible.add(`${type}:${id}`);
  }

  private async flush() {
    this.scheduled = false;
    const batches = [...this.pending.values()];
    this.pending.clear();
    await Promise.all(
      batches.map(async (b) => {
        const ids = [...b.ids.keys()];
        let found = new Set<string>();
        try {
          const rows = await (this.ctx.db.prisma[delegate(b.type)] as unknown as { findMany(a: unknown): Promise<{ id: string }[]> }).findMany({
            where: { AND: [{ id: { in: ids } }, b.where] },
            select: { id: true },
          });
          found = new Set(rows.map((r) => r.id));
        } catch (err) {
          console.error('[oryndau] access check failed', err); // denies: never shows what could not be checked
        }
        for (const [id, waiting] of b.ids) for (const w of waiting) w(found.has(id));
      }),
    );
  }

  /** Logs a staff read of personal data or a denied attempt, once per record and request. */
  log(action: 'READ_PERSONAL' | 'DENIED', entityType: string, entityId: string, fieldGroup: 'PERSONAL' | 'RECORD') {
    const viewer = this.ctx.viewer;
    if (action === 'READ_PERSONAL') {
      if (!viewer || !viewer.grants.some((g) => g.role !== 'APPLICANT')) return; // the applicant reading their own
      if (entityType === 'User' && entityId === viewer.id) return;
    }
    const k = `${action}|${entityType}|${entityId}|${fieldGroup}`;
    if (this.logged.has(k)) return;
    this.logged.add(k);
    accessLogWriter(this.ctx.db.prisma).push({
      at: this.ctx.now(), actorId: viewer?.id ?? null, actorLogin: viewer?.login ?? null, action, entityType, entityId, fieldGroup, requestId: this.ctx.requestId,
    });
  }
}

const loaders = new WeakMap<Set<string>, AccessLoader>();
/** The request's loader (keyed by the request's own `visible` set). */
export function accessOf(ctx: Context): AccessLoader {
  let l = loaders.get(ctx.visible);
  if (!l) loaders.set(ctx.visible, (l = new AccessLoader(ctx)));
  return l;
}

// ---------------------------------------------------------------- the access log

interface AccessLogEntry {
  at: Date;
  actorId: string | null;
  actorLogin: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fieldGroup: string;
  requestId: string | null;
}

/** Batched inserts, off the request's path; a failed batch is retried once, then printed in full (never dropped silently). */
class AccessLogWriter {
  private buffer: AccessLogEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  constructor(private readonly prisma: PrismaClient) {}

  push(e: AccessLogEntry) {
    this.buffer.push(e);
    if (this.buffer.length >= 500) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), 25);
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const data = this.buffer;
    this.buffer = [];
    if (!data.length) return this.inFlight;
    const write = async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.prisma.accessLog.createMany({ data });
          return;
        } catch (err) {
          if (attempt >= 1) {
            console.error('[oryndau] access log entries could not be written', { err, entries: data });
            return;
          }
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    };
    this.inFlight = this.inFlight.then(write);
    return this.inFlight;
  }
}

const writers = new WeakMap<PrismaClient, AccessLogWriter>();
function accessLogWriter(prisma: PrismaClient): AccessLogWriter {
  let w = writers.get(prisma);
  if (!w) writers.set(prisma, (w = new AccessLogWriter(prisma)));
  return w;
}
/** Writes what is buffered now (tests, shutdown). */
export function flushAccessLog(prisma: PrismaClient): Promise<void> {
  return accessLogWriter(prisma).flush();
}

// ---------------------------------------------------------------- helpers for the schema modules

/** The type-level check of a node type: visible at the least level its fields need. */
export function recordAuthScopes(typeName: NodeType) {
  return (record: { id: string }, ctx: Context) => cheapVisible(ctx, typeName, record) || accessOf(ctx).atLeast(typeName, record.id, visibleFrom(typeName));
}

/** Rows a scoped list returned are visible (at `level`, INTERNAL by default) for the rest of the request. */
export function markVisible(ctx: Context, typeName: NodeType, rows: { id: string }[], level: Level = 'INTERNAL') {
  accessOf(ctx).mark(typeName, rows.map((r) => r.id), level);
}

// ---------------------------------------------------------------- applying the matrix to the schema

type Resolver = GraphQLFieldResolver<unknown, Context, Record<string, unknown>>;
const defaultResolve: Resolver = (source, _args, _ctx, info) => (source as Record<string, unknown> | null)?.[info.fieldName];

// graphql may be loaded twice (ESM and CommonJS copies, e.g. under Vitest): tell types apart by their tag, not instanceof
const tag = (t: unknown) => (t as { [Symbol.toStringTag]?: string })[Symbol.toStringTag];
const isNonNullType = (t: GraphQLOutputType): t is GraphQLNonNull<GraphQLOutputType> => tag(t) === 'GraphQLNonNull';
const isListType = (t: GraphQLOutputType) => tag(t) === 'GraphQLList';
const getNamedType = (t: GraphQLOutputType): { name: string } => {
  let x = t as unknown as { ofType?: unknown; name?: string };
  while (x.ofType) x = x.ofType as typeof x;
  return x as { name: string };
};

const emptyFor = (type: GraphQLOutputType) => (isListType(isNonNullType(type) ? type.ofType : type) ? [] : null);
const isConnection = (type: GraphQLOutputType) => getNamedType(type).name.endsWith('Connection');

// read path: the wrappers below answer synchronously when the answer is known (a marked row, a decided id, a
// plain value): a promise per field per row is what made graphql-js complete every row asynchronously
const isThenable = (v: unknown): v is PromiseLike<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';
function after<T, R>(value: T | PromiseLike<T>, next: (v: T) => R | PromiseLike<R>): R | PromiseLike<R> {
  return isThenable(value) ? value.then(next) : next(value);
}

function visibleValue(ctx: Context, type: NodeType, value: unknown): boolean | Promise<boolean> {
  const id = (value as { id?: string } | null)?.id;
  return !!id && (cheapVisible(ctx, type, value) || accessOf(ctx).atLeast(type, id, visibleFrom(type)));
}

/**
 * Decided from the record itself, without a query, where the matrix makes that certain: an assignment is
 * INTERNAL to its chamber's officials and to inspectors (SAME_BODY / OTHER cells), e.g. the one an official has
 * just made (the assignment path stays free of an extra statement).
 */
function cheapVisible(ctx: Context, type: NodeType, record: unknown): boolean {
  if (type === 'Assignment') {
    const chamberId = (record as { chamberId?: string }).chamberId;
    return !!chamberId && canSeeChamber(ctx.viewer, chamberId);
  }
  return false;
}

function guardField(parentType: NodeType, group: 'INTERNAL' | 'PERSONAL', resolve: Resolver, empty: unknown): Resolver {
  return (source, args, ctx, info) => {
    const id = (source as { id?: string }).id;
    const access = accessOf(ctx);
    return after(!!id && access.atLeast(parentType, id, group), (ok) => {
      if (!ok) {
        if (group === 'PERSONAL' && id) access.log('DENIED', parentType, id, 'PERSONAL');
        return empty;
      }
      if (group === 'PERSONAL') access.log('READ_PERSONAL', parentType, id!, 'PERSONAL');
      return resolve(source, args, ctx, info);
    });
  };
}

function filterEdge(target: NodeType, resolve: Resolver, nullable: boolean): Resolver {
  return (source, args, ctx, info) =>
    after(resolve(source, args, ctx, info), (value: unknown) => {
      if (value == null) return value;
      if (Array.isArray(value)) {
        const ok = value.map((v) => visibleValue(ctx, target, v));
        if (!ok.some(isThenable)) return value.filter((_v, i) => ok[i]);
        return Promise.all(ok).then((known) => value.filter((_v, i) => known[i]));
      }
      if (!nullable) return value; // the type's own check answers for a required edge
      return after(visibleValue(ctx, target, value), (ok) => (ok ? value : null));
    });
}

function decodeNodeId(id: unknown): { typename: NodeType; id: string } | null {
  try {
    const d = decodeGlobalID(String(id));
    return NODE_SET.has(d.typename) && d.id ? { typename: d.typename as NodeType, id: d.id } : null;
  } catch {
    return null;
  }
}

async function visibleNodeId(ctx: Context, raw: unknown): Promise<boolean> {
  const d = decodeNodeId(raw);
  if (!d) return false;
  const ok = await accessOf(ctx).atLeast(d.typename, d.id, visibleFrom(d.typename), true);
  if (!ok && HAS_PERSONAL.has(d.typename)) accessOf(ctx).log('DENIED', d.typename, d.id, 'RECORD');
  return ok;
}

/** Applies the matrix to the built schema: field groups, edges, `node` and `nodes`. */
export function applyAccess(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (tag(type) !== 'GraphQLObjectType' || type.name.startsWith('__')) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      let resolve: Resolver = (field.resolve as Resolver | undefined) ?? defaultResolve;
      const target = getNamedType(field.type).name;
      if (type.name === 'Query' && field.name === 'node') {
        const inner = resolve;
        resolve = async (s, args, ctx, info) => ((await visibleNodeId(ctx, args.id)) ? inner(s, args, ctx, info) : null);
      } else if (type.name === 'Query' && field.name === 'nodes') {
        const inner = resolve;
        resolve = async (s, args, ctx, info) => {
          const ids = (args.ids as unknown[]) ?? [];
          const ok = await Promise.all(ids.map((id) => visibleNodeId(ctx, id)));
          const shown = ids.filter((_id, i) => ok[i]);
          const found = shown.length ? ((await inner(s, { ...args, ids: shown }, ctx, info)) as unknown[]) : [];
          let j = 0;
          return ids.map((_id, i) => (ok[i] ? (found[j++] ?? null) : null));
        };
      } else if (NODE_SET.has(target) && !isConnection(field.type)) {
        resolve = filterEdge(target as NodeType, resolve, !isNonNullType(field.type));
      }
      if (NODE_SET.has(type.name) && !isConnection(field.type)) {
        const group = fieldGroup(type.name, field.name);
        const from = visibleFrom(type.name as NodeType);
        if (group && group !== 'PUBLIC' && rank(group) > rank(from)) {
          const empty = emptyFor(field.type);
          resolve = guardField(type.name as NodeType, group, resolve, empty);
          // a field that may answer null for this viewer is nullable (lists answer empty instead)
          if (empty === null && isNonNullType(field.type)) field.type = field.type.ofType;
        }
      }
      field.resolve = resolve;
    }
  }
  return schema;
}

