// Issue 11: the ministry's dashboards as GraphQL queries, for the oversight app and any frontend team. Thin: it
// decodes ids, authorises (access.ts: inspectors; a region-bound inspector sees only their regions), and maps the
// aggregates of src/aggregates/*, which read the counters the triggers keep (migration dashboard_counters).
// Every figure says as of when it was computed (`asOf`: the database's time of the statement that read it).
import { encodeGlobalID, resolveOffsetConnection } from '@pothos/plugin-relay';
import { almatyDate } from '@oryndau/domain';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { dashboardRegions, mayReadDashboards } from '../access.ts';
import { assignmentsByKind, bailiffWork, complaints, inspections, serviceTerms, volumes, type TermFigure, type VolumeRow } from '../aggregates/figures.ts';
import { openItems, type OpenItem, type ResponsibleBody } from '../aggregates/open-items.ts';
import { chamberFigures, type BailiffFigure, type ChamberFigure } from '../aggregates/chambers.ts';
import { ServiceKindEnum } from './application.ts';
import { FigureCache } from '../aggregates/figure-cache.ts'; // dashperf
import { AssignmentKindEnum } from './assignment.ts';
import { InspectionKindEnum, InspectionStatusEnum } from './inspection.ts';

import { BailiffExclusionEnum, DashboardFilterInput, DashboardRegionRef, MeasureCountRef, OpenItemKindEnum, OpenItemStandingEnum, RefusalCountRef, ResponsibleBodyEnum, TermFigureRef, TermOutcomeEnum, VolumeRowRef, counterFilter, regionOf, regionsOf, resolveFilter, type RegionRow, type ResolvedFilter } from './dashboard-types.ts';

// ---------------------------------------------------------------- figures

type Dated<T> = { asOf: Date; rows: T[] };

const VolumesRef = builder.objectRef<Dated<VolumeRow>>('DashboardVolumes').implement({
  description: 'Volumes of each service by region, month and channel.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime', description: 'When the figure was computed: it includes every change committed before.' }),
    rows: t.field({ type: [VolumeRowRef], description: 'One row per service, region, month and channel with any item.', resolve: (r) => r.rows }),
  }),
});

const TermsRef = builder.objectRef<Dated<TermFigure>>('DashboardTerms').implement({
  description: 'The share decided within the statutory term, with the median and 90th percentile of the time taken.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime', description: 'When the figure was computed.' }),
    rows: t.field({ type: [TermFigureRef], description: 'One row per service (and region when asked).', resolve: (r) => r.rows }),
  }),
});

type BailiffWorkShape = Awaited<ReturnType<typeof bailiffWork>>;
const BailiffWorkRef = builder.objectRef<BailiffWorkShape>('BailiffWork').implement({
  description: 'The bailiffs’ work: decisions within 3 working days (E4), refusals by ground (E5), measures by kind (E6).',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime', description: 'When the figure was computed.' }),
    decisions: t.field({ type: [TermFigureRef], description: 'E4: decisions to initiate or refuse, within 3 working days of registration; per body (chamber or state bailiffs).', resolve: (r) => r.decisions }),
    refusalsByGround: t.field({ type: [RefusalCountRef], description: 'E5: refusals by ground.', resolve: (r) => r.refusalsByGround }),
    measuresByKind: t.field({ type: [MeasureCountRef], description: 'E6: measures by kind.', resolve: (r) => r.measuresByKind }),
  }),
});

