// Issue 11: every dashboard query through GraphQL against PostgreSQL, on the demo data: the figures equal a plain
// recount over the base tables; who may read them (inspectors; a region-bound inspector only their region);
// open data without sign-in, with nothing personal reachable (a check over the schema), and its downloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isObjectType, isInterfaceType, type GraphQLNamedType } from 'graphql';
import { almatyDate, openItemStanding, percentileOf, termOutcome, workingDaysTaken } from '@oryndau/domain';
import { startTestApi, type TestApi } from './harness.ts';
import { schema } from '../src/schema/index.ts';
import { FIELD_GROUPS, NODE_TYPES } from '../src/access-matrix.ts';
import { calendarOf } from './dashboards.recount.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 120_000);
afterAll(async () => {
  await api?.close();
});

const iso = (d: Date) => d.toISOString().slice(0, 10);
const thisMonth = () => almatyDate(new Date()).slice(0, 7);
const FILTER = { fromMonth: '2025-01', toMonth: thisMonth() };

const DASHBOARD = `query($filter: DashboardFilter) { dashboard(filter: $filter) {
  fromMonth toMonth
  volumes { asOf rows { service region { code } month channel count } }
  terms { asOf rows { service decided withinTerm open share medianDays p90Days } }
  bailiffWork { asOf decisions { body decided withinTerm share medianDays p90Days } refusalsByGround { ground count } measuresByKind { kind count } }
  complaints { asOf rows { addressee status term count } terms { body decided withinTerm } }
  inspections { asOf rows { kind status plan { year half } count } }
} }`;

