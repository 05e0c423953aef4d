// State quality-control inspections (issue 10; Q1–Q5): the mutations over the types of quality-inspection.ts.
// A thin layer: decode ids, call the use case, map the result; who may act: access.ts.
import type { GrossViolation } from '@oryndau/domain';
import { builder } from '../builder.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import { InspectionGroundEnum, InspectionKindEnum, InspectionNode } from './inspection.ts';
import { INSPECTION_INCLUDE } from '../usecases/quality-inspection-common.ts';
import { planInspection } from '../usecases/plan-inspection.ts';
import { approveInspectionPlan } from '../usecases/approve-inspection-plan.ts';
import { openUnscheduledInspection } from '../usecases/open-unscheduled-inspection.ts';
import { sendInspectionNotice } from '../usecases/send-inspection-notice.ts';
import { startInspection } from '../usecases/start-inspection.ts';
import { suspendInspection } from '../usecases/suspend-inspection.ts';
import { resumeInspection } from '../usecases/resume-inspection.ts';
import { changeInspectionInspectors } from '../usecases/change-inspection-inspectors.ts';
import { sendDraftCertificate } from '../usecases/send-draft-certificate.ts';
import { recordInspectionObjections } from '../usecases/record-inspection-objections.ts';
import { sendInspectionCertificate } from '../usecases/send-inspection-certificate.ts';
import { recordRecommendationResult } from '../usecases/record-recommendation-result.ts';
import { declareInspectionInvalid } from '../usecases/declare-inspection-invalid.ts';
import { INSPECTORS, InspectionPlanNode, InspectionViolationEnum, ServiceProviderNode, SuspensionReasonEnum } from './quality-inspection.ts';

// ---------------------------------------------------------------- mutations

