// Legal assistance (issue 12; LA1–LA4): the queries and mutations over the types of legal-assistance.ts.
// A thin layer: decode ids, call the use case, map the result; who may act: access.ts.
import type { Prisma } from '@oryndau/db';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { legalAssistanceScope } from '../access.ts';
import { registerIncomingOrder } from '../usecases/register-incoming-order.ts';
import { forwardIncomingOrder } from '../usecases/forward-incoming-order.ts';
import { recordOrderExecution } from '../usecases/record-order-execution.ts';
import { sendIncomingOrderResult } from '../usecases/send-incoming-order-result.ts';
import { prepareOutgoingOrder } from '../usecases/prepare-outgoing-order.ts';
import { sendOutgoingOrder } from '../usecases/send-outgoing-order.ts';
import { handleOutgoingOrder } from '../usecases/handle-outgoing-order.ts';
import { recordOutgoingAnswer } from '../usecases/record-outgoing-answer.ts';
import { fileRecognitionPetition } from '../usecases/file-recognition-petition.ts';
import { decideRecognitionPetition } from '../usecases/decide-recognition-petition.ts';
import { enforceRecognisedJudgment } from '../usecases/enforce-recognised-judgment.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import { markVisible } from './record-auth.ts';
import { EnforcementDistrictNode } from './region.ts';
import { bodiesOf, CourtNode, ForeignStateNode, IncomingOrderNode, JudicialDepartmentNode, OutgoingOrderNode, RecognitionPetitionNode, TreatyNode, IncomingOrderOutcomeEnum, IncomingOrderStatusEnum, LegalPersonInput, OutgoingOrderStatusEnum, persons, PetitionStatusEnum, today, type PersonInput } from './legal-assistance.ts';

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  courts: t.prismaField({ type: ['Court'], description: 'The courts of the Republic, by code (reference data).', resolve: (query, _r, _a, ctx) => ctx.db.prisma.court.findMany({ ...query, orderBy: { code: 'asc' } }) }),
  judicialDepartments: t.prismaField({ type: ['JudicialDepartment'], description: 'The Judicial Administration and its Departments, by code.', resolve: (query, _r, _a, ctx) => ctx.db.prisma.judicialDepartment.findMany({ ...query, orderBy: [{ kind: 'asc' }, { code: 'asc' }] }) }),
  foreignStates: t.prismaField({ type: ['ForeignState'], description: 'Foreign states and their official languages, by code.', resolve: (query, _r, _a, ctx) => ctx.db.prisma.foreignState.findMany({ ...query, orderBy: { code: 'asc' } }) }),
  legalAssistanceTreaties: t.prismaField({ type: ['LegalAssistanceTreaty'], description: 'The treaties on legal assistance, by date.', resolve: (query, _r, _a, ctx) => ctx.db.prisma.legalAssistanceTreaty.findMany({ ...query, orderBy: { concludedOn: 'asc' } }) }),
  viewerCourts: t.prismaField({
    type: ['Court'],
    description: 'The courts the viewer is staff of.',
    authScopes: { authenticated: true },
    resolve: async (query, _r, _a, ctx) => ctx.db.prisma.court.findMany({ ...query, where: { id: { in: (await bodiesOf(ctx)).courtIds } }, orderBy: { code: 'asc' } }),
  }),
  viewerJudicialDepartments: t.prismaField({
    type: ['JudicialDepartment'],
    description: 'The Judicial Administration or Departments the viewer is staff of.',
    authScopes: { authenticated: true },
    resolve: async (query, _r, _a, ctx) => ctx.db.prisma.judicialDepartment.findMany({ ...query, where: { id: { in: (await bodiesOf(ctx)).departmentIds } }, orderBy: { code: 'asc' } }),
  }),
}));

