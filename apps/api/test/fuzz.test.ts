// Issue 8, part 5: a property test over the whole schema. Operations are built from the schema itself (every
// query and mutation field), their arguments generated from their types — valid values from the demo data
// (real global ids, enum values, dates), boundary values and hostile ones (empty, too long, NUL, lone
// surrogates, wrong types through variables, huge numbers, negative pages) — and sent as every demo role and
// anonymously. Properties: no INTERNAL_SERVER_ERROR; no IIN/BIN (12 digits) or address in any error message
// that the request did not send itself; no write from any refused operation (queries never write; a batch of
// mutations that were all refused leaves every table as it was).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { schema } from '../src/schema/index.ts';
import { LIMITS } from '../src/limits/index.ts';
import { iin } from './fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CONCURRENCY = 12;
const LOGINS = ['aigerim', 'timur', 'kazlogistics', 'chamber.almaty', 'chamber.astana', 'bailiff', 'bailiff.astana', 'inspector', 'quality', 'justice.almaty', 'statebailiff.almaty', 'commission.almaty', 'licensing', 'admin'];

let api: TestApi;
const tokens = new Map<string, string | null>();
/** global ids of demo records, by GraphQL type */
const ids = new Map<string, string[]>();
const rawIds = new Map<string, string[]>();
let addresses: string[] = [];

// --- a seeded random source, so that a failure can be replayed (FUZZ_SEED) -----------------------------------
let state = SEED >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const chance = (p: number) => random() < p;

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const NODE_TYPES = ['ExecutiveDocument', 'Assignment', 'PrivateBailiff', 'Licence', 'BreachDecision', 'Chamber', 'Region', 'EnforcementDistrict', 'ServiceApplication', 'EnforcementProceeding', 'Inspection', 'User'];
const ID_FIELDS: Record<string, string> = {
  documentId: 'ExecutiveDocument', bailiffId: 'PrivateBailiff', chamberId: 'Chamber', licenceId: 'Licence', proceedingId: 'EnforcementProceeding',
  breachDecisionId: 'BreachDecision', inspectionId: 'Inspection', districtId: 'EnforcementDistrict', applicationId: 'ServiceApplication', assignmentId: 'Assignment',
};

beforeAll(async () => {
  api = await startTestApi();
  for (const login of LOGINS) tokens.set(login, await api.login(login));
  tokens.set('anonymous', null);
  const prisma = api.services.db.prisma as unknown as Record<string, { findMany(a: unknown): Promise<{ id: string }[]> }>;
  for (const type of [...NODE_TYPES, 'BailiffAvailability']) {
    const rows = await prisma[type[0]!.toLowerCase() + type.slice(1)]!.findMany({ select: { id: true }, take: 12 });
    rawIds.set(type, rows.map((r) => r.id));
    ids.set(type, rows.map((r) => gid(type, r.id)));
  }
  const people = await api.services.db.prisma.person.findMany({ where: { address: { not: null } }, select: { address: true } });
  const docs = await api.services.db.prisma.executiveDocument.findMany({ select: { debtorAddress: true } });
  addresses = [...new Set([...people.map((p) => p.address!), ...docs.map((d) => d.debtorAddress)])].filter((a) => a.length >= 8);
});
afterAll(async () => {
  await api?.close();
});

// --- values --------------------------------------------------------------------------------------------------
const HOSTILE_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', 'a\ud800b', '\udc00', '\ud83d', 'x'.repeat(LIMITS.stringLength), 'x'.repeat(LIMITS.stringLength + 1), 'я'.repeat(LIMITS.textLength),
  'я'.repeat(LIMITS.textLength + 1), '\'; DROP TABLE "User"; --', '\u202eevil', '😀'.repeat(50), '\n\r\t', '\u001b[31m', '%00', '${7*7}', '<script>alert(1)</script>', '0'.repeat(12), 'null',
];
const WRONG_TYPES: unknown[] = [42, -1, true, {}, [], { a: 1 }, 1e308, 'x'];

type Mode = 'valid' | 'mixed' | 'hostile';

function validString(name: string): string {
  if (/idNumber|iin|bin/i.test(name)) return iin(pick(['850303', '900101', '010240']), pick([3, 4, 5, 6]));
  if (/login/i.test(name)) return pick([...LOGINS, 'nobody']);
  if (/phone/i.test(name)) return '+77010000000';
  if (/email/i.test(name)) return 'claimant@example.kz';
  if (/address/i.test(name)) return 'Satpayev st 5, apt 12';
  if (/court/i.test(name)) return 'Medeu District Court of Almaty';
  if (/caseNumber|number/i.test(name)) return '2-1234/2026';
  if (/name/i.test(name)) return pick(['Debtor Dauletov', 'Government decree No. 123 of 2026-10-01', 'ТОО «Каз»']);
  if (/after|before|cursor/i.test(name)) return Buffer.from(pick(['GPC:S:x', 'bogus', '1'])).toString('base64');
  return pick(['Reason stated in full.', 'Findings: none.\nSecond line.', 'Причина']);
}