type ComplaintShape = Awaited<ReturnType<typeof complaints>>;
const ComplaintCountRef = builder.objectRef<ComplaintShape['rows'][number]>('ComplaintCount').implement({
  description: 'Complaints by addressee, status and term met (C1, C2).',
  fields: (t) => ({
    addressee: t.field({ type: ResponsibleBodyEnum, description: 'To whom the complaint went.', resolve: (r) => r.addressee as never }),
    status: t.exposeString('status', { description: 'The complaint’s status (a ComplaintStatus value: REGISTERED, EXTENDED, UPHELD, REJECTED, WITHDRAWN).' }),
    term: t.field({ type: TermOutcomeEnum, description: 'Decided within the term, after it, or open.', resolve: (r) => r.term as never }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});
const ComplaintsRef = builder.objectRef<ComplaintShape>('DashboardComplaints').implement({
  description: 'Complaints by addressee, outcome and term met (C2: 5 working days, 15 for the quality-control body; C3 extensions count against the extended day).',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime', description: 'When the figure was computed.' }),
    rows: t.field({ type: [ComplaintCountRef], description: 'Counts by addressee, status and term.', resolve: (r) => r.rows }),
    terms: t.field({ type: [TermFigureRef], description: 'Per addressee: decided within the term, median and p90 of the working days taken.', resolve: (r) => r.terms }),
  }),
});

type InspectionShape = Awaited<ReturnType<typeof inspections>>;
const InspectionPlanRef = builder.objectRef<{ id: string; year: number; half: number }>('DashboardInspectionPlan').implement({
  description: 'A semi-annual inspection plan (Q1).',
  fields: (t) => ({ year: t.exposeInt('year', { description: 'The year.' }), half: t.exposeInt('half', { description: '1 or 2.' }) }),
});
const InspectionCountRef = builder.objectRef<InspectionShape['rows'][number]>('InspectionCount').implement({
  description: 'Inspections by kind, plan and status (Q1–Q4, CH5).',
  fields: (t) => ({
    kind: t.field({ type: InspectionKindEnum, description: 'Scheduled or unscheduled.', resolve: (r) => r.kind as never }),
    status: t.field({ type: InspectionStatusEnum, description: 'The status.', resolve: (r) => r.status as never }),
    plan: t.field({
      type: InspectionPlanRef,
      nullable: true,
      description: 'The plan, for scheduled inspections.',
      resolve: async (r, _a, ctx) => (r.planId ? ctx.db.prisma.inspectionPlan.findUnique({ where: { id: r.planId }, select: { id: true, year: true, half: true } }) : null),
    }),
    count: t.exposeInt('count', { description: 'How many (month of start).' }),
  }),
});
const InspectionsRef = builder.objectRef<InspectionShape>('DashboardInspections').implement({
  description: 'Inspections by status and plan.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime', description: 'When the figure was computed.' }),
    rows: t.field({ type: [InspectionCountRef], description: 'Counts.', resolve: (r) => r.rows }),
  }),
});

// ---------------------------------------------------------------- open items

const OpenItemRef = builder.objectRef<OpenItem>('OpenItem').implement({
  description: 'An open item past its last day or due in the next 3 working days (G2), one click from its record.',
  fields: (t) => ({
    id: t.id({ description: 'The global id of the record (ServiceApplication, EnforcementProceeding or Complaint): `node(id:)` opens it.', resolve: (r) => encodeGlobalID(r.kind === 'APPLICATION' ? 'ServiceApplication' : r.kind === 'PROCEEDING' ? 'EnforcementProceeding' : 'Complaint', r.id) }),
    kind: t.field({ type: OpenItemKindEnum, description: 'What it is.', resolve: (r) => r.kind }),
    number: t.exposeString('number', { description: 'Its number.' }),
    service: t.field({ type: ServiceKindEnum, nullable: true, description: 'The service it concerns.', resolve: (r) => (r.service as never) ?? null }),
    status: t.exposeString('status', { description: 'Its status (the value of its own status enum).' }),
    body: t.field({ type: ResponsibleBodyEnum, description: 'Who must act.', resolve: (r) => r.body }),
    region: t.field({ type: DashboardRegionRef, nullable: true, description: 'The region; null when the figure is not split by region.', resolve: (r, _a, ctx) => regionOf(ctx, r.regionId) }),
    chamber: t.field({
      type: DashboardChamberRef,
      nullable: true,
      description: 'The chamber of the appointed bailiff (enforcement proceedings).',
      resolve: async (r, _a, ctx) => (r.chamberId ? (await chambersOf(ctx)).get(r.chamberId) ?? null : null),
    }),
    registeredAt: t.expose('registeredAt', { type: 'DateTime', description: 'When it was registered.' }),
    recordedDueOn: t.expose('recordedDueOn', { type: 'Date', description: 'The last day recorded on the item.' }),
    dueOn: t.expose('dueOn', { type: 'Date', description: 'The effective last day: the recorded one, moved by calendar corrections recorded after registration that fall inside the period.' }),
    standing: t.field({ type: OpenItemStandingEnum, description: 'Overdue or due soon.', resolve: (r) => r.standing }),
    workingDaysLate: t.exposeInt('workingDaysLate', { description: 'How late, in working days after the last day (at least 1 when overdue).' }),
    workingDaysLeft: t.exposeInt('workingDaysLeft', { description: 'Working days left until the last day (0 when it is today or past).' }),
  }),
});