function listField<S extends string>(type: 'IncomingOrder' | 'OutgoingOrder' | 'RecognitionPetition', name: string, statusEnum: ReturnType<typeof builder.enumType>, description: string) {
  builder.queryField(name, (t) =>
    t.prismaConnection({
      type,
      cursor: 'id',
      description,
      authScopes: { authenticated: true },
      args: { statuses: t.arg({ type: [statusEnum], required: false, description: 'Only these statuses.' }), overdueOnly: t.arg.boolean({ required: false, description: 'Only the records with an open deadline past its last day.' }) },
      totalCount: (_root, args, ctx) => (ctx.db.prisma[delegate(type)] as unknown as { count(a: unknown): Promise<number> }).count({ where: listWhere(type, ctx, args as never) }),
      resolve: async (query, _root, args, ctx) => {
        const rows = await (ctx.db.prisma[delegate(type)] as unknown as { findMany(a: unknown): Promise<{ id: string }[]> }).findMany({
          ...query,
          where: listWhere(type, ctx, args as { statuses?: S[] | null; overdueOnly?: boolean | null }),
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        });
        markVisible(ctx, type, rows);
        return rows as never;
      },
    }),
  );
}
const delegate = (type: string) => (type[0]!.toLowerCase() + type.slice(1)) as 'incomingOrder';

/** The open deadlines past their day, as a filter: the dashboards' "overdue" (G2). */
function overdueWhere(type: 'IncomingOrder' | 'OutgoingOrder' | 'RecognitionPetition', on: Date): Record<string, unknown> {
  if (type === 'IncomingOrder') {
    return { OR: [{ status: 'AT_COURT', executionDueOn: { lt: on } }, { status: 'RESULT_AT_DEPARTMENT', resultDueOn: { lt: on } }] };
  }
  if (type === 'OutgoingOrder') return { OR: [{ status: 'PREPARED', latestSendOn: { lt: on } }, { status: 'AT_DEPARTMENT', departmentDueOn: { lt: on } }] };
  return { id: { in: [] } };
}
function listWhere(type: 'IncomingOrder' | 'OutgoingOrder' | 'RecognitionPetition', ctx: Context, args: { statuses?: string[] | null; overdueOnly?: boolean | null }): Prisma.IncomingOrderWhereInput {
  return {
    AND: [
      legalAssistanceScope(type, ctx.viewer),
      args.statuses?.length ? { status: { in: args.statuses } } : {},
      args.overdueOnly ? overdueWhere(type, new Date(`${today(ctx)}T00:00:00.000Z`)) : {},
    ],
  } as Prisma.IncomingOrderWhereInput;
}

listField('IncomingOrder', 'incomingOrders', IncomingOrderStatusEnum as never, 'Letters rogatory from foreign courts visible to you (the staff of the courts and departments concerned), newest first.');
listField('OutgoingOrder', 'outgoingOrders', OutgoingOrderStatusEnum as never, 'Orders of Kazakh courts to foreign courts visible to you, newest first.');
listField('RecognitionPetition', 'recognitionPetitions', PetitionStatusEnum as never, 'Petitions to recognise foreign judgments visible to you (an applicant: their own), newest first.');

// ---------------------------------------------------------------- mutations

const IncomingPayload = payloadRef<{ orderId: string }>('IncomingOrderPayload').implement({
  description: 'The result of a change to an incoming order.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef], description: 'Why nothing was changed, if anything refused.' }),
    order: t.prismaField({ type: 'IncomingOrder', nullable: true, description: 'The order as it now is.', resolve: (query, { orderId: id }, _a, ctx) => (id ? ctx.db.prisma.incomingOrder.findUnique({ ...query, where: { id } }) : null) }),
  }),
});
const OutgoingPayload = payloadRef<{ orderId: string }>('OutgoingOrderPayload').implement({
  description: 'The result of a change to an outgoing order.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef], description: 'Why nothing was changed, if anything refused.' }),
    order: t.prismaField({ type: 'OutgoingOrder', nullable: true, description: 'The order as it now is.', resolve: (query, { orderId: id }, _a, ctx) => (id ? ctx.db.prisma.outgoingOrder.findUnique({ ...query, where: { id } }) : null) }),
  }),
});
const PetitionPayload = payloadRef<{ petitionId: string; applicationId?: string | null }>('RecognitionPetitionPayload').implement({
  description: 'The result of a change to a petition.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef], description: 'Why nothing was changed, if anything refused.' }),
    petition: t.prismaField({ type: 'RecognitionPetition', nullable: true, description: 'The petition as it now is.', resolve: (query, { petitionId: id }, _a, ctx) => (id ? ctx.db.prisma.recognitionPetition.findUnique({ ...query, where: { id } }) : null) }),
    application: t.prismaField({ type: 'ServiceApplication', nullable: true, description: 'enforceRecognisedJudgment: the enforcement application it opened.', resolve: (query, { applicationId: id }, _a, ctx) => (id ? ctx.db.prisma.serviceApplication.findUnique({ ...query, where: { id } }) : null) }),
  }),
});