function validId(name: string): string {
  const type = ID_FIELDS[name];
  if (name === 'availabilityId') return pick(rawIds.get('BailiffAvailability')?.length ? rawIds.get('BailiffAvailability')! : ['x']);
  const pool = type ? ids.get(type)! : ids.get(pick(NODE_TYPES))!;
  return pool.length ? pick(pool) : gid(type ?? 'Region', '00000000-0000-0000-0000-000000000000');
}

function hostileId(): unknown {
  return pick([
    gid(pick(NODE_TYPES), '00000000-0000-0000-0000-000000000000'), gid('Nope', '1'), gid(pick(NODE_TYPES), 'not-a-uuid'), pick(ids.get(pick(NODE_TYPES))!.length ? ids.get(pick(NODE_TYPES))! : ['x']),
    'x', '', 'Zm9v', '===', pick(HOSTILE_STRINGS), pick(WRONG_TYPES),
  ]);
}

function scalarValue(type: GraphQLNamedType, name: string, mode: Mode): unknown {
  const bad = mode === 'hostile' || (mode === 'mixed' && chance(0.2));
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return bad ? pick([...values, 'NOT_A_VALUE', values[0]!.toLowerCase(), 3, '']) : pick(values);
  }
  switch (type.name) {
    case 'String':
      return bad ? pick(chance(0.8) ? HOSTILE_STRINGS : WRONG_TYPES) : validString(name);
    case 'ID':
      return bad ? hostileId() : validId(name);
    case 'Int':
      if (/first|last/.test(name)) return bad ? pick([-1, 0, 101, 100_000, 2 ** 31, 1.5, '5']) : pick([1, 5, 20, 100]);
      if (/year/.test(name)) return bad ? pick([0, -1, 99999, 2 ** 31 - 1, 1.5]) : pick([2025, 2026]);
      if (/limit/.test(name)) return bad ? pick([0, -1, 5001, 2 ** 31 - 1]) : pick([1, 10]);
      return bad ? pick([-1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1.5, '5', 1e308]) : pick([0, 1, 3, 10]);
    case 'Float':
      return bad ? pick([-1, 0, 1e300, 1e16, 9.99e15, 0.001, 'x', -1e308]) : pick([100_000, 1_250_000, 5_000_000]);
    case 'Boolean':
      return bad ? pick(['true', 1, null]) : chance(0.5);
    case 'Date':
      return bad ? pick(['2026-02-30', '0000-01-01', '9999-12-31', '', 'x', 20260101, '2026-1-1', '1899-12-31', '3000-01-01']) : pick(['2026-10-01', '2026-11-02', '2026-12-01', '2027-01-15']);
    case 'DateTime':
      return bad ? pick(['-000001-01-01T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', 'yesterday', '2026', '', 0, '2026-03-02T04:15:00']) : pick(['2026-03-02T04:15:00.000Z', '2026-11-30T12:00:00Z', '2026-12-01T03:00:00+05:00']);
    case 'JSON':
      return bad ? pick([{ a: '\u0000' }, ['\ud800'], 'x'.repeat(5000)]) : { a: 1 };
    default:
      return null;
  }
}

function inputValue(type: GraphQLInputType, name: string, mode: Mode, depth = 0): unknown {
  if (mode !== 'valid' && chance(mode === 'hostile' ? 0.08 : 0.02)) return null; // also for non-null: a coercion error
  const t = getNullableType(type);
  if (isListType(t)) {
    const n = mode !== 'valid' && chance(0.1) ? pick([0, LIMITS.listLength, LIMITS.listLength + 1]) : pick([0, 1, 1, 2, 3]);
    if (n > 10) {
      const one = inputValue(t.ofType, name, 'valid', depth + 1);
      return Array.from({ length: n }, () => one);
    }
    return Array.from({ length: n }, () => inputValue(t.ofType, name, mode, depth + 1));
  }
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      if (!required && !chance(0.6)) continue;
      if (required && mode !== 'valid' && chance(0.03)) continue; // a required field missing
      out[f.name] = inputValue(f.type, f.name, mode, depth + 1);
    }
    if (mode === 'hostile' && chance(0.05)) out.unknownField = 'x';
    return out;
  }
  return scalarValue(t as GraphQLNamedType, name, mode);
}