describe('the dashboards through GraphQL', () => {
  it('volumes of each service by region, month and channel equal a plain GROUP BY over the applications', async () => {
    const token = await api.login('inspector');
    const r = await api.gql<{ dashboard: { volumes: { asOf: string; rows: { service: string; region: { code: string } | null; month: string; channel: string; count: number }[] } } }>(DASHBOARD, { filter: FILTER }, token);
    expect(r.errors).toBeUndefined();
    const rows = r.data!.dashboard.volumes.rows;
    expect(rows.length).toBeGreaterThan(3);
    expect(Date.now() - Date.parse(r.data!.dashboard.volumes.asOf)).toBeLessThan(10_000); // says as of when, and is current
    const naive = await api.database.db.prisma.$queryRawUnsafe<{ service: string; code: string | null; month: string; channel: string; n: number }[]>(`
      SELECT a."kind"::text AS service, g."code", to_char((COALESCE(a."registeredAt", a."createdAt") AT TIME ZONE 'UTC') + interval '5 hours', 'YYYY-MM') AS month, a."channel"::text AS channel, count(*)::int AS n
      FROM "ServiceApplication" a LEFT JOIN "Region" g ON g."id" = a."providerRegionId" WHERE a."status" <> 'DRAFT' GROUP BY 1, 2, 3, 4`);
    const inPeriod = naive.filter((n) => n.month >= FILTER.fromMonth && n.month <= FILTER.toMonth);
    const key = (s: string, c: string | null | undefined, m: string, ch: string) => `${s}|${c ?? ''}|${m}|${ch}`;
    expect(new Map(rows.map((x) => [key(x.service, x.region?.code, x.month, x.channel), x.count]))).toEqual(new Map(inPeriod.map((n) => [key(n.service, n.code, n.month, n.channel), n.n])));
  });

  it('E4, T6: the share decided within the term and the median / p90 of working days equal a recount with the domain’s calendar', async () => {
    const token = await api.login('inspector');
    const r = await api.gql<{ dashboard: { terms: { rows: { service: string; decided: number; withinTerm: number; medianDays: number | null; p90Days: number | null }[] }; bailiffWork: { decisions: { body: string; decided: number; withinTerm: number; medianDays: number | null; p90Days: number | null }[] } } }>(DASHBOARD, { filter: FILTER }, token);
    expect(r.errors).toBeUndefined();
    const prisma = api.database.db.prisma;
    const cal = await calendarOf(prisma);
    const month = (d: Date) => almatyDate(d).slice(0, 7);
    // enforcement decisions (E4): every decided proceeding registered in the period
    const procs = (await prisma.enforcementProceeding.findMany({ where: { decidedAt: { not: null } }, select: { registeredAt: true, decidedAt: true, decisionDueOn: true, stateBailiffId: true } }))
      .filter((p) => month(p.registeredAt) >= FILTER.fromMonth && month(p.registeredAt) <= FILTER.toMonth && !p.stateBailiffId);
    const chamber = r.data!.dashboard.bailiffWork.decisions.find((d) => d.body === 'CHAMBER')!;
    expect(chamber.decided).toBe(procs.length);
    expect(chamber.decided).toBeGreaterThan(10);
    expect(chamber.withinTerm).toBe(procs.filter((p) => termOutcome(p.decidedAt, iso(p.decisionDueOn)) === 'MET').length);
    const days = new Map<number, number>();
    for (const p of procs) {
      const d = workingDaysTaken(p.registeredAt, p.decidedAt!, cal);
      days.set(d, (days.get(d) ?? 0) + 1);
    }
    const hist = [...days].map(([d, count]) => ({ days: d, count }));
    expect(chamber.medianDays).toBe(percentileOf(hist, 0.5));
    expect(chamber.p90Days).toBe(percentileOf(hist, 0.9));
    expect(chamber.withinTerm).toBeLessThan(chamber.decided); // the demo holds late decisions too
    // services: the applications decided
    const apps = (await prisma.serviceApplication.findMany({ where: { status: { in: ['APPROVED', 'REFUSED'] }, decidedAt: { not: null }, registeredAt: { not: null } }, select: { kind: true, registeredAt: true, decidedAt: true, dueOn: true } }))
      .filter((a) => month(a.registeredAt!) >= FILTER.fromMonth && month(a.registeredAt!) <= FILTER.toMonth && a.dueOn);
    for (const row of r.data!.dashboard.terms.rows) {
      const mine = apps.filter((a) => a.kind === row.service);
      expect(row.decided, row.service).toBe(mine.length);
      expect(row.withinTerm, row.service).toBe(mine.filter((a) => termOutcome(a.decidedAt, iso(a.dueOn!)) === 'MET').length);
    }
  });

  it('E5, E6, C2, Q1: refusals by ground, measures by kind, complaints by addressee and term, inspections by plan are filled', async () => {
    const token = await api.login('inspector');
    const r = await api.gql<{ dashboard: { bailiffWork: { refusalsByGround: { count: number }[]; measuresByKind: { kind: string; count: number }[] }; complaints: { rows: { count: number }[] }; inspections: { rows: { count: number }[] } } }>(DASHBOARD, { filter: FILTER }, token);
    const d = r.data!.dashboard;
    const measures = await api.database.db.prisma.enforcementMeasure.groupBy({ by: ['kind'], _count: true, where: { takenOn: { gte: new Date(`${FILTER.fromMonth}-01`) } } });
    expect(new Map(d.bailiffWork.measuresByKind.map((m) => [m.kind, m.count]))).toEqual(new Map(measures.map((m) => [m.kind, m._count])));
    expect(d.bailiffWork.refusalsByGround.reduce((s, x) => s + x.count, 0)).toBe(await api.database.db.prisma.enforcementProceeding.count({ where: { status: 'REFUSED', refusalGround: { not: null }, registeredAt: { gte: new Date(`${FILTER.fromMonth}-01T00:00:00+05:00`) } } }));
    expect(d.complaints.rows.reduce((s, x) => s + x.count, 0)).toBe(await api.database.db.prisma.complaint.count({ where: { registeredAt: { gte: new Date(`${FILTER.fromMonth}-01T00:00:00+05:00`) } } }));
    expect(d.inspections.rows.length).toBeGreaterThan(0);
  });

  it('G2: the overdue items, with how late in working days, equal a recount over the open items; each names its record', async () => {
    const token = await api.login('inspector');
    const Q = `query($s: OpenItemStanding!) { dashboard { openItems(standing: $s) { today totalCount byRegion { region { code } count } byBody { body count }
      items(first: 100) { edges { node { id kind number workingDaysLate workingDaysLeft dueOn body region { code } } } } } } }`;
    const r = await api.gql<{ dashboard: { openItems: { today: string; totalCount: number; byBody: { body: string; count: number }[]; items: { edges: { node: { id: string; kind: string; number: string; workingDaysLate: number; dueOn: string } }[] } } } }>(Q, { s: 'OVERDUE' }, token);
    expect(r.errors).toBeUndefined();
    const o = r.data!.dashboard.openItems;
    const prisma = api.database.db.prisma;
    const cal = await calendarOf(prisma);
    const today = o.today;
    const procs = await prisma.enforcementProceeding.findMany({ where: { status: 'AWAITING_DECISION' }, select: { number: true, decisionDueOn: true } });
    const overdueProcs = procs.filter((p) => openItemStanding(iso(p.decisionDueOn), today, cal).standing === 'OVERDUE');
    const listed = o.items.edges.map((e) => e.node);
    expect(overdueProcs.length).toBeGreaterThan(0); // the demo holds overdue decisions
    expect(listed.filter((i) => i.kind === 'PROCEEDING').map((i) => i.number).sort()).toEqual(overdueProcs.map((p) => p.number).sort().slice(0, 100));
    expect(o.byBody.reduce((s, b) => s + b.count, 0)).toBe(o.totalCount);
    for (const i of listed) {
      expect(i.workingDaysLate).toBeGreaterThanOrEqual(1);
      // one click from its record: node(id) opens it
      if (i.kind !== 'COMPLAINT') {
        const n = await api.gql<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', { id: i.id }, token);
        expect(n.data!.node?.id).toBe(i.id);
      }
    }
    // latest first
    expect(listed.map((i) => i.workingDaysLate)).toEqual([...listed.map((i) => i.workingDaysLate)].sort((a, b) => b - a));
    const soon = await api.gql<{ dashboard: { openItems: { items: { edges: { node: { workingDaysLeft: number } }[] } } } }>(Q, { s: 'DUE_SOON' }, token);
    for (const e of soon.data!.dashboard.openItems.items.edges) expect(e.node.workingDaysLeft).toBeLessThanOrEqual(3);
  });

  it('T1: a calendar correction recorded after an item was registered moves its last day: an overdue item is no longer overdue', async () => {
    const prisma = api.database.db.prisma;
    const token = await api.login('inspector');
    const admin = await api.login('admin');
    const Q = `{ dashboard { openItems(standing: OVERDUE) { items(first: 100) { edges { node { number dueOn recordedDueOn workingDaysLate } } } } } }`;
    // an open proceeding whose last day (3 working days) was yesterday or the last working day before today
    const today = almatyDate(new Date());
    const cal = await calendarOf(prisma);
    const due = cal.previousWorkingDay(today);
    const start = cal.addWorkingDays(due, -3);
    const proc = await prisma.enforcementProceeding.findFirst({ where: { status: 'AWAITING_DECISION' }, select: { id: true, number: true } });
    await prisma.enforcementProceeding.update({ where: { id: proc!.id }, data: { registeredAt: new Date(`${start}T10:00:00+05:00`), decisionDueOn: new Date(due) } });
    const before = await api.gql<{ dashboard: { openItems: { items: { edges: { node: { number: string; workingDaysLate: number } }[] } } } }>(Q, {}, token);
    const late = before.data!.dashboard.openItems.items.edges.find((e) => e.node.number === proc!.number);
    expect(late?.node.workingDaysLate).toBeGreaterThanOrEqual(1);
    // the government declares a day off inside the period: the period ends one working day later (today at the earliest)
    const inside = cal.addWorkingDays(start, 1);
    const set = await api.gql<{ setCalendarCorrection: { userErrors: unknown[] } }>(
      `mutation($input: SetCalendarCorrectionInput!) { setCalendarCorrection(input: $input) { userErrors { code message } } }`,
      { input: { date: inside, kind: 'HOLIDAY', name: 'Government decree: a day off (test)' } }, admin,
    );
    expect(set.data!.setCalendarCorrection.userErrors).toEqual([]);
    const after = await api.gql<{ dashboard: { openItems: { items: { edges: { node: { number: string } }[] } } } }>(Q, {}, token);
    expect(after.data!.dashboard.openItems.items.edges.find((e) => e.node.number === proc!.number)).toBeUndefined();
    const soon = await api.gql<{ dashboard: { openItems: { items: { edges: { node: { number: string; dueOn: string; recordedDueOn: string } }[] } } } }>(`{ dashboard { openItems(standing: DUE_SOON) { items(first: 100) { edges { node { number dueOn recordedDueOn } } } } } }`, {}, token);
    const moved = soon.data!.dashboard.openItems.items.edges.find((e) => e.node.number === proc!.number);
    expect(moved?.node).toMatchObject({ recordedDueOn: due, dueOn: cal.withCorrections([{ date: inside, kind: 'HOLIDAY', name: 'x' }]).addWorkingDays(start, 3) });
    await api.gql(`mutation($d: Date!) { removeCalendarCorrection(input: { date: $d }) { userErrors { code } } }`, { d: inside }, admin);
  });

  it('CH2: the Chambers — per chamber assignments this year equal the bailiffs’ counts, max − min among those who can take cases, who is excluded and why; drill-down to a bailiff; the replay verifies', async () => {
    const token = await api.login('inspector');
    const r = await api.gql<{ dashboard: { chambers: { chamber: { id: string; name: string }; region: { code: string }; assignmentsThisYear: number; receiving: number; members: number; min: number; max: number; spread: number; excluded: { reason: string; count: number }[]; byKind: { kind: string; count: number }[] }[] } }>(
      `{ dashboard(filter: { fromMonth: "2026-01" }) { chambers { chamber { id name } region { code } assignmentsThisYear receiving members min max spread excluded { reason count } byKind { kind count } } } }`, {}, token,
    );
    expect(r.errors).toBeUndefined();
    const chambers = r.data!.dashboard.chambers;
    expect(chambers.length).toBeGreaterThan(5);
    const year = Number(almatyDate(new Date()).slice(0, 4));
    const loads = await api.database.db.prisma.bailiffLoad.groupBy({ by: ['chamberId'], where: { bucket: String(year) }, _sum: { count: true } });
    const ala = chambers.find((c) => c.region.code === 'ALA')!;
    for (const c of chambers) expect(c.spread).toBe(c.max - c.min);
    expect(chambers.reduce((s, c) => s + c.assignmentsThisYear, 0)).toBe(loads.reduce((s, l) => s + (l._sum.count ?? 0), 0));
    expect(ala.assignmentsThisYear).toBeGreaterThan(0);
    expect(chambers.some((c) => c.byKind.some((k) => k.kind === 'REDISTRIBUTION'))).toBe(true);
    expect(chambers.some((c) => c.excluded.length > 0)).toBe(true);
    const d = await api.gql<{ dashboard: { chamber: { bailiffs: { id: string; name: string; count: number; canReceiveNow: boolean; exclusions: string[] }[]; verification: { checked: number; verified: number; share: number } } } }>(
      `query($id: ID!) { dashboard { chamber(id: $id) { bailiffs { id name count canReceiveNow exclusions } verification { checked verified share } } } }`, { id: ala.chamber.id }, token,
    );
    expect(d.errors).toBeUndefined();
    const bailiffs = d.data!.dashboard.chamber.bailiffs;
    expect(bailiffs.reduce((s, b) => s + b.count, 0)).toBe(ala.assignmentsThisYear);
    for (const b of bailiffs) expect(b.canReceiveNow).toBe(b.exclusions.length === 0);
    expect(d.data!.dashboard.chamber.verification.checked).toBeGreaterThan(0);
    expect(d.data!.dashboard.chamber.verification.share).toBe(1);
  });
});

