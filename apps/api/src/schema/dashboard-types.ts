// Issue 11: the dashboards' enums, their filter and the small shared types (rows, regions, counts); the figures
// and the root query are in dashboard.ts.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { almatyDate } from '@oryndau/domain';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { dashboardRegions } from '../access.ts';
import type { CounterFilter } from '../aggregates/counters.ts';
import { type CountRow, type TermFigure, type VolumeRow } from '../aggregates/figures.ts';
import { bodyOfService, RESPONSIBLE_BODIES, type ResponsibleBody } from '../aggregates/open-items.ts';
import { ServiceKindEnum } from './application.ts';
import { FigureCache } from '../aggregates/figure-cache.ts'; // dashperf
import { ChannelEnum } from './channel.ts';
import { MeasureKindEnum, RefusalGroundEnum } from './proceeding.ts';


// ---------------------------------------------------------------- enums

export const ResponsibleBodyEnum = builder.enumType('ResponsibleBody', {
  description: 'The body that must act on an item: the provider of the service, or for a complaint its addressee (C1).',
  values: {
    JUSTICE_OFFICE: { description: 'The territorial justice body (enforcement initiation, Appendix 3).' },
    ATTESTATION_COMMISSION: { description: 'The attestation commission (Appendix 1).' },
    MINISTRY_LICENSING: { description: 'The Ministry’s licensing staff (Appendix 2).' },
    CHAMBER: { description: 'A regional Chamber of Private Bailiffs and its bailiffs (CH1, E4).' },
    STATE_BAILIFF: { description: 'The state bailiffs of the territorial justice body.' },
    PROVIDER_HEAD: { description: 'A complaint to the head of the provider (C2: 5 working days).' },
    MINISTRY: { description: 'A complaint to the Ministry of Justice (C2: 5 working days).' },
    STATE_CORPORATION: { description: 'A complaint to the State Corporation (C2: 5 working days).' },
    QUALITY_CONTROL_BODY: { description: 'A complaint to the quality-control body (C2: 15 working days).' },
  } as const,
});

export const OpenItemKindEnum = builder.enumType('OpenItemKind', {
  description: 'What an open item is.',
  values: {
    APPLICATION: { description: 'An application for a public service.' },
    PROCEEDING: { description: 'Enforcement proceedings awaiting the bailiff’s decision (E4).' },
    COMPLAINT: { description: 'A complaint being considered (C2).' },
  } as const,
});

export const OpenItemStandingEnum = builder.enumType('OpenItemStanding', {
  description: 'How an open item stands against its last day (G2).',
  values: {
    OVERDUE: { description: 'Its last day has passed.' },
    DUE_SOON: { description: 'Its last day is today or within the next 3 working days.' },
  } as const,
});

export const TermOutcomeEnum = builder.enumType('TermOutcome', {
  description: 'Whether an item was decided within its term (T5, T6).',
  values: {
    MET: { description: 'Decided on or before its last day.' },
    MISSED: { description: 'Decided after its last day.' },
    OPEN: { description: 'Not decided yet.' },
    NONE: { description: 'No term applies (withdrawn).' },
  } as const,
});

export const BailiffExclusionEnum = builder.enumType('BailiffExclusion', {
  description: 'Why a member of a chamber cannot take cases today (CH2).',
  values: {
    NO_LICENCE: { description: 'No licence on record.' },
    LICENCE_SUSPENDED: { description: 'The licence is suspended.' },
    LICENCE_REVOKED: { description: 'The licence is revoked.' },
    LICENCE_TERMINATED: { description: 'The licence ended (terminated or superseded).' },
    LEAVE: { description: 'On leave.' },
    SICKNESS: { description: 'On sick leave.' },
    SUSPENSION: { description: 'Suspended by the chamber.' },
    PAUSE: { description: 'A chamber head pausing distribution to themself.' },
    LEFT_CHAMBER: { description: 'No longer a member of the chamber.' },
  } as const,
});

// ---------------------------------------------------------------- the filter

