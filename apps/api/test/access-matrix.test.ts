// Generated from the access matrix (src/access-matrix.ts): signs in as every role of the demo data (and as
// nobody), finds a record of every type in every relationship the matrix names for that role (creating through
// the API what the demo data lacks: assignments, a case moved away by a licence suspension, breach decisions and
// inspections in two chambers), reads it through `node`, `nodes` and every edge that leads to it, and checks
// that exactly the cell's field groups come back — never more (a leak), and through `node` never less.
import { almatyDate } from '@oryndau/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLObjectType } from 'graphql';
import pg from 'pg';
import { startTestApi, type TestApi } from './harness.ts';
import { iin } from './fixtures.ts';
import { FIELD_GROUPS, MATRIX, type FieldGroups, NODE_TYPES, RELATIONSHIPS, ROLE_KEYS, cellCount, rank, visibleFrom, type Level, type NodeType, type Relationship, type RoleKey } from '../src/access-matrix.ts';
import { relationWhere, type Subject } from '../src/access.ts';
import { schema } from '../src/schema/index.ts';
import { flushAccessLog } from '../src/schema/record-auth.ts';

let api: TestApi;
const prisma = () => api.database.db.prisma;
const today = almatyDate(new Date());

/** Demo logins per role; a cell takes the first login of its role that has a record in that relationship. */
const LOGINS: Record<RoleKey, (string | null)[]> = {
  ANONYMOUS: [null],
  APPLICANT: ['aigerim', 'timur', 'kazlogistics'],
  JUSTICE_OFFICER: ['justice.almaty'],
  STATE_BAILIFF: ['statebailiff.almaty'],
  COMMISSION_MEMBER: ['commission.almaty'],
  LICENSING_OFFICER: ['licensing'],
  CHAMBER_OFFICIAL: ['chamber.almaty', 'chamber.astana'],
  PRIVATE_BAILIFF: ['bailiff'], // + the bailiffs found below: one with cases now, one whose cases moved away
  MINISTRY_INSPECTOR: ['inspector'],
  QUALITY_INSPECTOR: ['quality'],
  MINISTRY_ADMIN: ['admin'],
  // legal assistance (issue 12, area: legal)
  COURT_OFFICER: ['court.almaty', 'court.bostandyk', 'court.astana'],
  JUDICIAL_DEPARTMENT_OFFICER: ['department.almaty', 'department.astana', 'judicial.admin'],
};

