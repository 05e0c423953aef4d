import { InspectionGround, InspectionKind, InspectionStatus } from '@oryndau/db';
import { builder } from '../builder.ts';
import { canSeeChamber } from '../access.ts';
import { recordAuthScopes } from './record-auth.ts';
import { completeBailiffInspection, openBailiffInspection } from '../usecases/bailiff-inspection.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import { PrivateBailiffNode } from './bailiff.ts';

export const InspectionKindEnum = builder.enumType(InspectionKind, {
  name: 'InspectionKind',
  values: { SCHEDULED: { description: 'By the semi-annual plan (Q1).' }, UNSCHEDULED: { description: 'On one of the five grounds (Q2, CH5).' } } as const,
});

const InspectionGroundEnum = builder.enumType(InspectionGround, {
  name: 'InspectionGround',
  description: 'Q2: the grounds of an inspection; never an anonymous appeal.',
  values: {
    PLAN: { description: 'The semi-annual plan (scheduled inspections only).' },
    APPEAL_OF_PERSON: { description: 'An appeal of an individual or legal entity.' },
    APPEAL_OF_STATE_BODY: { description: 'An appeal of a state body.' },
    CONTROL_OF_RECOMMENDATIONS: { description: 'Control of the fulfilment of recommendations.' },
    MONITORING_FINDINGS: { description: 'Findings of monitoring.' },
    MEDIA_REPORT: { description: 'A report in the media.' },
  } as const,
});

export const InspectionStatusEnum = builder.enumType(InspectionStatus, {
  name: 'InspectionStatus',
  values: {
    PLANNED: { description: 'In the plan, not yet notified.' },
    NOTIFIED: { description: 'Notice of start sent.' },
    IN_PROGRESS: { description: 'Running.' },
    SUSPENDED: { description: 'Suspended (Q3).' },
    DRAFT_CERTIFICATE_SENT: { description: 'Draft certificate sent to the subject (Q4).' },
    COMPLETED: { description: 'Completed: the certificate was sent.' },
    INVALID: { description: 'Invalid: without grounds, notice or competence (Q5).' },
  } as const,
});

export const InspectionNode = builder.prismaNode('Inspection', {
  id: { field: 'id' },
  description: 'An inspection: of a service provider by quality control (Q1–Q5), or of a private bailiff by their chamber (CH5).',
  authScopes: recordAuthScopes('Inspection'),
  fields: (t) => ({
    kind: t.expose('kind', { type: InspectionKindEnum }),
    ground: t.expose('ground', { type: InspectionGroundEnum }),
    status: t.expose('status', { type: InspectionStatusEnum }),
    subjectName: t.exposeString('subjectName'),
    subjectBailiff: t.relation('subjectBailiff', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    findings: t.exposeString('findings', { nullable: true }),
    breachFound: t.exposeBoolean('breachFound', { nullable: true }),
  }),
});

builder.prismaObjectField('PrivateBailiff', 'inspections', (t) =>
  t.relation('inspections', {
    description: 'The chamber’s inspections of this bailiff (CH5). Chamber officials and inspectors.',
    authScopes: (b, _a, ctx) => canSeeChamber(ctx.viewer, (b as { chamberId: string }).chamberId),
    query: { orderBy: { startsOn: 'desc' } },
  }),
);

const InspectionPayload = payloadRef<{ inspectionId: string }>('BailiffInspectionPayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    inspection: t.prismaField({
      type: 'Inspection',
      nullable: true,
      resolve: (query, { inspectionId: id }, _a, ctx) => (id ? ctx.db.prisma.inspection.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

builder.mutationFields((t) => ({
  openBailiffInspection: t.field({
    type: InspectionPayload,
    description: 'Chamber officials: open an unscheduled inspection of a private bailiff of the chamber (CH5): a lawful ground, reasons, at most 10 working days.',
    authScopes: { role: 'CHAMBER_OFFICIAL' },
    args: {
      input: t.arg({
        type: builder.inputType('OpenBailiffInspectionInput', {
          fields: (f) => ({
            bailiffId: f.globalID({ for: PrivateBailiffNode }),
            ground: f.field({ type: InspectionGroundEnum }),
            anonymousSource: f.boolean({ defaultValue: false, required: false, description: 'The appeal behind it is anonymous (then it is refused, Q2).' }),
            reason: f.string(),
            startsOn: f.field({ type: 'Date' }),
            endsOn: f.field({ type: 'Date', required: false, description: 'Defaults to the 10th working day.' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => ({
        inspectionId: (await openBailiffInspection(ctx, { ...input, bailiffId: input.bailiffId.id, ground: input.ground as never, anonymousSource: input.anonymousSource ?? false })).id,
      })),
  }),
  completeBailiffInspection: t.field({
    type: InspectionPayload,
    description: 'Chamber officials: record the findings of a chamber inspection (CH5).',
    authScopes: { role: 'CHAMBER_OFFICIAL' },
    args: {
      input: t.arg({
        type: builder.inputType('CompleteBailiffInspectionInput', {
          fields: (f) => ({ inspectionId: f.globalID({ for: InspectionNode }), findings: f.string(), breachFound: f.boolean() }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => ({ inspectionId: (await completeBailiffInspection(ctx, { ...input, inspectionId: input.inspectionId.id })).id })),
  }),
}));

// ---------------------------------------------------------------- inspections (issue 10): shared with quality-inspection.ts
export { InspectionGroundEnum };