const IncomingResultActionEnum = builder.enumType('IncomingOrderResultAction', {
  description: 'What the Department does with the documents of an execution (LA2).',
  values: {
    SEND: { description: 'Send them to the competent authority.' },
    RETURN_TO_COURT: { description: 'Return them to the court to remove deficiencies (004 p.16).' },
    RETURN_UNEXECUTED: { description: 'Return a refused or impossible order through the Judicial Administration (004 p.15).' },
  } as const,
});
const OutgoingActionEnum = builder.enumType('OutgoingOrderDepartmentAction', {
  description: 'What the Department does with an outgoing order (LA2, 004 p.26).',
  values: { SEND_ABROAD: { description: 'Send it to the competent authority of the foreign state.' }, RETURN_TO_COURT: { description: 'Return it to the court to remove deficiencies.' } } as const,
});
const PetitionDecisionEnum = builder.enumType('RecognitionDecision', {
  description: 'The court’s decision on a petition (004 p.18–20).',
  values: { RECOGNISED: { description: 'Recognise and permit execution.' }, REFUSED: { description: 'Refuse, with reasons (004 p.19).' }, RETURNED: { description: 'Return the petition.' } } as const,
});
const RecognitionCategoryEnum = builder.enumType('RecognitionCategory', {
  description: 'What a foreign judgment orders, for its route in enforcement (CH1).',
  values: { PRIVATE_CLAIM: { description: 'A money claim of an individual or legal entity.' }, ALIMONY: { description: 'Alimony.' }, NON_PROPERTY: { description: 'A non-property obligation.' } } as const,
});
const PartyInput = builder.inputType('RecognitionPartyInput', {
  description: 'A party of a foreign judgment.',
  fields: (t) => ({ name: t.string(), idNumber: t.string({ description: 'IIN or BIN.' }), address: t.string({ required: false }) }),
});