const KeyCountRef = builder.objectRef<{ region: RegionRow | null; body: ResponsibleBody | null; count: number; maxWorkingDaysLate: number }>('OpenItemCount').implement({
  description: 'How many open items, for one region or one body.',
  fields: (t) => ({
    region: t.field({ type: DashboardRegionRef, nullable: true, description: 'The region (in `byRegion`).', resolve: (r) => r.region }),
    body: t.field({ type: ResponsibleBodyEnum, nullable: true, description: 'The body (in `byBody`).', resolve: (r) => r.body }),
    count: t.exposeInt('count', { description: 'How many.' }),
    // recount: how late, by region and body (T6)
    maxWorkingDaysLate: t.exposeInt('maxWorkingDaysLate', { description: 'The most working days late among them (0 for items due soon).' }),
  }),
});

type OpenItemsShape = Awaited<ReturnType<typeof openItems>>;
const OpenItemsRef = builder.objectRef<OpenItemsShape>('OpenItems').implement({
  description: 'Open items past their last day (with how late) or due in the next 3 working days, by body and region (G2).',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime', description: 'When the list was computed.' }),
    today: t.expose('today', { type: 'Date', description: 'The day (Asia/Almaty) the items were judged on.' }),
    totalCount: t.exposeInt('totalCount', { description: 'How many items.' }),
    byRegion: t.field({
      type: [KeyCountRef],
      description: 'Counts per region.',
      resolve: async (r, _a, ctx) => {
        const regions = await regionsOf(ctx);
        return r.byRegion.map((c) => ({ region: c.key ? regions.get(c.key) ?? null : null, body: null, count: c.count, maxWorkingDaysLate: c.maxWorkingDaysLate }));
      },
    }),
    byBody: t.field({ type: [KeyCountRef], description: 'Counts per body.', resolve: (r) => r.byBody.map((c) => ({ region: null, body: c.key, count: c.count, maxWorkingDaysLate: c.maxWorkingDaysLate })) }),
  }),
});
builder.objectField(OpenItemsRef, 'items', (t) =>
  t.connection(
    {
      type: OpenItemRef,
      description: 'The items, the latest first (overdue) or the soonest due first (due soon).',
      // a page read from the database (LIMIT/OFFSET over the judged items), capped at 100
      resolve: (r, args) => resolveOffsetConnection({ args: { ...args, first: Math.min(args.first ?? 20, 100) }, defaultSize: 20, maxSize: 100, totalCount: r.totalCount }, ({ limit, offset }) => r.page(limit, offset)),
    },
    { name: 'OpenItemConnection', description: 'A page of open items.' },
    { name: 'OpenItemEdge', description: 'An open item.' },
  ),
);

// ---------------------------------------------------------------- the Chambers

interface ChamberRow { id: string; name: string }
const chamberCache = new WeakMap<Context, Promise<Map<string, ChamberRow>>>();
function chambersOf(ctx: Context): Promise<Map<string, ChamberRow>> {
  let p = chamberCache.get(ctx);
  if (!p) {
    p = ctx.figures.get(FigureCache.key('chambers:names', null, null), () => ctx.db.prisma.chamber.findMany({ select: { id: true, name: true } })).then((cs) => new Map(cs.map((c) => [c.id, c]))); // dashperf
    chamberCache.set(ctx, p);
  }
  return p;
}

