// State quality-control inspections (issue 10, area `inspections`): the subjects (service providers), the
// semi-annual plan proposed from the platform's figures (Q1), unscheduled inspections on a ground (Q2), the
// inspection's life with its deadlines (Q3, Q4), its validity (Q5), its stages (G2), and the Chamber's CH5
// inspections listed beside them for the ministry. Thin: decode ids, authorise, call the use case, map.
import { InspectingBody, InspectionStageKind, InspectionSuspensionReason, ServiceProviderKind } from '@oryndau/db';
import {
  draftCertificateLatestOn,
  inspectionNoticeLatestOn,
  nextPlanPeriod,
  almatyDate,
  NOTICE_ITEMS,
  type GrossViolation,
} from '@oryndau/domain';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import { hasRole, mayWriteInspection } from '../access.ts';
import { isoDate } from '../dates.ts';
import { TEXT_BOUNDS } from '../limits/input-policy.ts';
import { ServiceKindEnum } from './application.ts';
import { ChannelEnum } from './channel.ts';
import { InspectionStatusEnum } from './inspection.ts';
import { validityOf, type Validity } from '../usecases/quality-inspection-common.ts';
import { inspectionPlanProposal, type PlanProposal, type ProposedSubject } from '../usecases/inspection-plan-proposal.ts';

// free text of these inputs may be long and hold line breaks (the input policy's exceptions, limits/README.md)
for (const f of ['SendInspectionCertificateInput.recommendation', 'RecordRecommendationResultInput.measures', 'OpenUnscheduledInspectionInput.matter', 'PlanInspectionInput.matter']) {
  TEXT_BOUNDS[f] = { max: 4000, multiline: true };
}

export const INSPECTORS = ['MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR'] as const;

// ---------------------------------------------------------------- enums

const ServiceProviderKindEnum = builder.enumType(ServiceProviderKind, {
  name: 'ServiceProviderKind',
  description: 'Q1: the kinds of subject of state quality control this platform models.',
  values: {
    TERRITORIAL_JUSTICE_BODY: { description: 'A region’s territorial justice body: attestation, enforcement initiation.' },
    MINISTRY_LICENSING_UNIT: { description: 'The Ministry of Justice’s licensing unit: the private-bailiff licence and its reissue.' },
    STATE_CORPORATION_OFFICE: { description: 'A regional office of the State Corporation “Government for Citizens”: paper applications.' },
  } as const,
});

const InspectingBodyEnum = builder.enumType(InspectingBody, {
  name: 'InspectingBody',
  description: 'Who conducts an inspection.',
  values: {
    QUALITY_CONTROL_BODY: { description: 'The authorised body for quality assessment and control of public services (its plan, Q1–Q5).' },
    MINISTRY: { description: 'The Ministry of Justice (departmental unscheduled inspections of its territorial bodies).' },
  } as const,
});

export const SuspensionReasonEnum = builder.enumType(InspectionSuspensionReason, {
  name: 'InspectionSuspensionReason',
  description: 'Q3 (art. 27-2 p.4): why an inspection’s term is suspended.',
  values: {
    REQUEST_FOR_INFORMATION: { description: 'Awaiting information requested from a state body, official or other entity.' },
    STATE_OF_EMERGENCY: { description: 'A state of emergency was introduced.' },
  } as const,
});

const InspectionStageKindEnum = builder.enumType(InspectionStageKind, {
  name: 'InspectionStageKind',
  description: 'G2: the stages of a quality-control inspection.',
  values: {
    PLANNED: { description: 'Put into the semi-annual plan (Q1).' },
    PLAN_AMENDED: { description: 'Added to an approved plan, by decision of the head (Q1).' },
    DECIDED: { description: 'An unscheduled inspection decided on a ground (Q2).' },
    NOTICE_SENT: { description: 'The notice of start sent (Q3).' },
    STARTED: { description: 'Started on its notified day (Q3).' },
    SUSPENDED: { description: 'The term suspended (Q3).' },
    RESUMED: { description: 'The term resumed (Q3).' },
    INSPECTORS_CHANGED: { description: 'The inspectors changed, the subject notified (Q3).' },
    DRAFT_CERTIFICATE_SENT: { description: 'The draft certificate sent (Q4).' },
    OBJECTIONS_RECEIVED: { description: 'The subject’s objections received (Q4).' },
    NO_OBJECTIONS: { description: 'The subject answered it has no objections (Q4).' },
    CERTIFICATE_SENT: { description: 'The certificate sent: completed (Q4).' },
    RECOMMENDATION_REPORTED: { description: 'The recommendation considered and its result reported (Q4).' },
    DECLARED_INVALID: { description: 'Declared invalid for a gross violation (Q5).' },
  } as const,
});