// --- selections ----------------------------------------------------------------------------------------------
function leaves(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)))
    .map((f) => f.name);
}

function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isAbstractType(named)) {
    const possible = schema.getPossibleTypes(named);
    const on = pick(possible);
    return `{ __typename ... on ${on.name} ${selection(on, depth)} }`;
  }
  const object = named as GraphQLObjectType;
  const fields = object.getFields();
  if ('edges' in fields && 'pageInfo' in fields) {
    const node = getNamedType((getNamedType(fields.edges!.type) as GraphQLObjectType).getFields().node!.type) as GraphQLObjectType;
    return `{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${leaves(node).join(' ')} } } }`;
  }
  const parts = leaves(object);
  if (depth < 1) {
    const composites = Object.values(fields).filter((f) => !isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)));
    for (let i = 0; i < 2 && composites.length; i++) {
      const f = pick(composites);
      if (f.name === 'evenness' && !chance(0.1)) continue; // the chain replay: dear, rarely
      const sub = selection(f.type, depth + 1);
      if (!parts.some((p) => p.startsWith(`${f.name} `))) parts.push(`${f.name} ${sub}`);
    }
  }
  if ('userErrors' in fields && !parts.some((p) => p.startsWith('userErrors'))) parts.push('userErrors { code field key message params }');
  return `{ ${parts.join(' ') || '__typename'} }`;
}

function typeString(t: GraphQLInputType): string {
  return t.toString();
}

interface Operation {
  kind: 'query' | 'mutation';
  mode: Mode;
  field: string;
  as: string;
  body: string;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Operation {
  const mode: Mode = pick(['valid', 'valid', 'mixed', 'mixed', 'hostile']);
  const vars: Record<string, unknown> = {};
  const defs: string[] = [];
  const args: string[] = [];
  for (const [i, a] of field.args.entries()) {
    const required = isNonNullType(a.type);
    if (!required && !chance(0.5)) continue;
    const value = inputValue(a.type, a.name, mode);
    defs.push(`$v${i}: ${typeString(a.type)}`);
    args.push(`${a.name}: $v${i}`);
    vars[`v${i}`] = value;
  }
  const query = `${kind} Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(field.type, 0)} }`;
  return { kind, mode, field: field.name, as: pick([...LOGINS, 'anonymous', 'anonymous']), body: JSON.stringify({ query, variables: vars }) };
}

interface Outcome {
  op: Operation;
  status: number;
  refused: boolean;
  errors: { message: string; extensions?: { code?: string } }[];
  userErrors: { message: string }[];
}

const timings = new Map<string, number[]>();
async function send(op: Operation): Promise<Outcome> {
  const token = tokens.get(op.as);
  const started = performance.now();
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: op.body });
  const json = (await res.json()) as { data?: Record<string, { userErrors?: { message: string }[] } | null> | null; errors?: Outcome['errors'] };
  const payload = json.data?.[op.field];
  const userErrors = (payload && typeof payload === 'object' && !Array.isArray(payload) && payload.userErrors) || [];
  const errors = json.errors ?? [];
  const list = timings.get(op.field) ?? [];
  list.push(performance.now() - started);
  timings.set(op.field, list);
  return { op, status: res.status, refused: errors.length > 0 || userErrors.length > 0, errors, userErrors };
}

/** Every table's row count, and the latest change where a table records one: what any write would move. */
let fingerprintSql = '';
async function fingerprint(): Promise<string> {
  if (!fingerprintSql) {
    const tables = await api.services.db.prisma.$queryRaw<{ table_name: string; has_updated: boolean }[]>`
      SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'updatedAt') AS has_updated
      FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name NOT IN ('_prisma_migrations', 'AccessLog', 'DashboardCounter', 'DashboardDelta', 'StatusCheckCounter') ORDER BY 1`; // written by reads by design: AccessLog logs reads of personal data (issue 8); the dashboards' compaction folds deltas into counters off the request's path, the sum unchanged (issue 11); the public status check counts every attempt for its rate limit (issue 10)
    fingerprintSql = `SELECT concat_ws(',', ${tables.map((t) => `(SELECT count(*)${t.has_updated ? ` || '/' || coalesce(max("updatedAt")::text, '')` : ''} FROM "${t.table_name}")`).join(', ')}) AS f`;
  }
  const rows = await api.services.db.prisma.$queryRawUnsafe<{ f: string }[]>(fingerprintSql);
  return rows[0]!.f;
}