const DashboardChamberRef = builder.objectRef<ChamberRow>('DashboardChamber').implement({
  description: 'A chamber as the figures name it.',
  fields: (t) => ({
    id: t.id({ description: 'The global id of the Chamber.', resolve: (c) => encodeGlobalID('Chamber', c.id) }),
    name: t.exposeString('name', { description: 'Its name.' }),
  }),
});

const BailiffFigureRef = builder.objectRef<BailiffFigure>('BailiffEvenness').implement({
  description: 'One member of a chamber: assignments this year, and whether they can take cases today (CH2).',
  fields: (t) => ({
    id: t.id({ description: 'The global id of the PrivateBailiff.', resolve: (b) => encodeGlobalID('PrivateBailiff', b.bailiffId) }),
    name: t.exposeString('name', { description: 'The bailiff’s name (public register).' }),
    count: t.exposeInt('count', { description: 'Assignments this year.' }),
    canReceiveNow: t.exposeBoolean('canReceiveNow', { description: 'Can lawfully take cases today.' }),
    exclusions: t.field({ type: [BailiffExclusionEnum], description: 'Why not, when not.', resolve: (b) => b.exclusions }),
  }),
});

const ExclusionCountRef = builder.objectRef<{ reason: string; count: number }>('BailiffExclusionCount').implement({
  description: 'Members excluded for one reason.',
  fields: (t) => ({ reason: t.field({ type: BailiffExclusionEnum, description: 'The reason.', resolve: (r) => r.reason as never }), count: t.exposeInt('count', { description: 'How many members.' }) }),
});

const AssignmentKindCountRef = builder.objectRef<{ kind: string; count: number }>('AssignmentKindCount').implement({
  description: 'Assignments of one kind (CH2 initial, redistribution, CH4 replacement, territorial forward).',
  fields: (t) => ({ kind: t.field({ type: AssignmentKindEnum, description: 'The kind.', resolve: (r) => r.kind as never }), count: t.exposeInt('count', { description: 'How many in the period.' }) }),
});

const VerificationShareRef = builder.objectRef<{ checked: number; failed: number }>('ChamberVerification').implement({
  description: 'The replay of the chamber’s chain: every assignment recomputed from what was stored (CH2).',
  fields: (t) => ({
    checked: t.exposeInt('checked', { description: 'Assignments recomputed (all years).' }),
    verified: t.int({ description: 'Of which followed the policy.', resolve: (v) => v.checked - v.failed }),
    share: t.float({ nullable: true, description: 'verified / checked (0–1).', resolve: (v) => (v.checked ? (v.checked - v.failed) / v.checked : null) }),
  }),
});