const PlanCriterionEnum = builder.enumType('PlanCriterion', {
  description: 'Q1 (art. 27-1 p.4): why a subject enters the semi-annual plan.',
  values: {
    MORE_THAN_1000_SERVICES: { description: 'More than 1,000 services provided in the last six months.' },
    VIOLATION_RECOMMENDATION: { description: 'A recommendation to remove violations found by an earlier inspection, in the last six months.' },
    APPEAL_RECEIVED: { description: 'An appeal of individuals or legal entities about it received in the last six months.' },
    ART_465_FINE: { description: 'Its officials fined under art. 465 of the Administrative Code in the last year.' },
    MONITORING_RECOMMENDATION_NOT_IMPLEMENTED: { description: 'A monitoring recommendation of the last six months not implemented.' },
    THREE_UNSCHEDULED_INSPECTIONS: { description: 'Three or more unscheduled inspections in the last year.' },
    NO_SCHEDULED_INSPECTION_FOR_3_YEARS: { description: 'No scheduled inspection in the last three years.' },
  } as const,
});

export const InspectionViolationEnum = builder.enumType('InspectionViolation', {
  description: 'Q5: violations of the inspection procedure; the gross ones make it invalid.',
  values: {
    NO_GROUNDS: { description: 'Gross: no lawful ground (unscheduled), or no approved plan by the start (scheduled).' },
    NO_NOTICE: { description: 'Gross: the start day came without a notice of start.' },
    OUTSIDE_COMPETENCE: { description: 'Gross: the subject is outside the conducting body’s competence.' },
    LATE_NOTICE: { description: 'The notice went out after its lead time.' },
    INCOMPLETE_NOTICE: { description: 'The notice lacks some of the nine items of art. 27-2 p.3.' },
  } as const,
});

const InspectionSourceEnum = builder.enumType('InspectionSource', {
  description: 'Which inspections a list shows.',
  values: {
    QUALITY_CONTROL: { description: 'State quality-control inspections of service providers (Q1–Q5).' },
    CHAMBER: { description: 'The regional Chambers’ unscheduled inspections of their private bailiffs (CH5).' },
    ALL: { description: 'Both.' },
  } as const,
});

// ---------------------------------------------------------------- objects

export const ServiceProviderNode = builder.prismaNode('ServiceProvider', {
  id: { field: 'id' },
  description: 'A subject of state quality control: a provider of public services (Q1). Public reference data.',
  fields: (t) => ({
    code: t.exposeString('code'),
    kind: t.expose('kind', { type: ServiceProviderKindEnum }),
    nameKk: t.exposeString('nameKk'),
    nameRu: t.exposeString('nameRu'),
    nameEn: t.exposeString('nameEn'),
    location: t.exposeString('location', { description: 'Its address (item 3 of the notice of start).' }),
    serviceKinds: t.field({ type: [ServiceKindEnum], description: 'The services it provides.', resolve: (p) => p.serviceKinds }),
    channels: t.field({ type: [ChannelEnum], description: 'The channels it receives them through.', resolve: (p) => p.channels }),
  }),
});