async function must<T>(p: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const r = await p;
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

beforeAll(async () => {
  api = await startTestApi();
  const p = prisma();
  const official = await api.login('chamber.almaty');
  const almaty = await p.chamber.findFirstOrThrow({ where: { officials: { some: { user: { login: 'chamber.almaty' } } } } });
  const astana = await p.chamber.findFirstOrThrow({ where: { officials: { some: { user: { login: 'chamber.astana' } } } } });
  // assignments in both chambers
  const ASSIGN = 'mutation($input: AssignAllWaitingInput!) { assignAllWaiting(input: $input) { assignedCount userErrors { code message } } }';
  await must(api.gql(ASSIGN, { input: { chamberId: encodeGlobalID('Chamber', almaty.id), limit: 40 } }, official));
  await must(api.gql(ASSIGN, { input: { chamberId: encodeGlobalID('Chamber', astana.id), limit: 20 } }, await api.login('chamber.astana')));
  // two Almaty bailiffs with open cases: the first keeps them, the second's licence is suspended (cases move away)
  const loaded = await p.privateBailiff.findMany({
    // an ACTIVE licence (the demo has one suspended, whose cases in later stages stay with it) and cases a suspension moves
    where: {
      chamberId: almaty.id, userId: { not: null }, licence: { status: 'ACTIVE' },
      assignments: { some: { activeDocumentId: { not: null }, document: { proceeding: { status: { in: ['AWAITING_DECISION', 'INITIATED'] } } } } },
    },
    select: { id: true, userId: true, licenceId: true },
    orderBy: { id: 'asc' },
    take: 2,
  });
  expect(loaded).toHaveLength(2);
  const [now, moved] = loaded as [(typeof loaded)[number], (typeof loaded)[number]];
  const users = await p.user.findMany({ where: { id: { in: [now.userId!, moved.userId!] } }, select: { id: true, login: true } });
  const login = (id: string) => users.find((u) => u.id === id)!.login;
  LOGINS.PRIVATE_BAILIFF.push(login(now.userId!), login(moved.userId!));
  const SUSPEND = 'mutation($input: ChangeLicenceStatusInput!) { changeLicenceStatus(input: $input) { redistributedCount userErrors { code message } } }';
  const s = await must<{ changeLicenceStatus: { redistributedCount: number | null; userErrors: unknown[] } }>(
    api.gql(SUSPEND, { input: { licenceId: encodeGlobalID('Licence', moved.licenceId!), status: 'SUSPENDED', reason: 'Access matrix test: cases move away' } }, await api.login('licensing')),
  );
  expect(s.changeLicenceStatus.userErrors).toEqual([]);
  // a state claim above the Chamber's limit, submitted on the portal: the region's state bailiffs' (no one holds it yet)
  const district = await p.enforcementDistrict.findFirstOrThrow({ where: { regionId: almaty.regionId }, orderBy: { code: 'asc' } });
  const sub = await must<{ submitEnforcementApplication: { userErrors: unknown[]; application: { executiveDocument: { routing: string } | null } | null } }>(api.gql(
    'mutation($input: SubmitEnforcementApplicationInput!) { submitEnforcementApplication(input: $input) { userErrors { code message } application { executiveDocument { routing } } } }',
    {
      input: {
        claimant: { name: 'Aigerim', idNumber: '910412418623', address: 'Abay ave 1' },
        debtor: { name: 'Debtor LLP', idNumber: iin('850303', 3), address: 'Satpayev st 5' },
        executiveDocument: { court: 'Medeu District Court of Almaty', caseNumber: '2-777/2026', issuedOn: '2026-10-01', category: 'STATE_CLAIM', amountTenge: 10_000_000, districtId: encodeGlobalID('EnforcementDistrict', district.id) },
        documents: ['EXECUTIVE_DOCUMENT'],
      },
    },
    await api.login('aigerim'),
  ));
  expect(sub.submitEnforcementApplication.userErrors).toEqual([]);
  expect(sub.submitEnforcementApplication.application?.executiveDocument?.routing).toBe('STATE_BAILIFF');
  // breach decisions and inspections, in Almaty (of the bailiff with cases) and in Astana
  const astanaBailiff = await p.privateBailiff.findFirstOrThrow({ where: { chamberId: astana.id }, orderBy: { id: 'asc' } });
  for (const [token, bailiffId] of [[official, now.id], [await api.login('chamber.astana'), astanaBailiff.id]] as const) {
    const b = await must<{ recordBreachDecision: { userErrors: unknown[] } }>(api.gql(
      'mutation($input: RecordBreachDecisionInput!) { recordBreachDecision(input: $input) { userErrors { code message } } }',
      { input: { bailiffId: encodeGlobalID('PrivateBailiff', bailiffId), authority: 'CHAMBER', number: `DC-${bailiffId.slice(-4)}`, decidedOn: today, effectiveOn: today, summary: 'Missed the E4 deadline' } },
      token,
    ));
    expect(b.recordBreachDecision.userErrors).toEqual([]);
    const i = await must<{ openBailiffInspection: { userErrors: unknown[] } }>(api.gql(
      'mutation($input: OpenBailiffInspectionInput!) { openBailiffInspection(input: $input) { userErrors { code message } } }',
      { input: { bailiffId: encodeGlobalID('PrivateBailiff', bailiffId), ground: 'APPEAL_OF_PERSON', reason: 'A claimant’s appeal', startsOn: today } },
      token,
    ));
    expect(i.openBailiffInspection.userErrors).toEqual([]);
  }
}, 240_000);
afterAll(async () => {
  await api?.close();
});

// ---------------------------------------------------------------- what a read shows

const tag = (t: unknown) => (t as { [Symbol.toStringTag]?: string })[Symbol.toStringTag];
const named = (t: unknown): { name: string } => {
  let x = t as { ofType?: unknown };
  while (x.ofType) x = x.ofType as typeof x;
  return x as unknown as { name: string };
};

/** The scalar fields of a type (no arguments), by group: what the test selects and looks at. */
function probes(type: NodeType): Record<'PUBLIC' | 'INTERNAL' | 'PERSONAL', string[]> {
  const fields = (schema.getType(type) as GraphQLObjectType).getFields();
  const g: FieldGroups = FIELD_GROUPS[type];
  const scalar = (f: string) => fields[f] && !fields[f]!.args.length && ['GraphQLScalarType', 'GraphQLEnumType'].includes(tag(named(fields[f]!.type)) ?? '');
  const rest = Object.keys(fields).filter((f) => f !== 'id' && !g.public.includes(f) && !g.internal.includes(f) && !g.personal.includes(f));
  return {
    PUBLIC: [...g.public, ...(g.public.length ? rest : [])].filter(scalar),
    INTERNAL: [...g.internal, ...(g.public.length ? [] : rest)].filter(scalar),
    PERSONAL: g.personal.filter(scalar),
  };
}

const selection = (type: NodeType) => `id ${Object.values(probes(type)).flat().join(' ')}`;

/** The level a returned object shows: the highest group with a value. */
function shown(type: NodeType, obj: Record<string, unknown> | null | undefined): Level {
  if (!obj) return 'NONE';
  const p = probes(type);
  if (p.PERSONAL.some((f) => obj[f] != null)) return 'PERSONAL';
  if (p.INTERNAL.some((f) => obj[f] != null)) return 'INTERNAL';
  return 'PUBLIC';
}

/** What a cell lets one see of a record, as far as its scalar fields can show it. */
function expected(type: NodeType, cell: Level): Level {
  if (rank(cell) < rank(visibleFrom(type))) return 'NONE';
  const p = probes(type);
  if (cell === 'PERSONAL' && p.PERSONAL.length) return 'PERSONAL';
  if (rank(cell) >= rank('INTERNAL') && p.INTERNAL.length) return 'INTERNAL';
  return visibleFrom(type) === 'INTERNAL' ? 'INTERNAL' : 'PUBLIC';
}

// ---------------------------------------------------------------- the edges that lead to each type

interface Edge {
  from: NodeType;
  field: string;
  list?: boolean;
  /** ids of records of `from` whose `field` leads to the record */
  parents(id: string): Promise<string[]>;
}
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const EDGES: Record<NodeType, Edge[]> = {
  ExecutiveDocument: [
    { from: 'Assignment', field: 'document', parents: async (id) => ids(await prisma().assignment.findMany({ where: { documentId: id }, select: { id: true }, take: 1 })) },
    { from: 'ServiceApplication', field: 'executiveDocument', parents: async (id) => ids(await prisma().serviceApplication.findMany({ where: { document: { id } }, select: { id: true } })) },
    { from: 'EnforcementProceeding', field: 'document', parents: async (id) => ids(await prisma().enforcementProceeding.findMany({ where: { documentId: id }, select: { id: true } })) },
  ],
  EnforcementProceeding: [
    { from: 'ExecutiveDocument', field: 'proceeding', parents: async (id) => ids(await prisma().executiveDocument.findMany({ where: { proceeding: { id } }, select: { id: true } })) },
  ],
  ServiceApplication: [
    { from: 'ExecutiveDocument', field: 'application', parents: async (id) => ids(await prisma().executiveDocument.findMany({ where: { applicationId: id }, select: { id: true } })) },
  ],
  Assignment: [
    { from: 'ExecutiveDocument', field: 'currentAssignment', parents: async (id) => ids(await prisma().executiveDocument.findMany({ where: { assignments: { some: { id, activeDocumentId: { not: null } } } }, select: { id: true } })) },
    { from: 'ExecutiveDocument', field: 'assignments', list: true, parents: async (id) => ids(await prisma().executiveDocument.findMany({ where: { assignments: { some: { id } } }, select: { id: true } })) },
  ],
  User: [
    { from: 'ServiceApplication', field: 'applicant', parents: async (id) => ids(await prisma().serviceApplication.findMany({ where: { applicantId: id }, select: { id: true }, take: 1 })) },
  ],
  PrivateBailiff: [
    { from: 'Assignment', field: 'bailiff', parents: async (id) => ids(await prisma().assignment.findMany({ where: { bailiffId: id }, select: { id: true }, take: 1 })) },
    { from: 'EnforcementProceeding', field: 'bailiff', parents: async (id) => ids(await prisma().enforcementProceeding.findMany({ where: { bailiffId: id }, select: { id: true }, take: 1 })) },
    { from: 'Chamber', field: 'bailiffs', list: true, parents: async (id) => ids(await prisma().chamber.findMany({ where: { bailiffs: { some: { id, leftOn: null } } }, select: { id: true } })) },
    { from: 'BreachDecision', field: 'bailiff', parents: async (id) => ids(await prisma().breachDecision.findMany({ where: { bailiffId: id }, select: { id: true }, take: 1 })) },
    { from: 'Inspection', field: 'subjectBailiff', parents: async (id) => ids(await prisma().inspection.findMany({ where: { subjectBailiffId: id }, select: { id: true }, take: 1 })) },
  ],
  BreachDecision: [
    { from: 'PrivateBailiff', field: 'breachDecisions', list: true, parents: async (id) => ids(await prisma().privateBailiff.findMany({ where: { breaches: { some: { id } } }, select: { id: true } })) },
  ],
  Inspection: [
    { from: 'PrivateBailiff', field: 'inspections', list: true, parents: async (id) => ids(await prisma().privateBailiff.findMany({ where: { inspections: { some: { id } } }, select: { id: true } })) },
  ],
  Chamber: [
    { from: 'Region', field: 'chamber', parents: async (id) => ids(await prisma().region.findMany({ where: { chamber: { id } }, select: { id: true } })) },
    { from: 'PrivateBailiff', field: 'chamber', parents: async (id) => ids(await prisma().privateBailiff.findMany({ where: { chamberId: id }, select: { id: true }, take: 1 })) },
    { from: 'Assignment', field: 'chamber', parents: async (id) => ids(await prisma().assignment.findMany({ where: { chamberId: id }, select: { id: true }, take: 1 })) },
  ],
  Region: [
    { from: 'Chamber', field: 'region', parents: async (id) => ids(await prisma().chamber.findMany({ where: { regionId: id }, select: { id: true } })) },
    { from: 'EnforcementDistrict', field: 'region', parents: async (id) => ids(await prisma().enforcementDistrict.findMany({ where: { regionId: id }, select: { id: true }, take: 1 })) },
  ],
  EnforcementDistrict: [
    { from: 'Region', field: 'districts', list: true, parents: async (id) => ids(await prisma().region.findMany({ where: { districts: { some: { id } } }, select: { id: true } })) },
    { from: 'ExecutiveDocument', field: 'district', parents: async (id) => ids(await prisma().executiveDocument.findMany({ where: { districtId: id }, select: { id: true }, take: 1 })) },
  ],
  // attestation (issue 9): a session is reached only through node/nodes and the attestationSessions list
  AttestationSession: [],
  // complaints (issue 10)
  Complaint: [
    { from: 'ServiceApplication', field: 'complaints', list: true, parents: async (id) => ids(await prisma().serviceApplication.findMany({ where: { complaints: { some: { id } } }, select: { id: true } })) },
  ],
  Licence: [
    { from: 'PrivateBailiff', field: 'licence', parents: async (id) => ids(await prisma().privateBailiff.findMany({ where: { licenceId: id }, select: { id: true } })) },
  ],
  // legal assistance (issue 12, area: legal)
  Court: [
    { from: 'IncomingOrder', field: 'court', parents: async (id) => ids(await prisma().incomingOrder.findMany({ where: { courtId: id }, select: { id: true }, take: 1 })) },
    { from: 'JudicialDepartment', field: 'courts', list: true, parents: async (id) => ids(await prisma().judicialDepartment.findMany({ where: { courts: { some: { id } } }, select: { id: true } })) },
  ],
  JudicialDepartment: [
    { from: 'Court', field: 'department', parents: async (id) => ids(await prisma().court.findMany({ where: { departmentId: id }, select: { id: true }, take: 1 })) },
  ],
  ForeignState: [
    { from: 'IncomingOrder', field: 'requestingState', parents: async (id) => ids(await prisma().incomingOrder.findMany({ where: { requestingStateId: id }, select: { id: true }, take: 1 })) },
  ],
  LegalAssistanceTreaty: [
    { from: 'OutgoingOrder', field: 'treaty', parents: async (id) => ids(await prisma().outgoingOrder.findMany({ where: { treatyId: id }, select: { id: true }, take: 1 })) },
  ],
  IncomingOrder: [],
  OutgoingOrder: [],
  RecognitionPetition: [],
  // state quality control (issue 10; Q1): the records are reached through node/nodes and their connections
  ServiceProvider: [
    { from: 'Inspection', field: 'provider', parents: async (id) => ids(await prisma().inspection.findMany({ where: { providerId: id }, select: { id: true }, take: 1 })) },
  ],
  InspectionPlan: [
    { from: 'Inspection', field: 'plan', parents: async (id) => ids(await prisma().inspection.findMany({ where: { planId: id }, select: { id: true }, take: 1 })) },
  ],
  ProviderFine: [],
  MonitoringRecommendation: [],
};

// ---------------------------------------------------------------- finding a record of each relationship

async function subjectFor(login: string | null, role: RoleKey): Promise<Subject | null> {
  if (!login) return { role: 'ANONYMOUS', userId: null, regionId: null, chamberId: null };
  const u = await prisma().user.findUniqueOrThrow({ where: { login }, select: { id: true, roles: { select: { role: true, regionId: true, chamberId: true, chamber: { select: { regionId: true } } } } } });
  const g = u.roles.find((r) => r.role === role);
  return g ? { role, userId: u.id, regionId: g.chamber?.regionId ?? g.regionId, chamberId: g.chamberId } : null;
}

async function recordIn(type: NodeType, rel: Relationship, s: Subject): Promise<string | null> {
  const w = relationWhere(type, rel, s);
  if (!w) return null;
  const delegate = (type[0]!.toLowerCase() + type.slice(1)) as 'user';
  const model = prisma()[delegate] as unknown as { findFirst(a: unknown): Promise<{ id: string } | null>; findMany(a: unknown): Promise<{ id: string }[]> };
  // the records of a more specific relationship are left out by id (NOT over a nullable column would drop NULLs)
  const more: string[] = [];
  for (const r of RELATIONSHIPS.slice(0, RELATIONSHIPS.indexOf(rel))) {
    const m = MATRIX[type][s.role][r] !== undefined && relationWhere(type, r, s);
    if (m) more.push(...ids(await model.findMany({ where: m, select: { id: true } })));
  }
  const row = await model.findFirst({
    where: { AND: [w, { id: { notIn: more } }] },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return row?.id ?? null;
}

interface Cell { role: RoleKey; type: NodeType; rel: Relationship; level: Level }
const CELLS: Cell[] = ROLE_KEYS.flatMap((role) => NODE_TYPES.flatMap((type) => Object.entries(MATRIX[type][role]).map(([rel, level]) => ({ role, type, rel: rel as Relationship, level: level! }))));

describe('the access matrix (issue 8)', () => {
  it('is monotonic: a more specific relationship never sees less than a less specific one', () => {
    for (const type of NODE_TYPES)
      for (const role of ROLE_KEYS) {
        const levels = RELATIONSHIPS.map((r) => MATRIX[type][role][r]).filter((l): l is Level => !!l).map(rank);
        expect(levels, `${type}/${role}`).toEqual([...levels].sort((a, b) => b - a));
        expect(MATRIX[type][role].OTHER, `${type}/${role} OTHER`).toBeDefined();
      }
    expect(CELLS.length).toBe(cellCount());
  });

  it('every role × type × relationship: node, nodes and every edge show exactly the cell, never more', async () => {
    const leaks: string[] = [];
    const short: string[] = [];
    const missing: string[] = [];
    let reads = 0;
    const covered = new Set<string>();
    for (const cell of CELLS) {
      let found: { login: string | null; id: string } | null = null;
      for (const login of LOGINS[cell.role]) {
        const s = await subjectFor(login, cell.role);
        const id = s && (await recordIn(cell.type, cell.rel, s));
        if (id) {
          found = { login, id };
          break;
        }
      }
      const name = `${cell.role}/${cell.type}/${cell.rel}=${cell.level}`;
      if (!found) {
        missing.push(name);
        continue;
      }
      covered.add(name);
      const token = found.login ? await api.login(found.login) : null;
      const gid = encodeGlobalID(cell.type, found.id);
      const want = expected(cell.type, cell.level);
      const sel = selection(cell.type);
      // node
      const n = await api.gql<{ node: Record<string, unknown> | null }>(`query($id: ID!) { node(id: $id) { ... on ${cell.type} { ${sel} } } }`, { id: gid }, token);
      reads++;
      if (n.errors) leaks.push(`${name} node: errors ${JSON.stringify(n.errors)}`);
      const got = shown(cell.type, n.data?.node);
      if (rank(got) > rank(want)) leaks.push(`${name} node shows ${got}`);
      else if (got !== want) short.push(`${name} node shows ${got}, expected ${want}`);
      // nodes: the record among a malformed id, a missing id and an id of another type, each null in place
      const m = await api.gql<{ nodes: (Record<string, unknown> | null)[] }>(
        `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${cell.type} { ${sel} } } }`,
        { ids: ['garbage', gid, encodeGlobalID(cell.type, 'no-such-id'), encodeGlobalID('Nothing', found.id)] },
        token,
      );
      reads++;
      if (m.errors || !m.data?.nodes) leaks.push(`${name} nodes: ${JSON.stringify(m.errors ?? m.data)}`);
      else {
        const [a, b, c, d] = m.data.nodes;
        if (a !== null || c !== null || d !== null) leaks.push(`${name} nodes: not null in place for a malformed, missing or foreign id`);
        const gotN = shown(cell.type, b);
        if (rank(gotN) > rank(want)) leaks.push(`${name} nodes shows ${gotN}`);
        else if (gotN !== want) short.push(`${name} nodes shows ${gotN}, expected ${want}`);
      }
      // every edge that leads to the type
      for (const edge of EDGES[cell.type]) {
        for (const parent of await edge.parents(found.id)) {
          const r = await api.gql<{ node: Record<string, unknown> | null }>(
            `query($id: ID!) { node(id: $id) { ... on ${edge.from} { ${edge.field} { ${sel} } } } }`,
            { id: encodeGlobalID(edge.from, parent) },
            token,
          );
          reads++;
          const value = r.data?.node?.[edge.field] as Record<string, unknown> | Record<string, unknown>[] | null | undefined;
          const child = Array.isArray(value) ? value.find((v) => v.id === gid) : value && value.id === gid ? value : null;
          const gotE = shown(cell.type, child);
          if (rank(gotE) > rank(want)) leaks.push(`${name} via ${edge.from}.${edge.field} shows ${gotE}`);
        }
      }
    }
    console.log(`[access-matrix] ${CELLS.length} cells (${ROLE_KEYS.length} roles × ${NODE_TYPES.length} types × their relationships); ${covered.size} checked through ${reads} reads; ${leaks.length} leaks; ${missing.length} without a record: ${missing.join(', ')}`);
    expect(leaks).toEqual([]);
    expect(short).toEqual([]);
    expect(missing).toEqual([]);
  }, 600_000);

  it('without a token, users and case counts are never shown; public reference data is', async () => {
    // one chamber at a time: every chamber's bailiffs with their counts at once is over the cost limit (limits/)
    const chamber = await prisma().chamber.findFirstOrThrow({ where: { bailiffs: { some: {} } }, select: { id: true } });
    const r = await must<{ regions: { code: string }[]; node: { name: string; bailiffs: { name: string; openCaseCount: number | null; assignedThisYear: number | null }[] } }>(
      api.gql('query($id: ID!) { regions { code } node(id: $id) { ... on Chamber { name bailiffs { name openCaseCount assignedThisYear } } } }', { id: encodeGlobalID('Chamber', chamber.id) }),
    );
    expect(r.regions.length).toBeGreaterThan(0);
    const bailiffs = r.node.bailiffs;
    expect(bailiffs.length).toBeGreaterThan(0);
    expect(bailiffs.every((b) => b.openCaseCount === null && b.assignedThisYear === null)).toBe(true);
    const someUser = await prisma().user.findFirstOrThrow({ select: { id: true } });
    const u = await api.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { ... on User { login displayName roles { role } } } }', { id: encodeGlobalID('User', someUser.id) });
    expect(u.data).toEqual({ node: null });
    expect(u.errors).toBeUndefined();
  });

  it('staff reads of personal data and denied attempts are in AccessLog: who, what, when, which group', async () => {
    const inspector = await api.login('inspector');
    const doc = await prisma().executiveDocument.findFirstOrThrow({ where: { routing: 'CHAMBER' }, select: { id: true }, orderBy: { id: 'desc' } });
    const gid = encodeGlobalID('ExecutiveDocument', doc.id);
    await must(api.gql('query($id: ID!) { node(id: $id) { ... on ExecutiveDocument { debtorIdNumber } } }', { id: gid }, inspector));
    await must(api.gql('query($id: ID!) { node(id: $id) { ... on ExecutiveDocument { debtorIdNumber } } }', { id: gid }, await api.login('statebailiff.almaty')));
    await flushAccessLog(api.services.db.prisma); // the API's own client writes the log
    const rows = await prisma().accessLog.findMany({ where: { entityType: 'ExecutiveDocument', entityId: doc.id }, orderBy: { id: 'asc' } });
    expect(rows).toEqual(expect.arrayContaining([
      expect.objectContaining({ actorLogin: 'inspector', action: 'READ_PERSONAL', fieldGroup: 'PERSONAL' }),
      expect.objectContaining({ actorLogin: 'statebailiff.almaty', action: 'DENIED', fieldGroup: 'RECORD' }),
    ]));
    expect(rows.every((r) => r.at instanceof Date && !!r.actorId)).toBe(true);
    // inspectors read the log through the API; others may not
    const LOG = '{ accessLog(first: 100) { edges { cursor node { actorLogin action entityType entityId fieldGroup at } } pageInfo { hasNextPage endCursor } } }';
    const log = await must<{ accessLog: { edges: { node: { actorLogin: string; action: string; entityId: string } }[] } }>(api.gql(LOG, {}, inspector));
    expect(log.accessLog.edges.map((e) => e.node)).toEqual(expect.arrayContaining([expect.objectContaining({ actorLogin: 'statebailiff.almaty', action: 'DENIED', entityId: gid })]));
    const denied = await api.gql(LOG, {}, await api.login('chamber.almaty'));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
  it('record checks are batched: a chamber official’s page of 100 assignments costs about the statements of a page of 5, never one per record', async () => {
    // every SQL statement the process sends, counted at the pg client (the API runs in this process)
    let statements = 0;
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      const token = await api.login('chamber.almaty');
      const chamber = await prisma().chamber.findFirstOrThrow({ where: { officials: { some: { user: { login: 'chamber.almaty' } } } } });
      const rows = await prisma().assignment.count({ where: { chamberId: chamber.id } });
      const PAGE = `query($id: ID!, $first: Int) { node(id: $id) { ... on Chamber { assignments(first: $first) { edges { node { id sequence
        bailiff { name } document { caseNumber debtorIdNumber application { number } proceeding { number } } } } } } } }`;
      const read = async (first: number) => {
        statements = 0;
        const r = await must<{ node: { assignments: { edges: { node: { document: { debtorIdNumber: string | null } } }[] } } }>(
          api.gql(PAGE, { id: encodeGlobalID('Chamber', chamber.id), first }, token),
        );
        const n = statements;
        expect(r.node.assignments.edges.every((e) => e.node.document.debtorIdNumber !== null)).toBe(true);
        return { n, rows: r.node.assignments.edges.length };
      };
      await read(5); // warm: prepared statements, viewer
      const small = await read(5);
      const large = await read(100);
      console.log(`[access-matrix] SQL statements for chamber.assignments with bailiff, document, proceeding, application: first 5 → ${small.n}; first 100 (${large.rows} of ${rows} rows) → ${large.n}`);
      expect(large.rows).toBeGreaterThan(small.rows);
      // a constant number of statements per type, not per row (the count queries were two per record)
      expect(large.n).toBeLessThanOrEqual(small.n + 4);
      expect(large.n).toBeLessThan(large.rows);
    } finally {
      pg.Client.prototype.query = query;
    }
  });
});