type ChamberShape = ChamberFigure & { asOf: Date; filter: ResolvedFilter };
const ChamberFigureRef = builder.objectRef<ChamberShape>('ChamberFigure').implement({
  description: 'A chamber’s evenness this year (CH2), its redistributions and replacements, and who is excluded and why.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime', description: 'When the figure was computed.' }),
    chamber: t.field({ type: DashboardChamberRef, description: 'The chamber.', resolve: (c) => ({ id: c.chamberId, name: c.name }) }),
    region: t.field({ type: DashboardRegionRef, nullable: true, description: 'Its region.', resolve: (c, _a, ctx) => regionOf(ctx, c.regionId) }),
    year: t.exposeInt('year', { description: 'The counting year.' }),
    members: t.exposeInt('members', { description: 'Members (and former members with assignments this year).' }),
    receiving: t.exposeInt('receiving', { description: 'Members who can take cases today.' }),
    assignmentsThisYear: t.exposeInt('assignmentsThisYear', { description: 'Assignments this year.' }),
    perBailiff: t.float({ description: 'Mean assignments per member who can take cases.', resolve: (c) => c.mean }),
    min: t.exposeFloat('min', { description: 'Fewest assignments among those who can take cases.' }),
    max: t.exposeFloat('max', { description: 'Most assignments among those who can take cases.' }),
    spread: t.exposeFloat('spread', { description: 'max − min among those who can take cases (CH2: small).' }),
    excluded: t.field({ type: [ExclusionCountRef], description: 'Members who cannot take cases today, by reason.', resolve: (c) => c.excluded }),
    byKind: t.field({
      type: [AssignmentKindCountRef],
      description: 'Assignments in the filter’s period by kind: redistributions and replacements among them.',
      resolve: async (c, _a, ctx) => (await cached(ctx, 'chamberByKind', [c.filter, c.chamberId], () => assignmentsByKind(ctx.db.prisma, { ...counterFilter(c.filter, 'OTHER'), bodies: [c.chamberId] }))).rows.map((r) => ({ kind: r.kind, count: r.count })),
    }),
    bailiffs: t.field({
      type: [BailiffFigureRef],
      description: 'Drill-down: every member, most assignments first.',
      // dashperf: the country view reads no bailiff; asking for them there reads this chamber's (cached)
      resolve: async (c, _a, ctx) => c.bailiffs ?? (await cached(ctx, 'chamberBailiffs', [c.filter, c.chamberId, c.year, almatyDate(ctx.now())], () => chamberFigures(ctx.db.prisma, c.year, almatyDate(ctx.now()), c.filter.regionIds, c.chamberId)))[0]?.bailiffs ?? [],
    }),
    verification: t.field({
      type: VerificationShareRef,
      description: 'The share of the chamber’s assignments that verify. Asking for it runs the replay of the chain (continued from the last one this API instance ran).',
      resolve: async (c, _a, ctx) => {
        const v = await ctx.chainReplays.check(ctx.db.prisma, c.chamberId);
        return { checked: v.checked, failed: v.failed.length };
      },
    }),
  }),
});

// ---------------------------------------------------------------- the root

export interface DashboardShape {
  filter: ResolvedFilter;
}

