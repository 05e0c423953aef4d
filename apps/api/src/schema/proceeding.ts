import { MeasureKind, ProceedingRefusalGround, ProceedingStatus } from '@oryndau/db';
import { almatyDate } from '@oryndau/domain';
import { builder } from '../builder.ts';
import { isAppointedBailiff } from '../access.ts';
import { isoDate } from '../dates.ts';
import { decideProceeding, recordMeasure } from '../usecases/proceeding.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import { markVisible, recordAuthScopes } from './record-auth.ts';

export const ProceedingStatusEnum = builder.enumType(ProceedingStatus, {
  name: 'ProceedingStatus',
  values: {
    AWAITING_DECISION: { description: 'Registered; the bailiff decides within 3 working days (E4).' },
    INITIATED: { description: 'Proceedings initiated; measures follow (E6).' },
    REFUSED: { description: 'Initiation refused on a ground of E5.' },
    COMPLETED: { description: 'Enforced.' },
    TERMINATED: { description: 'Terminated.' },
  } as const,
});

const RefusalGroundEnum = builder.enumType(ProceedingRefusalGround, {
  name: 'ProceedingRefusalGround',
  description: 'E5: the grounds to refuse initiating enforcement proceedings.',
  values: {
    UNRELIABLE_DATA: { description: 'The documents submitted, or the data in them, are unreliable.' },
    ARTICLE_38_NONCOMPLIANCE: { description: 'The materials do not meet art. 38 of the Law on Enforcement Proceedings.' },
  } as const,
});

const MeasureKindEnum = builder.enumType(MeasureKind, {
  name: 'MeasureKind',
  description: 'Enforcement measures (E6).',
  values: {
    ATTACH_MOVABLES: { description: 'Attachment of movable property held by the debtor.' },
    ATTACH_MOVABLES_THIRD_PARTY: { description: 'Attachment of movable property held by a third party.' },
    ATTACH_IMMOVABLES: { description: 'Attachment of immovable property.' },
    ATTACH_EARNINGS: { description: 'Attachment of earnings.' },
    ATTACH_FUNDS_OWED: { description: 'Attachment of funds owed to the debtor.' },
    ATTACH_INTANGIBLES: { description: 'Attachment of intangible assets.' },
    ATTACH_VEHICLE: { description: 'Attachment of a vehicle.' },
    ATTACH_SHIP: { description: 'Attachment of a ship.' },
    ATTACH_AIRCRAFT: { description: 'Attachment of an aircraft.' },
    ATTACH_CROPS: { description: 'Attachment of crops.' },
    ATTACH_SAFE_CONTENTS: { description: 'Attachment of the contents of a safe.' },
    EVICTION: { description: 'Eviction.' },
    HANDOVER_OF_CHILD: { description: 'Handing over of a child.' },
    PROVISIONAL_MEASURE: { description: 'Provisional measure or security.' },
    E_AUCTION: { description: 'Electronic auction.' },
    DISTRIBUTION_OF_PROCEEDS: { description: 'Distribution of proceeds to creditors.' },
  } as const,
});

builder.prismaObject('EnforcementMeasure', {
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: MeasureKindEnum }),
    description: t.exposeString('description'),
    amountTenge: t.float({ nullable: true, resolve: (m) => (m.amountTenge == null ? null : Number(m.amountTenge)) }),
    takenOn: t.expose('takenOn', { type: 'Date' }),
  }),
});

const DecisionEnum = builder.enumType('ProceedingDecision', {
  values: {
    INITIATE: { description: 'Initiate enforcement proceedings.' },
    REFUSE: { description: 'Refuse, on a ground of E5, with reasons (G1).' },
  } as const,
});