describe('who may read the dashboards', () => {
  it('only inspectors: an applicant, a chamber official and a visitor are refused', async () => {
    for (const login of ['aigerim', 'chamber.almaty', 'bailiff']) {
      const r = await api.gql('{ dashboard { volumes { asOf } } }', {}, await api.login(login));
      expect(r.errors?.[0]?.extensions?.code, login).toBe('FORBIDDEN');
    }
    const anon = await api.gql('{ dashboard { volumes { asOf } } }');
    expect(anon.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect((await api.gql('{ dashboard { volumes { asOf } } }', {}, await api.login('quality'))).errors).toBeUndefined();
  });

  it('a region-bound inspector sees only their region, and is refused another', async () => {
    const prisma = api.database.db.prisma;
    const ala = await prisma.region.findUniqueOrThrow({ where: { code: 'ALA' } });
    const ast = await prisma.region.findFirstOrThrow({ where: { code: { not: 'ALA' } } });
    const user = await prisma.user.create({ data: { login: 'inspector.ala', displayName: 'Regional inspector', roles: { create: [{ role: 'MINISTRY_INSPECTOR', regionId: ala.id }] } } });
    expect(user.id).toBeTruthy();
    const token = await api.login('inspector.ala');
    const r = await api.gql<{ dashboard: { regions: { code: string }[]; volumes: { rows: { region: { code: string } | null }[] }; chambers: { region: { code: string } }[] } }>(`{ dashboard(filter: { fromMonth: "2025-01" }) { regions { code } volumes { rows { region { code } } } chambers { region { code } } } }`, {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.dashboard.regions.map((x) => x.code)).toEqual(['ALA']);
    expect(r.data!.dashboard.volumes.rows.length).toBeGreaterThan(0);
    expect(new Set(r.data!.dashboard.volumes.rows.map((x) => x.region?.code))).toEqual(new Set(['ALA']));
    expect(r.data!.dashboard.chambers.map((c) => c.region.code)).toEqual(['ALA']);
    const other = await api.gql(`query($id: ID!) { dashboard(filter: { regionId: $id }) { volumes { asOf } } }`, { id: Buffer.from(`Region:${ast.id}`).toString('base64') }, token);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('open data without sign-in', () => {
  it('answers without a token, and its volumes equal the inspectors’ dashboard', async () => {
    const r = await api.gql<{ openData: { asOf: string; datasets: { name: string; csvPath: string; columns: { name: string }[] }[]; volumes: { service: string; region: string; month: string; channel: string; count: number }[]; evenness: { region: string; spread: number; assignments: number }[]; terms: { decided: number }[]; decisions: { decided: number }[] } }>(
      `{ openData { asOf datasets { name csvPath columns { name } } volumes(fromMonth: "2025-01") { service region month channel count } evenness { region spread assignments } terms(fromMonth: "2025-01") { decided } decisions(fromMonth: "2025-01") { decided } } }`,
    );
    expect(r.errors).toBeUndefined();
    const o = r.data!.openData;
    expect(o.datasets.map((d) => d.name)).toEqual(['volumes', 'terms', 'decisions', 'evenness']);
    const token = await api.login('inspector');
    const d = await api.gql<{ dashboard: { volumes: { rows: { count: number }[] } } }>(DASHBOARD, { filter: FILTER }, token);
    expect(o.volumes.reduce((s, v) => s + v.count, 0)).toBe(d.data!.dashboard.volumes.rows.reduce((s, v) => s + v.count, 0));
    expect(o.evenness.length).toBeGreaterThan(5);
    expect(o.decisions.reduce((s, x) => s + x.decided, 0)).toBeGreaterThan(0);
  });

  it('is downloadable as CSV and JSON, and the CSV rows are the GraphQL rows', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const index = await fetch(`${base}/open-data/`);
    expect(index.status).toBe(200);
    const csv = await fetch(`${base}/open-data/volumes.csv?from=2025-01`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('service,region,month,channel,count');
    const r = await api.gql<{ openData: { volumes: { service: string; region: string; month: string; channel: string; count: number }[] } }>(`{ openData { volumes(fromMonth: "2025-01") { service region month channel count } } }`);
    expect(lines.slice(1)).toEqual(r.data!.openData.volumes.map((v) => [v.service, v.region, v.month, v.channel, v.count].join(',')));
    const json = (await (await fetch(`${base}/open-data/evenness.json`)).json()) as { dataset: string; asOf: string; rows: unknown[] };
    expect(json.dataset).toBe('evenness');
    expect(json.rows.length).toBeGreaterThan(5);
    expect((await fetch(`${base}/open-data/people.csv`)).status).toBe(404);
    expect((await fetch(`${base}/open-data/volumes.csv?from=2025-13`)).status).toBe(400);
  });

  it('reaches nothing personal: no record, no id, no node and no personal field is reachable from openData (a check over the schema)', () => {
    const personal = new Set(Object.values(FIELD_GROUPS).flatMap((g) => g.personal));
    const nodes = new Set<string>(NODE_TYPES);
    const seen = new Set<string>();
    const problems: string[] = [];
    const walk = (type: GraphQLNamedType, path: string) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      if (nodes.has(type.name) || isInterfaceType(type)) problems.push(`${path}: ${type.name} is a record type`);
      if (!isObjectType(type)) return;
      for (const [name, field] of Object.entries(type.getFields())) {
        const t = getNamedType(field.type);
        if (t.name === 'ID') problems.push(`${path}.${name}: an id`);
        if (personal.has(name)) problems.push(`${path}.${name}: a personal field`);
        walk(t, `${path}.${name}`);
      }
    };
    const root = schema.getQueryType()!.getFields().openData!;
    walk(getNamedType(root.type), 'openData');
    expect(seen.size).toBeGreaterThan(4);
    expect(problems).toEqual([]);
  });
});