const Payload = payloadRef<{ inspectionId: string }>('QualityInspectionPayload').implement({
  description: 'The result of a change to a quality-control inspection.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    inspection: t.prismaField({
      type: 'Inspection',
      nullable: true,
      resolve: (query, { inspectionId: id }, _a, ctx) => (id ? ctx.db.prisma.inspection.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

const PlanPayload = payloadRef<{ planId: string }>('ApproveInspectionPlanPayload').implement({
  description: 'The result of approving a plan.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    plan: t.prismaField({ type: 'InspectionPlan', nullable: true, resolve: (query, { planId: id }, _a, ctx) => (id ? ctx.db.prisma.inspectionPlan.findUnique({ ...query, where: { id } }) : null) }),
  }),
});

const NoticePersonInput = builder.inputType('NoticePersonInput', {
  description: 'A person named in a notice.',
  fields: (f) => ({ name: f.string({ description: 'Full name.' }), position: f.string({ description: 'Position.' }) }),
});


type Ctx = Parameters<typeof planInspection>[0];
const run = (fn: () => Promise<{ id: string }>) => runForPayload(async () => ({ inspectionId: (await fn()).id }));

builder.mutationFields((t) => ({
  planInspection: t.field({
    type: Payload,
    description: 'Quality-control inspectors: put a proposed subject into the semi-annual plan (Q1): a criterion met, at most one scheduled inspection a year.',
    authScopes: { role: 'QUALITY_INSPECTOR' },
    args: {
      input: t.arg({
        type: builder.inputType('PlanInspectionInput', {
          fields: (f) => ({
            providerId: f.globalID({ for: ServiceProviderNode }),
            year: f.int(),
            half: f.int({ description: '1 or 2.' }),
            startsOn: f.field({ type: 'Date' }),
            endsOn: f.field({ type: 'Date', required: false, description: 'Defaults to the 20th working day.' }),
            matter: f.string({ description: 'The subject-matter of the inspection.' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => planInspection(ctx as Ctx, { ...input, providerId: input.providerId.id })),
  }),
  approveInspectionPlan: t.field({
    type: PlanPayload,
    description: 'Quality-control inspectors: approve the semi-annual plan (by 10 December / 10 May; a later approval is flagged, Q1).',
    authScopes: { role: 'QUALITY_INSPECTOR' },
    args: { input: t.arg({ type: builder.inputType('ApproveInspectionPlanInput', { fields: (f) => ({ planId: f.globalID({ for: InspectionPlanNode }) }) }) }) },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ planId: (await approveInspectionPlan(ctx as Ctx, { planId: input.planId.id })).id })),
  }),
  openUnscheduledInspection: t.field({
    type: Payload,
    description: 'Inspectors: decide an unscheduled inspection on one of the five grounds (Q2); an anonymous appeal is refused.',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('OpenUnscheduledInspectionInput', {
          fields: (f) => ({
            providerId: f.globalID({ for: ServiceProviderNode }),
            ground: f.field({ type: InspectionGroundEnum }),
            anonymousSource: f.boolean({ required: false, defaultValue: false, description: 'The appeal behind it is anonymous (then it is refused, Q2).' }),
            reason: f.string({ description: 'The appeal, report or finding it rests on.' }),
            matter: f.string(),
            startsOn: f.field({ type: 'Date' }),
            endsOn: f.field({ type: 'Date', required: false, description: 'Defaults to the 10th working day.' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => openUnscheduledInspection(ctx as Ctx, { ...input, providerId: input.providerId.id, ground: input.ground as never, anonymousSource: input.anonymousSource ?? false })),
  }),
  sendInspectionNotice: t.field({
    type: Payload,
    description: 'Inspectors: send the notice of start with the nine items (Q3), at least 3 working days (scheduled) or 1 day (unscheduled) before the start.',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('SendInspectionNoticeInput', {
          fields: (f) => ({
            inspectionId: f.globalID({ for: InspectionNode }),
            inspectors: f.field({ type: [NoticePersonInput] }),
            specialists: f.field({ type: [NoticePersonInput], description: 'May be empty (none involved).' }),
            periodFromOn: f.field({ type: 'Date', description: 'The period under inspection: from.' }),
            periodToOn: f.field({ type: 'Date', description: 'The period under inspection: to.' }),
            signedBy: f.string({ description: 'Who signs the notice (name, position).' }),
            startsOn: f.field({ type: 'Date', required: false, description: 'Move the start (a notice that would be late is refused).' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => sendInspectionNotice(ctx as Ctx, { ...input, inspectionId: input.inspectionId.id })),
  }),
  startInspection: t.field({
    type: Payload,
    description: 'Inspectors: the inspection starts on its notified day (Q3); an invalid one cannot (Q5).',
    authScopes: { anyRole: [...INSPECTORS] },
    args: { input: t.arg({ type: builder.inputType('StartInspectionInput', { fields: (f) => ({ inspectionId: f.globalID({ for: InspectionNode }) }) }) }) },
    resolve: (_r, { input }, ctx) => run(() => startInspection(ctx as Ctx, { inspectionId: input.inspectionId.id })),
  }),
  suspendInspection: t.field({
    type: Payload,
    description: 'Inspectors: suspend the term awaiting information or in a state of emergency (Q3); notified within 1 working day.',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('SuspendInspectionInput', {
          fields: (f) => ({
            inspectionId: f.globalID({ for: InspectionNode }),
            kind: f.field({ type: SuspensionReasonEnum }),
            reason: f.string({ description: 'What is awaited, from whom.' }),
            decidedOn: f.field({ type: 'Date', required: false, description: 'The day of the decision (default today).' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => suspendInspection(ctx as Ctx, { ...input, inspectionId: input.inspectionId.id })),
  }),
  resumeInspection: t.field({
    type: Payload,
    description: 'Inspectors: resume the term (Q3): the count continues from this day; the end moves by the suspended working days.',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('ResumeInspectionInput', {
          fields: (f) => ({ inspectionId: f.globalID({ for: InspectionNode }), decidedOn: f.field({ type: 'Date', required: false, description: 'The day of resumption (default today).' }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => resumeInspection(ctx as Ctx, { ...input, inspectionId: input.inspectionId.id })),
  }),
  changeInspectionInspectors: t.field({
    type: Payload,
    description: 'Inspectors: change who conducts the inspection (Q3); the subject is notified within 1 working day.',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('ChangeInspectionInspectorsInput', {
          fields: (f) => ({
            inspectionId: f.globalID({ for: InspectionNode }),
            inspectors: f.field({ type: [NoticePersonInput] }),
            decidedOn: f.field({ type: 'Date', required: false, description: 'The day of the decision (default today).' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => changeInspectionInspectors(ctx as Ctx, { ...input, inspectionId: input.inspectionId.id })),
  }),
  sendDraftCertificate: t.field({
    type: Payload,
    description: 'Inspectors: send the draft certificate (Q4), at least 3 working days before the end; objections within 2 working days.',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('SendDraftCertificateInput', {
          fields: (f) => ({ inspectionId: f.globalID({ for: InspectionNode }), findings: f.string(), violationsFound: f.boolean() }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => sendDraftCertificate(ctx as Ctx, { ...input, inspectionId: input.inspectionId.id })),
  }),
  recordInspectionObjections: t.field({
    type: Payload,
    description: 'Inspectors: record the subject’s objections to the draft (or that it has none), within 2 working days (Q4).',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('RecordInspectionObjectionsInput', {
          fields: (f) => ({ inspectionId: f.globalID({ for: InspectionNode }), text: f.string({ required: false }), none: f.boolean({ required: false, defaultValue: false, description: 'The subject has no objections.' }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => recordInspectionObjections(ctx as Ctx, { ...input, none: input.none ?? false, inspectionId: input.inspectionId.id })),
  }),
  sendInspectionCertificate: t.field({
    type: Payload,
    description: 'Inspectors: send the certificate (completion, Q4), with the recommendation where violations were confirmed (30 calendar days).',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('SendInspectionCertificateInput', {
          fields: (f) => ({ inspectionId: f.globalID({ for: InspectionNode }), findings: f.string(), recommendation: f.string({ required: false }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => sendInspectionCertificate(ctx as Ctx, { ...input, inspectionId: input.inspectionId.id })),
  }),
  recordRecommendationResult: t.field({
    type: Payload,
    description: 'Inspectors: record the subject’s report on the recommendation (considered within 30 days, reported within 2 working days, Q4).',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('RecordRecommendationResultInput', {
          fields: (f) => ({ inspectionId: f.globalID({ for: InspectionNode }), consideredOn: f.field({ type: 'Date' }), measures: f.string({ description: 'The measures taken.' }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => run(() => recordRecommendationResult(ctx as Ctx, { ...input, inspectionId: input.inspectionId.id })),
  }),
  declareInspectionInvalid: t.field({
    type: Payload,
    description: 'Inspectors: declare an inspection invalid for a gross violation (no grounds, no notice, outside competence, Q5).',
    authScopes: { anyRole: [...INSPECTORS] },
    args: {
      input: t.arg({
        type: builder.inputType('DeclareInspectionInvalidInput', {
          fields: (f) => ({
            inspectionId: f.globalID({ for: InspectionNode }),
            violations: f.field({ type: [InspectionViolationEnum], required: false, description: 'Violations found elsewhere (objection, court); those the record shows are added.' }),
            note: f.string({ required: false }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      run(() => declareInspectionInvalid(ctx as Ctx, { inspectionId: input.inspectionId.id, violations: ((input.violations ?? []) as string[]).filter((v): v is GrossViolation => ['NO_GROUNDS', 'NO_NOTICE', 'OUTSIDE_COMPETENCE'].includes(v)), note: input.note })),
  }),
}));

void INSPECTION_INCLUDE;
void InspectionKindEnum;