export const InspectionPlanNode = builder.prismaNode('InspectionPlan', {
  id: { field: 'id' },
  description: 'Q1: a semi-annual plan of scheduled inspections. Inspectors only.',
  authScopes: { anyRole: [...INSPECTORS] },
  fields: (t) => ({
    year: t.exposeInt('year'),
    half: t.exposeInt('half', { description: '1: January–June (approved by 10 December of the year before); 2: July–December (by 10 May).' }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    approvalDueOn: t.field({ type: 'Date', description: 'The approval deadline (Q1).', resolve: (p) => p.approvalDueOn ?? (p.half === 1 ? `${p.year - 1}-12-10` : `${p.year}-05-10`) }),
    approvedLate: t.exposeBoolean('approvedLate', { description: 'Approved after its deadline (Q1).' }),
    inspections: t.relation('inspections', { description: 'Its scheduled inspections, by start.', query: { orderBy: { startsOn: 'asc' } } }),
    viewerCanApprove: t.boolean({ description: 'Whether you may approve it now.', resolve: (p, _a, ctx) => !p.approvedAt && hasRole(ctx.viewer, 'QUALITY_INSPECTOR') }),
  }),
});

const NoticePersonRef = builder.objectRef<{ name: string; position: string }>('NoticePerson').implement({
  description: 'A person named in a notice: an inspector, specialist, consultant or expert.',
  fields: (t) => ({ name: t.exposeString('name'), position: t.exposeString('position', { description: 'Position, or the role in the inspection.' }) }),
});

interface NoticeShape {
  inspectors: { name: string; position: string }[];
  specialists: { name: string; position: string }[];
  subject: string;
  matter: string;
  duration: { fromOn: string; toOn: string };
  periodUnderInspection: { fromOn: string; toOn: string };
  kind: string;
  grounds: string;
  signature: string;
}

const NoticeRef = builder.objectRef<NoticeShape>('InspectionNotice').implement({
  description: 'Q3: the notice of start as sent, with the nine items of art. 27-2 p.3.',
  fields: (t) => ({
    inspectors: t.field({ type: [NoticePersonRef], description: '1) who is authorised, with positions.', resolve: (n) => n.inspectors }),
    specialists: t.field({ type: [NoticePersonRef], description: '2) specialists, consultants and experts involved (may be none).', resolve: (n) => n.specialists }),
    subject: t.exposeString('subject', { description: '3) the subject and its location.' }),
    matter: t.exposeString('matter', { description: '4) the subject-matter.' }),
    durationFromOn: t.field({ type: 'Date', description: '5) the duration: first day.', resolve: (n) => n.duration.fromOn }),
    durationToOn: t.field({ type: 'Date', description: '5) the duration: last day.', resolve: (n) => n.duration.toOn }),
    periodFromOn: t.field({ type: 'Date', description: '6) the period under inspection: from.', resolve: (n) => n.periodUnderInspection.fromOn }),
    periodToOn: t.field({ type: 'Date', description: '6) the period under inspection: to.', resolve: (n) => n.periodUnderInspection.toOn }),
    kind: t.string({ description: '7) the kind of inspection.', resolve: (n) => n.kind }),
    grounds: t.exposeString('grounds', { description: '8) the grounds.' }),
    signature: t.exposeString('signature', { description: '9) who signed it.' }),
    items: t.int({ description: 'How many of the nine items it holds.', resolve: (n) => NOTICE_ITEMS.filter((i) => (n as unknown as Record<string, unknown>)[i] != null).length }),
  }),
});

builder.prismaObject('InspectionSuspension', {
  description: 'Q3: a suspension of an inspection’s term; its days do not count.',
  fields: (t) => ({
    kind: t.expose('kind', { type: SuspensionReasonEnum }),
    reason: t.exposeString('reason'),
    fromOn: t.expose('fromOn', { type: 'Date', description: 'The day of the decision (not counted).' }),
    resumedOn: t.expose('toOn', { type: 'Date', nullable: true, description: 'The day the count resumed (counted again); null while suspended.' }),
    notifiedAt: t.expose('notifiedAt', { type: 'DateTime' }),
    resumeNotifiedAt: t.expose('resumeNotifiedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObject('InspectionInspectorChange', {
  description: 'Q3: a change of the inspectors, notified within 1 working day of the decision.',
  fields: (t) => ({
    decidedOn: t.expose('decidedOn', { type: 'Date' }),
    notifiedAt: t.expose('notifiedAt', { type: 'DateTime' }),
    notifyDueOn: t.expose('notifyDueOn', { type: 'Date' }),
    late: t.boolean({ description: 'Notified after the day it was due.', resolve: (c) => almatyDate(c.notifiedAt) > isoDate(c.notifyDueOn) }),
    inspectors: t.field({ type: [NoticePersonRef], resolve: (c) => c.inspectors as { name: string; position: string }[] }),
  }),
});

builder.prismaObject('InspectionStage', {
  description: 'G2: one stage of an inspection: when, by which role, the deadline it set, whether it was late.',
  fields: (t) => ({
    status: t.expose('status', { type: InspectionStatusEnum }),
    stage: t.expose('stage', { type: InspectionStageKindEnum }),
    at: t.expose('at', { type: 'DateTime' }),
    actorRole: t.exposeString('actorRole', { nullable: true, description: 'The role that acted (never the person).' }),
    dueOn: t.expose('dueOn', { type: 'Date', nullable: true, description: 'The deadline this stage set or answered.' }),
    late: t.exposeBoolean('late'),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const ValidityRef = builder.objectRef<Validity>('InspectionValidity').implement({
  description: 'Q5: whether the inspection is valid, and the violations its record shows.',
  fields: (t) => ({
    valid: t.exposeBoolean('valid'),
    gross: t.field({ type: [InspectionViolationEnum], description: 'Gross violations: any makes it invalid.', resolve: (v) => v.gross }),
    other: t.field({ type: [InspectionViolationEnum], description: 'Other violations (recorded, not invalidating).', resolve: (v) => v.other }),
  }),
});

// the quality-control fields of an inspection (internal: inspectors, and a chamber for its own CH5 inspections)
builder.prismaObjectFields('Inspection', (t) => ({
  provider: t.relation('provider', { nullable: true, description: 'The subject: a service provider (quality control); null for a chamber’s inspection of a bailiff.' }),
  plan: t.relation('plan', { nullable: true, description: 'The semi-annual plan of a scheduled inspection.' }),
  conductedBy: t.field({ type: InspectingBodyEnum, nullable: true, description: 'The body conducting it; null for a chamber’s inspection (CH5).', resolve: (i) => (i.chamberId ? null : i.conductedBy) }),
  byChamber: t.boolean({ description: 'A regional Chamber’s inspection of one of its bailiffs (CH5).', resolve: (i) => !!i.chamberId }),
  chamberName: t.string({ nullable: true, description: 'The chamber conducting it (CH5).', select: { chamber: { select: { name: true } } }, resolve: (i) => (i as unknown as { chamber: { name: string } | null }).chamber?.name ?? null }),
  matter: t.exposeString('matter', { nullable: true, description: 'The subject-matter.' }),
  notice: t.field({ type: NoticeRef, nullable: true, resolve: (i) => (i.notice as NoticeShape | null) ?? null }),
  noticeSentAt: t.expose('noticeSentAt', { type: 'DateTime', nullable: true }),
  noticeLatestOn: t.field({ type: 'Date', description: 'Q3: the last day to send the notice of start.', resolve: async (i, _a, ctx) => inspectionNoticeLatestOn(isoDate(i.startsOn), i.kind, await ctx.calendar.get(ctx.db.prisma)) }),
  startedOn: t.expose('startedOn', { type: 'Date', nullable: true }),
  suspensions: t.relation('suspensions', { query: { orderBy: { fromOn: 'asc' } } }),
  inspectorChanges: t.relation('inspectorChanges', { query: { orderBy: { createdAt: 'asc' } } }),
  draftCertificateLatestOn: t.field({ type: 'Date', description: 'Q4: the draft certificate goes out by this day (3 working days before the end).', resolve: async (i, _a, ctx) => draftCertificateLatestOn(isoDate(i.endsOn), await ctx.calendar.get(ctx.db.prisma)) }),
  draftCertificateSentAt: t.expose('draftCertificateSentAt', { type: 'DateTime', nullable: true }),
  draftCertificate: t.exposeString('draftCertificate', { nullable: true }),
  violationsFound: t.exposeBoolean('findingsViolations', { nullable: true, description: 'The draft found violations.' }),
  objectionsDueOn: t.expose('objectionsDueOn', { type: 'Date', nullable: true, description: 'Q4: objections within 2 working days of the draft’s receipt.' }),
  objections: t.exposeString('objections', { nullable: true }),
  objectionsReceivedAt: t.expose('objectionsReceivedAt', { type: 'DateTime', nullable: true }),
  certificate: t.exposeString('certificate', { nullable: true }),
  certificateSentAt: t.expose('certificateSentAt', { type: 'DateTime', nullable: true }),
  completedOn: t.expose('completedOn', { type: 'Date', nullable: true, description: 'Q4: the day the certificate was sent.' }),
  recommendation: t.exposeString('recommendation', { nullable: true }),
  recommendationReceivedOn: t.expose('recommendationReceivedOn', { type: 'Date', nullable: true }),
  recommendationDueOn: t.expose('recommendationDueOn', { type: 'Date', nullable: true, description: 'Q4: considered and acted on within 30 calendar days.' }),
  recommendationOverdue: t.boolean({
    description: 'The recommendation’s 30 days passed without a consideration recorded.',
    resolve: (i, _a, ctx) => !!i.recommendationDueOn && !i.recommendationConsideredOn && almatyDate(ctx.now()) > isoDate(i.recommendationDueOn),
  }),
  recommendationConsideredOn: t.expose('recommendationConsideredOn', { type: 'Date', nullable: true }),
  recommendationMeasures: t.exposeString('recommendationMeasures', { nullable: true }),
  recommendationReportDueOn: t.expose('recommendationReportDueOn', { type: 'Date', nullable: true, description: 'Q4: the report within 2 working days of the consideration.' }),
  recommendationReportedAt: t.expose('recommendationReportedAt', { type: 'DateTime', nullable: true }),
  invalidReasons: t.field({ type: [InspectionViolationEnum], resolve: (i) => i.invalidReasons as GrossViolation[] }),
  validity: t.field({
    type: ValidityRef,
    nullable: true,
    description: 'Q5: validity from the record; null for a chamber’s inspection (CH5).',
    select: { provider: true, plan: true, suspensions: true },
    resolve: async (i, _a, ctx) => (i.chamberId ? null : validityOf(i as never, await ctx.calendar.get(ctx.db.prisma), almatyDate(ctx.now()))),
  }),
  stages: t.relation('stages', { description: 'G2: every stage, in order.', query: { orderBy: [{ at: 'asc' }, { seq: 'asc' }] } }),
  viewerCanWrite: t.boolean({ description: 'Whether you may act on this inspection.', resolve: (i, _a, ctx) => mayWriteInspection(ctx.viewer, i) }),
}));

// ---------------------------------------------------------------- the plan proposal (Q1)

const CriterionFindingRef = builder.objectRef<{ criterion: string; figure: number | null }>('PlanCriterionFinding').implement({
  description: 'A criterion a subject meets, with the figure behind it.',
  fields: (t) => ({
    criterion: t.field({ type: PlanCriterionEnum, resolve: (f) => f.criterion as never }),
    figure: t.exposeInt('figure', { nullable: true, description: 'Services, recommendations, appeals, fines, unscheduled inspections, or full years since the last scheduled inspection (null: never inspected).' }),
  }),
});

const ProposedSubjectRef = builder.objectRef<ProposedSubject>('ProposedPlanSubject').implement({
  description: 'Q1: a subject the plan proposes, with the criteria it meets and the figures.',
  fields: (t) => ({
    provider: t.field({ type: ServiceProviderNode, resolve: (s) => s.provider }),
    criteria: t.field({ type: [CriterionFindingRef], resolve: (s) => s.findings }),
    servicesLast6Months: t.int({ resolve: (s) => s.statistics.servicesLast6Months }),
    appealsLast6Months: t.int({ resolve: (s) => s.statistics.appealsLast6Months }),
    violationRecommendationsLast6Months: t.int({ resolve: (s) => s.statistics.violationRecommendations }),
    monitoringRecommendationsNotImplemented: t.int({ resolve: (s) => s.statistics.monitoringNotImplemented }),
    art465FinesLastYear: t.int({ resolve: (s) => s.statistics.art465FinesLastYear }),
    unscheduledInspectionsLastYear: t.int({ resolve: (s) => s.statistics.unscheduledInspectionsLastYear }),
    lastScheduledInspectionOn: t.field({ type: 'Date', nullable: true, resolve: (s) => s.statistics.lastScheduledInspectionOn }),
    scheduledThisYear: t.prismaField({
      type: 'Inspection',
      nullable: true,
      description: 'Q1 p.5: its scheduled inspection already in the plan’s calendar year (at most one a year).',
      resolve: (query, s, _a, ctx) => (s.scheduledThisYearId ? ctx.db.prisma.inspection.findUnique({ ...query, where: { id: s.scheduledThisYearId } }) : null),
    }),
  }),
});

const PlanProposalRef = builder.objectRef<PlanProposal>('InspectionPlanProposal').implement({
  description: 'Q1: the semi-annual plan as the data proposes it.',
  fields: (t) => ({
    year: t.int({ resolve: (p) => p.period.year }),
    half: t.int({ resolve: (p) => p.period.half }),
    referenceOn: t.field({ type: 'Date', description: 'The day the windows run back from (today while prepared, the approval once approved).', resolve: (p) => p.referenceOn }),
    approvalDueOn: t.field({ type: 'Date', resolve: (p) => p.approvalDueOn }),
    periodFromOn: t.field({ type: 'Date', resolve: (p) => p.periodFromOn }),
    periodToOn: t.field({ type: 'Date', resolve: (p) => p.periodToOn }),
    plan: t.prismaField({ type: 'InspectionPlan', nullable: true, resolve: (query, p, _a, ctx) => (p.planId ? ctx.db.prisma.inspectionPlan.findUnique({ ...query, where: { id: p.planId } }) : null) }),
    subjects: t.field({ type: [ProposedSubjectRef], resolve: (p) => p.subjects }),
  }),
});

builder.queryFields((t) => ({
  inspectionPlanProposal: t.field({
    type: PlanProposalRef,
    description: 'Inspectors: the subjects the semi-annual plan proposes (Q1). Without arguments, the next plan to approve.',
    authScopes: { anyRole: [...INSPECTORS] },
    args: { year: t.arg.int({ required: false }), half: t.arg.int({ required: false }) },
    resolve: (_r, args, ctx) => {
      const next = nextPlanPeriod(almatyDate(ctx.now()));
      const year = args.year ?? next.year;
      const half = args.half ?? next.half;
      if (year < 2000 || year > 2999 || (half !== 1 && half !== 2)) {
        throw new GraphQLError('A plan is for a year between 2000 and 2999 and a half, 1 or 2 (Q1).', { extensions: { code: 'BAD_USER_INPUT', key: 'inspection.planPeriod' } });
      }
      return inspectionPlanProposal(ctx, { year, half: half as 1 | 2 });
    },
  }),
  inspectionPlans: t.prismaField({
    type: ['InspectionPlan'],
    description: 'Inspectors: the semi-annual plans, newest first.',
    authScopes: { anyRole: [...INSPECTORS] },
    resolve: (query, _r, _a, ctx) => ctx.db.prisma.inspectionPlan.findMany({ ...query, orderBy: [{ year: 'desc' }, { half: 'desc' }], take: 20 }),
  }),
  serviceProviders: t.prismaField({
    type: ['ServiceProvider'],
    description: 'The subjects of state quality control (service providers).',
    resolve: (query, _r, _a, ctx) => ctx.db.prisma.serviceProvider.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
  inspections: t.prismaConnection({
    type: 'Inspection',
    cursor: 'id',
    description: 'Inspectors: inspections, latest start first — quality control’s and the Chambers’ CH5 inspections of bailiffs beside them.',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      source: t.arg({ type: InspectionSourceEnum, required: false, defaultValue: 'ALL' }),
      status: t.arg({ type: InspectionStatusEnum, required: false }),
    },
    resolve: (query, _r, args, ctx) =>
      ctx.db.prisma.inspection.findMany({
        ...query,
        where: {
          ...(args.source === 'QUALITY_CONTROL' ? { chamberId: null } : args.source === 'CHAMBER' ? { chamberId: { not: null } } : {}),
          ...(args.status ? { status: args.status } : {}),
        },
        orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
      }),
  }),
}));
