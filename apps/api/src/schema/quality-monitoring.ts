// Q1 (4), (5): the quality-control body's records behind two criteria of the semi-annual plan — art. 465 fines
// and monitoring recommendations — with the mutations that keep them. A thin layer: decode ids, call the use
// case, map the result; who may act: access.ts (`mayKeepPlanRecords`).
import { almatyDate, monitoringRecommendationState, type MonitoringRecommendationState } from '@oryndau/domain';
import { builder } from '../builder.ts';
import { mayKeepPlanRecords } from '../access.ts';
import { isoDate } from '../dates.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import { INSPECTORS, ServiceProviderNode } from './quality-inspection.ts';
import { recordProviderFine } from '../usecases/record-provider-fine.ts';
import { issueMonitoringRecommendation } from '../usecases/issue-monitoring-recommendation.ts';
import { recordMonitoringImplementation } from '../usecases/record-monitoring-implementation.ts';

const StateEnum = builder.enumType('MonitoringRecommendationState', {
  description: 'Where a monitoring recommendation stands today (Q1 (5)).',
  values: {
    OPEN: { description: 'Not implemented yet; its due day has not passed.' },
    OVERDUE: { description: 'Its due day passed without an implementation: the subject meets the plan’s criterion (5).' },
    IMPLEMENTED: { description: 'Implemented by its due day.' },
    IMPLEMENTED_LATE: { description: 'Implemented after its due day.' },
  } satisfies Record<MonitoringRecommendationState, { description: string }>,
});