export const DashboardRef = builder.objectRef<DashboardShape>('Dashboard').implement({
  description: 'The ministry’s dashboards (issue 11): every figure under the same filter. Inspectors only; a region-bound inspector sees only their regions.',
  fields: (t) => ({
    fromMonth: t.string({ description: 'First month covered.', resolve: (d) => d.filter.fromMonth }),
    toMonth: t.string({ description: 'Last month covered.', resolve: (d) => d.filter.toMonth }),
    regions: t.field({
      type: [DashboardRegionRef],
      description: 'The regions the viewer’s dashboards may cover (for a region filter).',
      resolve: async (_d, _a, ctx) => {
        const all = [...(await regionsOf(ctx)).values()];
        const allowed = dashboardRegions(ctx.viewer);
        return allowed ? all.filter((r) => allowed.includes(r.id)) : all;
      },
    }),
    volumes: t.field({ type: VolumesRef, description: 'Volumes of each service by region, month and channel.', resolve: (d, _a, ctx) => cached(ctx, 'volumes', d.filter, () => volumes(ctx.db.prisma, counterFilter(d.filter, 'APPLICATION'))) }),
    terms: t.field({
      type: TermsRef,
      description: 'The share decided within the statutory term, median and p90 of the working days taken, per service.',
      args: { byRegion: t.arg.boolean({ required: false, description: 'One row per service and region.' }) },
      resolve: (d, { byRegion }, ctx) => cached(ctx, 'terms', [d.filter, !!byRegion], () => serviceTerms(ctx.db.prisma, counterFilter(d.filter, 'APPLICATION'), !!byRegion)),
    }),
    openItems: t.field({
      type: OpenItemsRef,
      description: 'Open items past their last day, or due in the next 3 working days, judged on today’s calendar (G2).',
      args: { standing: t.arg({ type: OpenItemStandingEnum, required: true, description: 'Overdue or due soon.' }) },
      // national: the counts from the figure cache like every figure (≤ 10 s behind, `asOf` says when); the list's
      // pages are read when asked, on the same day's judgement
      resolve: (d, { standing }, ctx) =>
        cached(ctx, 'openItems', [d.filter, standing], () =>
          openItems(ctx.db.prisma, ctx.calendar, ctx.now(), { regionIds: d.filter.regionIds, services: d.filter.services, bodies: d.filter.body ? [d.filter.body] : null }, standing),
        ),
    }),
    bailiffWork: t.field({
      type: BailiffWorkRef,
      description: 'E4, E5, E6.',
      args: { byRegion: t.arg.boolean({ required: false, description: 'Split by region.' }) },
      resolve: (d, { byRegion }, ctx) => cached(ctx, 'bailiffWork', [d.filter, !!byRegion], () => bailiffWork(ctx.db.prisma, counterFilter(d.filter, 'PROCEEDING'), !!byRegion)),
    }),
    complaints: t.field({ type: ComplaintsRef, description: 'Complaints by addressee, outcome and term met.', resolve: (d, _a, ctx) => cached(ctx, 'complaints', d.filter, () => complaints(ctx.db.prisma, counterFilter(d.filter, 'COMPLAINT'))) }),
    inspections: t.field({ type: InspectionsRef, description: 'Inspections by status and plan.', resolve: (d, _a, ctx) => cached(ctx, 'inspections', d.filter, () => inspections(ctx.db.prisma, counterFilter(d.filter, 'OTHER'))) }),
    chambers: t.field({
      type: [ChamberFigureRef],
      description: 'The Chambers, country view: one row per chamber of the filter’s regions.',
      args: { year: t.arg.int({ required: false, description: 'The counting year (default: this year).' }) },
      resolve: (d, { year }, ctx) => cached(ctx, 'chambers', [d.filter, year ?? null, almatyDate(ctx.now())], async () => {
        const today = almatyDate(ctx.now());
        const [rows, asOf] = await Promise.all([chamberFigures(ctx.db.prisma, year ?? Number(today.slice(0, 4)), today, d.filter.regionIds, undefined, { withBailiffs: false }), dbNow(ctx)]);
        return rows.map((r) => ({ ...r, asOf, filter: d.filter }));
      }),
    }),
    chamber: t.field({
      type: ChamberFigureRef,
      nullable: true,
      description: 'One chamber, with every bailiff (drill-down); null when outside the filter.',
      args: { id: t.arg.globalID({ required: true, description: 'The chamber’s global id.' }), year: t.arg.int({ required: false, description: 'The counting year.' }) },
      resolve: async (d, { id, year }, ctx) => {
        if (id.typename !== 'Chamber') return null;
        const today = almatyDate(ctx.now());
        const [rows, asOf] = await Promise.all([chamberFigures(ctx.db.prisma, year ?? Number(today.slice(0, 4)), today, d.filter.regionIds, id.id), dbNow(ctx)]);
        return rows[0] ? { ...rows[0], asOf, filter: d.filter } : null;
      },
    }),
  }),
});

// dashperf: every figure through the process's shared cache, keyed by figure, what was asked and the viewer's scope
export const cached = <T>(ctx: Context, figure: string, asked: unknown, compute: () => Promise<T>): Promise<T> => ctx.figures.get(FigureCache.key(figure, dashboardRegions(ctx.viewer), asked), compute);

async function dbNow(ctx: Context): Promise<Date> {
  return (await ctx.db.prisma.$queryRawUnsafe<{ now: Date }[]>('SELECT now() AS "now"'))[0]!.now;
}

builder.queryField('dashboard', (t) =>
  t.field({
    type: DashboardRef,
    description: 'Ministry and quality-control inspectors: the dashboards under a filter (issue 11).',
    authScopes: (_r, _a, ctx) => mayReadDashboards(ctx.viewer),
    args: { filter: t.arg({ type: DashboardFilterInput, required: false, description: 'What the figures cover.' }) },
    resolve: (_r, { filter }, ctx) => ({ filter: resolveFilter(ctx, filter) }),
  }),
);