builder.mutationFields((t) => ({
  registerIncomingOrder: t.field({
    type: IncomingPayload,
    description: 'The Judicial Administration or a Department: register a letter rogatory and send it to the executing court (LA1, LA2).',
    authScopes: { role: 'JUDICIAL_DEPARTMENT_OFFICER' },
    args: {
      input: t.arg({
        type: builder.inputType('RegisterIncomingOrderInput', {
          description: 'A letter rogatory as received.',
          fields: (f) => ({
            receivedById: f.globalID({ for: JudicialDepartmentNode, description: 'The Administration or Department that received it (yours).' }),
            requestingStateId: f.globalID({ for: ForeignStateNode }),
            treatyId: f.globalID({ for: TreatyNode, required: false, description: 'Null: reciprocity.' }),
            requestingCourt: f.string(),
            foreignCaseNumber: f.string(),
            caseName: f.string(),
            persons: f.field({ type: [LegalPersonInput] }),
            request: f.string({ description: 'What is asked.' }),
            language: f.string({ description: 'ISO 639-1 code of the language it is written in.' }),
            hasTranslation: f.boolean({ description: 'A translation into the state or Russian language is attached.' }),
            receivedOn: f.field({ type: 'Date', required: false, description: 'The day its originals were received; default today.' }),
            courtId: f.globalID({ for: CourtNode, description: 'The court that executes it.' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => ({
        orderId: (await registerIncomingOrder(ctx, { ...input, receivedById: input.receivedById.id, requestingStateId: input.requestingStateId.id, treatyId: input.treatyId?.id ?? null, courtId: input.courtId.id, persons: persons(input.persons as PersonInput[]) })).id,
      })),
  }),
  forwardIncomingOrder: t.field({
    type: IncomingPayload,
    description: 'The executing court, without jurisdiction: forward the order by territoriality to another court; the Department is informed (LA1).',
    authScopes: { role: 'COURT_OFFICER' },
    args: { input: t.arg({ type: builder.inputType('ForwardIncomingOrderInput', { description: 'Where to and why.', fields: (f) => ({ orderId: f.globalID({ for: IncomingOrderNode }), toCourtId: f.globalID({ for: CourtNode }), reason: f.string() }) }) }) },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ orderId: (await forwardIncomingOrder(ctx, { orderId: input.orderId.id, toCourtId: input.toCourtId.id, reason: input.reason })).id })),
  }),
  recordOrderExecution: t.field({
    type: IncomingPayload,
    description: 'The executing court: record the execution of an order and send its documents to the Department (LA1).',
    authScopes: { role: 'COURT_OFFICER' },
    args: {
      input: t.arg({
        type: builder.inputType('RecordOrderExecutionInput', {
          description: 'The outcome, the result and the documents.',
          fields: (f) => ({ orderId: f.globalID({ for: IncomingOrderNode }), outcome: f.field({ type: IncomingOrderOutcomeEnum }), result: f.string(), documents: f.stringList() }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ orderId: (await recordOrderExecution(ctx, { ...input, orderId: input.orderId.id })).id })),
  }),
  sendIncomingOrderResult: t.field({
    type: IncomingPayload,
    description: 'The Department: send the result to the competent authority, return it to the court, or return the order unexecuted (LA2).',
    authScopes: { role: 'JUDICIAL_DEPARTMENT_OFFICER' },
    args: { input: t.arg({ type: builder.inputType('SendIncomingOrderResultInput', { description: 'What to do.', fields: (f) => ({ orderId: f.globalID({ for: IncomingOrderNode }), action: f.field({ type: IncomingResultActionEnum }), note: f.string({ required: false }) }) }) }) },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ orderId: (await sendIncomingOrderResult(ctx, { ...input, orderId: input.orderId.id })).id })),
  }),
  prepareOutgoingOrder: t.field({
    type: OutgoingPayload,
    description: 'A court: prepare an order to a foreign court with every item of LA3.',
    authScopes: { role: 'COURT_OFFICER' },
    args: {
      input: t.arg({
        type: builder.inputType('PrepareOutgoingOrderInput', {
          description: 'The order (004 p.22).',
          fields: (f) => ({
            courtId: f.globalID({ for: CourtNode, description: 'The requesting court (yours).' }),
            requestedStateId: f.globalID({ for: ForeignStateNode }),
            treatyId: f.globalID({ for: TreatyNode, required: false }),
            requestedInstitution: f.string(),
            caseName: f.string(),
            caseNumber: f.string(),
            plaintiff: f.string(),
            defendant: f.string(),
            persons: f.field({ type: [LegalPersonInput] }),
            request: f.string(),
            serviceOfDocuments: f.boolean({ description: 'An order to serve documents (then the address and the document are required).' }),
            recipientAddress: f.string({ required: false }),
            documentToServe: f.string({ required: false }),
            attachments: f.stringList({ required: false }),
            language: f.string({ description: 'kk or ru.' }),
            hearingOn: f.field({ type: 'Date' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => ({
        orderId: (await prepareOutgoingOrder(ctx, { ...input, courtId: input.courtId.id, requestedStateId: input.requestedStateId.id, treatyId: input.treatyId?.id ?? null, persons: persons(input.persons as PersonInput[]), attachments: input.attachments ?? [] })).id,
      })),
  }),
  sendOutgoingOrder: t.field({
    type: OutgoingPayload,
    description: 'A court: send its order to the Department; refused (DEADLINE_PASSED, LA3) less than 6 months before the hearing.',
    authScopes: { role: 'COURT_OFFICER' },
    args: { input: t.arg({ type: builder.inputType('SendOutgoingOrderInput', { description: 'The order.', fields: (f) => ({ orderId: f.globalID({ for: OutgoingOrderNode }) }) }) }) },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ orderId: (await sendOutgoingOrder(ctx, { orderId: input.orderId.id })).id })),
  }),
  handleOutgoingOrder: t.field({
    type: OutgoingPayload,
    description: 'The Department: send an outgoing order abroad or return it to the court (LA2).',
    authScopes: { role: 'JUDICIAL_DEPARTMENT_OFFICER' },
    args: { input: t.arg({ type: builder.inputType('HandleOutgoingOrderInput', { description: 'What to do.', fields: (f) => ({ orderId: f.globalID({ for: OutgoingOrderNode }), action: f.field({ type: OutgoingActionEnum }), note: f.string({ required: false }) }) }) }) },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ orderId: (await handleOutgoingOrder(ctx, { ...input, orderId: input.orderId.id })).id })),
  }),
  recordOutgoingAnswer: t.field({
    type: OutgoingPayload,
    description: 'The Department: record the foreign state’s answer.',
    authScopes: { role: 'JUDICIAL_DEPARTMENT_OFFICER' },
    args: { input: t.arg({ type: builder.inputType('RecordOutgoingAnswerInput', { description: 'The answer.', fields: (f) => ({ orderId: f.globalID({ for: OutgoingOrderNode }), executed: f.boolean(), answer: f.string() }) }) }) },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ orderId: (await recordOutgoingAnswer(ctx, { ...input, orderId: input.orderId.id })).id })),
  }),
  fileRecognitionPetition: t.field({
    type: PetitionPayload,
    description: 'File (portal) or register (court staff) a petition to recognise a foreign judgment: within 3 years of its entry into force, or with a request to restore the period (LA4).',
    authScopes: { anyRole: ['APPLICANT', 'COURT_OFFICER'] },
    args: {
      input: t.arg({
        type: builder.inputType('FileRecognitionPetitionInput', {
          description: 'The petition.',
          fields: (f) => ({
            courtId: f.globalID({ for: CourtNode }),
            stateId: f.globalID({ for: ForeignStateNode }),
            treatyId: f.globalID({ for: TreatyNode, required: false }),
            foreignCourt: f.string(),
            foreignCaseNumber: f.string(),
            judgmentDate: f.field({ type: 'Date' }),
            entryIntoForceOn: f.field({ type: 'Date' }),
            petitioner: f.field({ type: PartyInput, description: 'On the portal: yourself (your IIN) or your organisation (its BIN).' }),
            debtor: f.field({ type: PartyInput }),
            category: f.field({ type: RecognitionCategoryEnum }),
            amountTenge: f.float({ required: false }),
            subject: f.string(),
            restorationReason: f.string({ required: false, description: 'LA4: the good reason the 3 years were missed; asks the court to restore the period.' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => ({
        petitionId: (await fileRecognitionPetition(ctx, { ...input, courtId: input.courtId.id, stateId: input.stateId.id, treatyId: input.treatyId?.id ?? null, debtor: { ...input.debtor, address: input.debtor.address ?? '' } })).id,
      })),
  }),
  decideRecognitionPetition: t.field({
    type: PetitionPayload,
    description: 'The court: decide a petition, with reasons; for a late one, whether the period is restored (LA4).',
    authScopes: { role: 'COURT_OFFICER' },
    args: {
      input: t.arg({
        type: builder.inputType('DecideRecognitionPetitionInput', {
          description: 'The decision.',
          fields: (f) => ({ petitionId: f.globalID({ for: RecognitionPetitionNode }), decision: f.field({ type: PetitionDecisionEnum }), restorePeriod: f.boolean({ required: false }), decisionNumber: f.string(), reason: f.string() }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ petitionId: (await decideRecognitionPetition(ctx, { ...input, petitionId: input.petitionId.id })).id })),
  }),
  enforceRecognisedJudgment: t.field({
    type: PetitionPayload,
    description: 'The petitioner: present a recognised foreign judgment for enforcement; it goes through the same intake, routing and Chamber assignment as any executive document (LA4, CH1, CH2).',
    authScopes: { role: 'APPLICANT' },
    args: {
      input: t.arg({
        type: builder.inputType('EnforceRecognisedJudgmentInput', {
          description: 'Where to enforce it.',
          fields: (f) => ({
            petitionId: f.globalID({ for: RecognitionPetitionNode }),
            districtId: f.globalID({ for: EnforcementDistrictNode, description: 'The enforcement district of the debtor.' }),
            byRepresentative: f.boolean({ required: false }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await enforceRecognisedJudgment(ctx, { ...input, petitionId: input.petitionId.id, districtId: input.districtId.id });
        return { petitionId: r.petitionId, applicationId: r.application.id };
      }),
  }),
}));