export const EnforcementProceedingNode = builder.prismaNode('EnforcementProceeding', {
  id: { field: 'id' },
  description: 'Enforcement proceedings on one executive document.',
  authScopes: recordAuthScopes('EnforcementProceeding'),
  fields: (t) => ({
    number: t.exposeString('number'),
    status: t.expose('status', { type: ProceedingStatusEnum }),
    registeredAt: t.expose('registeredAt', { type: 'DateTime' }),
    decisionDueOn: t.expose('decisionDueOn', { type: 'Date', description: 'E4: the decision is due within 3 working days of registration.' }),
    decisionOverdue: t.boolean({
      description: 'No decision yet and the due date has passed (E4).',
      select: { status: true, decisionDueOn: true },
      resolve: (p, _a, ctx) => p.status === 'AWAITING_DECISION' && almatyDate(ctx.now()) > isoDate(p.decisionDueOn),
    }),
    decidedLate: t.boolean({
      select: { decidedAt: true, decisionDueOn: true },
      resolve: (p) => !!p.decidedAt && almatyDate(p.decidedAt) > isoDate(p.decisionDueOn),
    }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    refusalGround: t.expose('refusalGround', { type: RefusalGroundEnum, nullable: true }),
    refusalReason: t.exposeString('refusalReason', { nullable: true }),
    document: t.relation('document'),
    bailiff: t.relation('bailiff', { nullable: true, description: 'The private bailiff; null for a state bailiff’s case.' }),
    measures: t.relation('measures', { query: { orderBy: { takenOn: 'asc' } } }),
    viewerCanDecide: t.boolean({
      select: { status: true, bailiff: { select: { userId: true } } },
      resolve: (p, _a, ctx) => p.status === 'AWAITING_DECISION' && isAppointedBailiff(ctx.viewer, p.bailiff),
    }),
    viewerCanRecordMeasure: t.boolean({
      select: { status: true, bailiff: { select: { userId: true } } },
      resolve: (p, _a, ctx) => p.status === 'INITIATED' && isAppointedBailiff(ctx.viewer, p.bailiff),
    }),
  }),
});

builder.queryField('myCases', (t) =>
  t.prismaConnection({
    type: 'EnforcementProceeding',
    cursor: 'id',
    description: 'Private bailiffs: the cases assigned to you, those awaiting a decision first, then by due date.',
    authScopes: { role: 'PRIVATE_BAILIFF' },
    args: { status: t.arg({ type: ProceedingStatusEnum, required: false }) },
    totalCount: (_r, { status }, ctx) => ctx.db.prisma.enforcementProceeding.count({ where: { bailiff: { userId: ctx.viewer!.id }, ...(status ? { status } : {}) } }),
    resolve: async (query, _r, { status }, ctx) => {
      const rows = await ctx.db.prisma.enforcementProceeding.findMany({
        ...query,
        where: { bailiff: { userId: ctx.viewer!.id }, ...(status ? { status } : {}) },
        orderBy: [{ status: 'asc' }, { decisionDueOn: 'asc' }, { id: 'asc' }],
      });
      markVisible(ctx, 'EnforcementProceeding', rows);
      return rows;
    },
  }),
);

const DecidePayload = payloadRef<{ proceedingId: string; late: boolean }>('DecideProceedingPayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    late: t.exposeBoolean('late', { nullable: true, description: 'The decision came after the E4 deadline (recorded all the same).' }),
    proceeding: t.prismaField({
      type: 'EnforcementProceeding',
      nullable: true,
      resolve: (query, { proceedingId: id }, _a, ctx) => (id ? ctx.db.prisma.enforcementProceeding.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

const MeasurePayload = payloadRef<{ proceedingId: string }>('RecordMeasurePayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    proceeding: t.prismaField({
      type: 'EnforcementProceeding',
      nullable: true,
      resolve: (query, { proceedingId: id }, _a, ctx) => (id ? ctx.db.prisma.enforcementProceeding.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

builder.mutationFields((t) => ({
  decideProceeding: t.field({
    type: DecidePayload,
    description: 'The enforcing bailiff: initiate proceedings, or refuse on a ground of E5 with reasons (E4, G1).',
    authScopes: { anyRole: ['PRIVATE_BAILIFF', 'STATE_BAILIFF'] },
    args: {
      input: t.arg({
        type: builder.inputType('DecideProceedingInput', {
          fields: (f) => ({
            proceedingId: f.globalID({ for: EnforcementProceedingNode }),
            decision: f.field({ type: DecisionEnum }),
            refusalGround: f.field({ type: RefusalGroundEnum, required: false }),
            reason: f.string({ required: false, description: 'Required for a refusal: the reasons (G1).' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await decideProceeding(ctx, { ...input, proceedingId: input.proceedingId.id });
        return { proceedingId: r.proceeding.id, late: r.late };
      }),
  }),
  recordMeasure: t.field({
    type: MeasurePayload,
    description: 'The enforcing bailiff: record an enforcement measure taken (E6).',
    authScopes: { anyRole: ['PRIVATE_BAILIFF', 'STATE_BAILIFF'] },
    args: {
      input: t.arg({
        type: builder.inputType('RecordMeasureInput', {
          fields: (f) => ({
            proceedingId: f.globalID({ for: EnforcementProceedingNode }),
            kind: f.field({ type: MeasureKindEnum }),
            description: f.string(),
            amountTenge: f.float({ required: false }),
            takenOn: f.field({ type: 'Date' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        await recordMeasure(ctx, { ...input, proceedingId: input.proceedingId.id });
        return { proceedingId: input.proceedingId.id };
      }),
  }),
}));