describe('the whole schema, fuzzed', () => {
  it(`${OPERATIONS} generated operations as every role: no internal error, no personal data in errors, no write from a refused one`, { timeout: 900_000 }, async () => {
    const queryFields = Object.values(schema.getQueryType()!.getFields());
    const mutationFields = Object.values(schema.getMutationType()!.getFields());
    const queries: Operation[] = [];
    const mutations: Operation[] = [];
    for (let i = 0; i < OPERATIONS; i++) {
      // every field at least once per role-independent round, then at random
      const isMutation = i % 5 < 2;
      const fields = isMutation ? mutationFields : queryFields;
      const field = i < (queryFields.length + mutationFields.length) * 5 ? fields[Math.floor(i / 5) % fields.length]! : pick(fields);
      (isMutation ? mutations : queries).push(operation(isMutation ? 'mutation' : 'query', field));
    }
    const internal: Outcome[] = [];
    const leaks: { op: Operation; message: string }[] = [];
    const writes: Operation[][] = [];
    const codes = new Map<string, number>();
    let refusedCount = 0;
    const inspect = (o: Outcome) => {
      if (o.refused) refusedCount++;
      for (const e of o.errors) {
        const code = e.extensions?.code ?? 'NONE';
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code === 'INTERNAL_SERVER_ERROR' || o.status >= 500) internal.push(o);
      }
      if (o.status >= 500 && !o.errors.length) internal.push(o);
      for (const m of [...o.errors.map((e) => e.message), ...o.userErrors.map((e) => e.message)]) {
        const twelve = [...m.matchAll(/(?<!\d)\d{12}(?!\d)/g)].map((x) => x[0]).filter((d) => !o.op.body.includes(d));
        const address = addresses.find((a) => m.includes(a) && !o.op.body.includes(a));
        if (twelve.length || address) leaks.push({ op: o.op, message: m });
      }
    };

    const t0 = performance.now();
    // queries, concurrently: they never write
    const before = await fingerprint();
    const fp = performance.now();
    await fingerprint();
    const fingerprintMs = performance.now() - fp;
    for (let i = 0; i < queries.length; i += CONCURRENCY) (await Promise.all(queries.slice(i, i + CONCURRENCY).map(send))).forEach(inspect);
    expect(await fingerprint(), 'a query wrote').toBe(before);
    const queriesSeconds = (performance.now() - t0) / 1000;
    // mutations, in concurrent batches: a batch that was refused entirely leaves every table as it was (the
    // anonymous and hostile ones first, together: most of their batches are refused entirely, so checked)
    const likelyRefused = (o: Operation) => (o.as === 'anonymous' ? 0 : o.mode === 'hostile' ? 1 : 2);
    mutations.sort((a, b) => likelyRefused(a) - likelyRefused(b));
    let checkedBatches = 0;
    for (let i = 0; i < mutations.length; i += CONCURRENCY) {
      const start = await fingerprint();
      const outcomes = await Promise.all(mutations.slice(i, i + CONCURRENCY).map(send));
      outcomes.forEach(inspect);
      if (outcomes.every((o) => o.refused)) {
        checkedBatches++;
        if ((await fingerprint()) !== start) writes.push(outcomes.map((o) => o.op));
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `fuzz: ${queries.length + mutations.length} operations (${queries.length} queries, ${mutations.length} mutations; seed ${SEED}) in ${seconds.toFixed(1)} s; ` +
        `${refusedCount} refused; ${checkedBatches} all-refused mutation batches checked for writes; error codes ${JSON.stringify(Object.fromEntries(codes))}; ` +
        `queries ${queriesSeconds.toFixed(1)} s, one fingerprint ${fingerprintMs.toFixed(0)} ms; ${internal.length} internal errors, ${leaks.length} personal data in errors, ${writes.length} writes from refused batches`,
    );
    if (process.env.FUZZ_TIMINGS) {
      const rows = [...timings].map(([f, t]) => [f, t.reduce((a, b) => a + b, 0) / t.length, t.length] as const).sort((a, b) => b[1] - a[1]);
      console.log(rows.map(([f, avg, n]) => `${f} ${avg.toFixed(0)} ms × ${n}`).join('\n'));
    }
    const show = (o: Operation) => `${o.as}: ${o.body.slice(0, 600)}`;
    expect(internal.slice(0, 5).map((o) => `${show(o.op)} → ${o.status} ${JSON.stringify(o.errors).slice(0, 300)}`)).toEqual([]);
    expect(leaks.slice(0, 5).map((l) => `${show(l.op)} → ${l.message}`)).toEqual([]);
    expect(writes.slice(0, 2).map((b) => b.map(show))).toEqual([]);
    expect(queries.length + mutations.length).toBeGreaterThanOrEqual(OPERATIONS);
    expect(checkedBatches).toBeGreaterThan(10);
  });
});