export const ProviderFineNode = builder.prismaNode('ProviderFine', {
  id: { field: 'id' },
  description: 'Q1 (4): an official of a subject fined under art. 465 of the Administrative Code, as recorded by the quality-control body. Inspectors only.',
  authScopes: { anyRole: [...INSPECTORS] },
  fields: (t) => ({
    provider: t.relation('provider'),
    article: t.exposeString('article', { description: 'The article of the Administrative Code: "465".' }),
    official: t.exposeString('official', { description: 'The official fined (name, position).' }),
    decidedOn: t.field({ type: 'Date', description: 'The day the fine was decided.', resolve: (f) => isoDate(f.decidedOn) }),
    amountTenge: t.exposeInt('amountTenge'),
    note: t.exposeString('note', { nullable: true, description: 'The decision’s number and who decided it, as recorded.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

export const MonitoringRecommendationNode = builder.prismaNode('MonitoringRecommendation', {
  id: { field: 'id' },
  description: 'Q1 (5): a recommendation the quality-control body sent to a subject on the basis of analysis and monitoring. Inspectors only.',
  authScopes: { anyRole: [...INSPECTORS] },
  fields: (t) => ({
    provider: t.relation('provider'),
    text: t.exposeString('text'),
    issuedOn: t.field({ type: 'Date', resolve: (r) => isoDate(r.issuedOn) }),
    dueOn: t.field({ type: 'Date', description: 'The day it is to be implemented by.', resolve: (r) => isoDate(r.dueOn) }),
    implementedOn: t.field({ type: 'Date', nullable: true, description: 'The day the subject implemented it, as it reported; null: not yet.', resolve: (r) => (r.implementedOn ? isoDate(r.implementedOn) : null) }),
    state: t.field({
      type: StateEnum,
      resolve: (r, _a, ctx) =>
        monitoringRecommendationState({ issuedOn: isoDate(r.issuedOn), dueOn: isoDate(r.dueOn), implementedOn: r.implementedOn ? isoDate(r.implementedOn) : null }, almatyDate(ctx.now())),
    }),
    viewerCanRecordImplementation: t.boolean({ description: 'You may record its implementation now.', resolve: (r, _a, ctx) => !r.implementedOn && mayKeepPlanRecords(ctx.viewer) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

builder.prismaObjectFields('ServiceProvider', (t) => ({
  fines: t.relatedConnection('fines', {
    cursor: 'id',
    nullable: true,
    description: 'Inspectors: the art. 465 fines of its officials, latest decision first (Q1 (4)).',
    authScopes: { anyRole: [...INSPECTORS] },
    query: () => ({ orderBy: [{ decidedOn: 'desc' }, { id: 'desc' }] }),
    totalCount: true,
  }),
  monitoringRecommendations: t.relatedConnection('monitoringRecommendations', {
    cursor: 'id',
    nullable: true,
    description: 'Inspectors: the monitoring recommendations sent to it, latest first (Q1 (5)).',
    authScopes: { anyRole: [...INSPECTORS] },
    query: () => ({ orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }] }),
    totalCount: true,
  }),
  viewerCanKeepPlanRecords: t.boolean({ description: 'You may record its fines and monitoring recommendations (quality-control inspectors).', resolve: (_p, _a, ctx) => mayKeepPlanRecords(ctx.viewer) }),
}));

// ---------------------------------------------------------------- mutations

const FinePayload = payloadRef<{ fineId: string }>('RecordProviderFinePayload').implement({
  description: 'The result of recording a fine.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    fine: t.prismaField({ type: 'ProviderFine', nullable: true, resolve: (query, { fineId: id }, _a, ctx) => (id ? ctx.db.prisma.providerFine.findUnique({ ...query, where: { id } }) : null) }),
  }),
});

const RecommendationPayload = payloadRef<{ recommendationId: string }>('MonitoringRecommendationPayload').implement({
  description: 'The result of a change to a monitoring recommendation.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    recommendation: t.prismaField({
      type: 'MonitoringRecommendation',
      nullable: true,
      resolve: (query, { recommendationId: id }, _a, ctx) => (id ? ctx.db.prisma.monitoringRecommendation.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

type Ctx = Parameters<typeof recordProviderFine>[0];

builder.mutationFields((t) => ({
  recordProviderFine: t.field({
    type: FinePayload,
    description: 'Quality-control inspectors: record that an official of a subject was fined under art. 465 of the Administrative Code (Q1 (4)); the plan counts the fines of the last year.',
    authScopes: { role: 'QUALITY_INSPECTOR' },
    args: {
      input: t.arg({
        type: builder.inputType('RecordProviderFineInput', {
          fields: (f) => ({
            providerId: f.globalID({ for: ServiceProviderNode }),
            official: f.string({ description: 'The official fined (name, position).' }),
            decidedOn: f.field({ type: 'Date', description: 'The day the fine was decided: today at the latest.' }),
            amountTenge: f.int({ description: 'Whole tenge, more than 0.' }),
            note: f.string({ required: false, description: 'The decision’s number and who decided it.' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ fineId: (await recordProviderFine(ctx as Ctx, { ...input, providerId: input.providerId.id })).id })),
  }),
  issueMonitoringRecommendation: t.field({
    type: RecommendationPayload,
    description: 'Quality-control inspectors: record a recommendation sent to a subject on the basis of analysis and monitoring, with its due day (Q1 (5)).',
    authScopes: { role: 'QUALITY_INSPECTOR' },
    args: {
      input: t.arg({
        type: builder.inputType('IssueMonitoringRecommendationInput', {
          fields: (f) => ({
            providerId: f.globalID({ for: ServiceProviderNode }),
            text: f.string({ description: 'What the subject is to do (at least 10 characters).' }),
            issuedOn: f.field({ type: 'Date', description: 'The day it was sent: today at the latest.' }),
            dueOn: f.field({ type: 'Date', description: 'The day it is to be implemented by: after the day it was sent.' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ recommendationId: (await issueMonitoringRecommendation(ctx as Ctx, { ...input, providerId: input.providerId.id })).id })),
  }),
  recordMonitoringImplementation: t.field({
    type: RecommendationPayload,
    description: 'Quality-control inspectors: record the day the subject implemented a monitoring recommendation, as it reported (once; late when after the due day).',
    authScopes: { role: 'QUALITY_INSPECTOR' },
    args: {
      input: t.arg({
        type: builder.inputType('RecordMonitoringImplementationInput', {
          fields: (f) => ({
            recommendationId: f.globalID({ for: MonitoringRecommendationNode }),
            implementedOn: f.field({ type: 'Date', description: 'From the day it was sent to today.' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ recommendationId: (await recordMonitoringImplementation(ctx as Ctx, { ...input, recommendationId: input.recommendationId.id })).id })),
  }),
}));