export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export const DashboardFilterInput = builder.inputType('DashboardFilter', {
  description: 'What the figures cover. Every field is optional: by default the whole country (or the regions of a region-bound inspector), the last 12 months, every service and body.',
  fields: (t) => ({
    regionId: t.globalID({ required: false, description: 'One region (its global id).' }),
    fromMonth: t.string({ required: false, description: 'First month, YYYY-MM (Asia/Almaty), of the items’ registration. Default: 11 months before `toMonth`.' }),
    toMonth: t.string({ required: false, description: 'Last month, YYYY-MM. Default: this month.' }),
    services: t.field({ type: [ServiceKindEnum], required: false, description: 'Only these services.' }),
    body: t.field({ type: ResponsibleBodyEnum, required: false, description: 'Only items of this body (open items, enforcement decisions, complaints by addressee; applications by the body providing them).' }),
  }),
});

export interface ResolvedFilter {
  regionIds: string[] | null;
  fromMonth: string;
  toMonth: string;
  services: string[] | null;
  body: ResponsibleBody | null;
}

export function monthsBack(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function resolveFilter(ctx: Context, input: { regionId?: { typename: string; id: string } | null; fromMonth?: string | null; toMonth?: string | null; services?: readonly string[] | null; body?: string | null } | null | undefined): ResolvedFilter {
  const allowed = dashboardRegions(ctx.viewer);
  const toMonth = input?.toMonth ?? almatyDate(ctx.now()).slice(0, 7);
  const fromMonth = input?.fromMonth ?? monthsBack(toMonth, 11);
  for (const [name, v] of [['fromMonth', fromMonth], ['toMonth', toMonth]] as const) {
    if (!MONTH_RE.test(v)) throw new GraphQLError(`filter.${name} must be a month YYYY-MM.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (fromMonth > toMonth) throw new GraphQLError('filter.fromMonth is after filter.toMonth.', { extensions: { code: 'BAD_USER_INPUT' } });
  let regionIds = allowed;
  if (input?.regionId) {
    if (input.regionId.typename !== 'Region') throw new GraphQLError('filter.regionId is not the id of a region.', { extensions: { code: 'BAD_USER_INPUT' } });
    if (allowed && !allowed.includes(input.regionId.id)) throw new GraphQLError('Your dashboards do not cover this region.', { extensions: { code: 'FORBIDDEN' } });
    regionIds = [input.regionId.id];
  }
  return { regionIds, fromMonth, toMonth, services: input?.services?.length ? [...input.services] : null, body: (input?.body as ResponsibleBody | null) ?? null };
}

/** The counters' filter for one subject, with the body filter mapped onto what that subject records. */
export function counterFilter(f: ResolvedFilter, subject: 'APPLICATION' | 'PROCEEDING' | 'COMPLAINT' | 'OTHER'): CounterFilter {
  const base: CounterFilter = { regionIds: f.regionIds, fromMonth: f.fromMonth, toMonth: f.toMonth, services: null };
  const none = ['__none__'];
  if (subject === 'APPLICATION') {
    const services = f.services ?? null;
    if (!f.body) return { ...base, services };
    const ofBody = ['ATTESTATION', 'ATTESTATION_AND_LICENCE', 'LICENCE', 'LICENCE_REISSUE', 'ENFORCEMENT_INITIATION'].filter((k) => bodyOfService(k) === f.body && (!services || services.includes(k)));
    return { ...base, services: ofBody.length ? ofBody : none };
  }
  if (subject === 'PROCEEDING') {
    if (f.services && !f.services.includes('ENFORCEMENT_INITIATION')) return { ...base, services: none };
    if (!f.body) return base;
    return { ...base, services: f.body === 'CHAMBER' || f.body === 'STATE_BAILIFF' ? [f.body] : none };
  }
  if (subject === 'COMPLAINT') return { ...base, services: f.body ? [f.body] : null };
  return base;
}

// ---------------------------------------------------------------- shared small types

export interface RegionRow { id: string; code: string; nameKk: string; nameRu: string; nameEn: string }
export const regionCache = new WeakMap<Context, Promise<Map<string, RegionRow>>>();
export function regionsOf(ctx: Context): Promise<Map<string, RegionRow>> {
  let p = regionCache.get(ctx);
  if (!p) {
    // dashperf: the regions (public reference data, the same for every scope) through the process's figure cache
    p = ctx.figures.get(FigureCache.key('regions', null, null), () => ctx.db.prisma.region.findMany({ select: { id: true, code: true, nameKk: true, nameRu: true, nameEn: true }, orderBy: { code: 'asc' } })).then((rs) => new Map(rs.map((r) => [r.id, r])));
    regionCache.set(ctx, p);
  }
  return p;
}
export const regionOf = async (ctx: Context, id: string | null | undefined) => (id ? ((await regionsOf(ctx)).get(id) ?? null) : null);

export const DashboardRegionRef = builder.objectRef<RegionRow>('DashboardRegion').implement({
  description: 'A region as the figures name it.',
  fields: (t) => ({
    id: t.id({ description: 'The global id of the Region.', resolve: (r) => encodeGlobalID('Region', r.id) }),
    code: t.exposeString('code', { description: 'The region’s code, e.g. ALA.' }),
    nameKk: t.exposeString('nameKk', { description: 'Name in Kazakh.' }),
    nameRu: t.exposeString('nameRu', { description: 'Name in Russian.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
  }),
});

export const VolumeRowRef = builder.objectRef<VolumeRow>('ServiceVolume').implement({
  description: 'Registered applications of one service, in one region, month and channel.',
  fields: (t) => ({
    service: t.field({ type: ServiceKindEnum, description: 'The service.', resolve: (r) => r.service as never }),
    region: t.field({ type: DashboardRegionRef, nullable: true, description: 'The region; null when the figure is not split by region.', resolve: (r, _a, ctx) => regionOf(ctx, r.regionId) }),
    month: t.exposeString('month', { description: 'YYYY-MM of registration (Asia/Almaty).' }),
    channel: t.field({ type: ChannelEnum, description: 'Through which channel it came.', resolve: (r) => r.channel as never }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

export const TermFigureRef = builder.objectRef<TermFigure>('TermFigure').implement({
  description: 'Items decided within their statutory term, and the time taken in working days (T5, T6: the day of registration is not counted).',
  fields: (t) => ({
    service: t.field({ type: ServiceKindEnum, nullable: true, description: 'The service, for applications.', resolve: (r) => (ServiceKindEnum_VALUES.has(r.key) ? (r.key as never) : null) }),
    body: t.field({ type: ResponsibleBodyEnum, nullable: true, description: 'The body, for enforcement decisions (E4) and complaints (by addressee).', resolve: (r) => ((RESPONSIBLE_BODIES as readonly string[]).includes(r.key) ? (r.key as never) : null) }),
    region: t.field({ type: DashboardRegionRef, nullable: true, description: 'The region; null when the figure is not split by region.', resolve: (r, _a, ctx) => regionOf(ctx, r.regionId) }),
    decided: t.exposeInt('decided', { description: 'Decided items.' }),
    withinTerm: t.exposeInt('withinTerm', { description: 'Of which decided on or before their last day.' }),
    open: t.exposeInt('open', { description: 'Items not decided yet.' }),
    share: t.exposeFloat('share', { nullable: true, description: 'withinTerm / decided (0–1); null when nothing was decided.' }),
    medianDays: t.exposeInt('medianDays', { nullable: true, description: 'Median of the working days taken (nearest rank).' }),
    p90Days: t.exposeInt('p90Days', { nullable: true, description: '90th percentile of the working days taken (nearest rank).' }),
  }),
});
export const ServiceKindEnum_VALUES = new Set(['ATTESTATION', 'LICENCE', 'ATTESTATION_AND_LICENCE', 'LICENCE_REISSUE', 'ENFORCEMENT_INITIATION']);

export const RefusalCountRef = builder.objectRef<CountRow>('RefusalGroundCount').implement({
  description: 'E5: refusals to initiate, by ground.',
  fields: (t) => ({
    ground: t.field({ type: RefusalGroundEnum, description: 'The ground.', resolve: (r) => r.key as never }),
    region: t.field({ type: DashboardRegionRef, nullable: true, description: 'The region; null when the figure is not split by region.', resolve: (r, _a, ctx) => regionOf(ctx, r.regionId) }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

export const MeasureCountRef = builder.objectRef<CountRow>('MeasureKindCount').implement({
  description: 'E6: enforcement measures taken, by kind (month of the measure).',
  fields: (t) => ({
    kind: t.field({ type: MeasureKindEnum, description: 'The kind of measure.', resolve: (r) => r.key as never }),
    region: t.field({ type: DashboardRegionRef, nullable: true, description: 'The region; null when the figure is not split by region.', resolve: (r, _a, ctx) => regionOf(ctx, r.regionId) }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

