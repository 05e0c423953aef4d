import { DocumentCategory, DocumentRouting, DocumentStatus } from '@oryndau/db';
import { builder } from '../builder.ts';
import { canSeeChamber, isChamberOfficial } from '../access.ts';
import { submitEnforcementApplication } from '../usecases/enforcement-intake.ts';
import { markOriginalReceived } from '../usecases/mark-original-received.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import { ChannelEnum } from './channel.ts';
import { markVisible, recordAuthScopes } from './record-auth.ts';
import { EnforcementDistrictNode } from './region.ts';

export const DocumentCategoryEnum = builder.enumType(DocumentCategory, {
  name: 'DocumentCategory',
  description: 'What an executive document orders; decides its route (CH1).',
  values: {
    PRIVATE_CLAIM: { description: 'A decision in favour of an individual or a legal entity: the Chamber assigns a private bailiff.' },
    ALIMONY: { description: 'Alimony: the Chamber assigns a private bailiff.' },
    STATE_CLAIM_SMALL: { description: 'In favour of the state, up to 4.3 million tenge: the Chamber assigns a private bailiff.' },
    STATE_CLAIM_LARGE: { description: 'In favour of the state, above 4.3 million tenge: a state bailiff enforces it.' },
    NON_PROPERTY: { description: 'A non-property decision (eviction and the like): the Chamber assigns a private bailiff.' },
  } as const,
});

const ClaimCategoryEnum = builder.enumType('ClaimCategory', {
  description: 'The category a claimant states; a state claim is classed small or large by its amount (CH1).',
  values: {
    PRIVATE_CLAIM: { description: 'In favour of an individual or a legal entity.' },
    ALIMONY: { description: 'Alimony.' },
    STATE_CLAIM: { description: 'In favour of the state.' },
    NON_PROPERTY: { description: 'Non-property (eviction, handing over of a child, …).' },
  } as const,
});

export const DocumentRoutingEnum = builder.enumType(DocumentRouting, {
  name: 'DocumentRouting',
  values: {
    CHAMBER: { description: 'The regional Chamber of Private Bailiffs appoints a private bailiff (CH1).' },
    STATE_BAILIFF: { description: 'A state bailiff of the territorial justice body enforces it.' },
  } as const,
});

export const DocumentStatusEnum = builder.enumType(DocumentStatus, {
  name: 'DocumentStatus',
  values: {
    AWAITING_ORIGINAL: { description: 'The Chamber awaits the original paper decision (CH3).' },
    AWAITING_ASSIGNMENT: { description: 'In the Chamber’s queue for a bailiff.' },
    ASSIGNED: { description: 'A private bailiff is appointed.' },
    WITH_STATE_BAILIFF: { description: 'With a state bailiff.' },
    CLOSED: { description: 'Enforcement ended.' },
  } as const,
});

const EnforcementDocumentKindEnum = builder.enumType('EnforcementDocumentKind', {
  description: 'A document of the package (E2).',
  values: {
    APPLICATION_FORM: { description: 'The application (Annex 2). On the portal, the signed form itself.' },
    WRIT_REQUEST: { description: 'The application to issue and send the writ of execution (Annex 3).' },
    EXECUTIVE_DOCUMENT: { description: 'The executive document.' },
    IDENTITY_DOCUMENT: { description: 'An identity document.' },
    DIGITAL_IDENTITY_OTP: { description: 'A digital identity document released by one-time password.' },
    POWER_OF_ATTORNEY: { description: 'A representative’s power of attorney.' },
  } as const,
});

export const ExecutiveDocumentNode = builder.prismaNode('ExecutiveDocument', {
  id: { field: 'id' },
  select: { id: true }, // read path: only the columns the request's fields ask for
  description: 'An executive document to enforce. Holds the parties’ IIN/BIN and addresses: visible to the claimant and to the officials and bailiffs handling it.',
  authScopes: recordAuthScopes('ExecutiveDocument'),
  fields: (t) => ({
    court: t.exposeString('court'),
    caseNumber: t.exposeString('caseNumber'),
    issuedOn: t.expose('issuedOn', { type: 'Date' }),
    category: t.expose('category', { type: DocumentCategoryEnum }),
    amountTenge: t.float({ nullable: true, select: { amountTenge: true }, resolve: (d) => (d.amountTenge == null ? null : Number(d.amountTenge)) }),
    claimantName: t.exposeString('claimantName'),
    claimantIdNumber: t.exposeString('claimantIdNumber', { description: 'IIN or BIN (personal data).' }),
    debtorName: t.exposeString('debtorName'),
    debtorIdNumber: t.exposeString('debtorIdNumber', { description: 'IIN or BIN (personal data).' }),
    debtorAddress: t.exposeString('debtorAddress', { description: 'Personal data.' }),
    district: t.relation('district'),
    routing: t.expose('routing', { type: DocumentRoutingEnum }),
    status: t.expose('status', { type: DocumentStatusEnum }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
    originalReceivedAt: t.expose('originalReceivedAt', { type: 'DateTime', nullable: true, description: 'When the Chamber received the paper original (CH3).' }),
    application: t.relation('application', { nullable: true }),
    proceeding: t.relation('proceeding', { nullable: true }),
    // currentAssignment: schema/assignment.ts (perf: read in the document's own statement)
    assignments: t.relation('assignments', { query: { orderBy: { sequence: 'asc' } }, description: 'Every assignment of this document, the ended ones included.' }),
    viewerCanMarkOriginalReceived: t.boolean({
      select: { status: true, routing: true, district: { select: { region: { select: { chamber: { select: { id: true } } } } } } },
      resolve: (d, _a, ctx) => d.status === 'AWAITING_ORIGINAL' && !!d.district.region.chamber && isChamberOfficial(ctx.viewer, d.district.region.chamber.id),
    }),
    viewerCanAssign: t.boolean({
      select: { status: true, district: { select: { region: { select: { chamber: { select: { id: true } } } } } } },
      resolve: (d, _a, ctx) => d.status === 'AWAITING_ASSIGNMENT' && !!d.district.region.chamber && isChamberOfficial(ctx.viewer, d.district.region.chamber.id),
    }),
  }),
});

const QueueStatusEnum = builder.enumType('ChamberQueueStatus', {
  values: {
    AWAITING_ORIGINAL: { description: 'Waiting for the paper original (CH3).' },
    AWAITING_ASSIGNMENT: { description: 'Ready to assign.' },
  } as const,
});

const queueWhere = (regionId: string, status: 'AWAITING_ORIGINAL' | 'AWAITING_ASSIGNMENT' | null | undefined) => ({
  routing: 'CHAMBER' as const,
  status: status ? status : { in: ['AWAITING_ORIGINAL' as const, 'AWAITING_ASSIGNMENT' as const] },
  district: { regionId },
});

builder.prismaObjectField('Chamber', 'queue', (t) =>
  t.prismaConnection({
    type: 'ExecutiveDocument',
    cursor: 'id',
    description: 'Documents waiting in this chamber, oldest first. Officials of the chamber and inspectors.',
    args: { status: t.arg({ type: QueueStatusEnum, required: false, description: 'Both statuses when omitted.' }) },
    authScopes: (chamber, _args, ctx) => canSeeChamber(ctx.viewer, chamber.id),
    totalCount: (chamber, { status }, ctx) => ctx.db.prisma.executiveDocument.count({ where: queueWhere(chamber.regionId, status) }),
    resolve: async (query, chamber, { status }, ctx) => {
      const rows = await ctx.db.prisma.executiveDocument.findMany({
        ...query,
        where: queueWhere(chamber.regionId, status),
        orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      });
      markVisible(ctx, 'ExecutiveDocument', rows, 'PERSONAL'); // the chamber's own queue
      return rows;
    },
  }),
);

const DebtorInput = builder.inputType('DebtorInput', {
  fields: (t) => ({
    name: t.string({ description: 'Full name, or the legal entity’s name.' }),
    idNumber: t.string({ description: 'IIN or BIN: 12 digits.' }),
    address: t.string({ description: 'Where the debtor lives or is registered.' }),
  }),
});

const ClaimantInput = builder.inputType('ClaimantInput', {
  fields: (t) => ({
    name: t.string(),
    idNumber: t.string({ description: 'IIN or BIN.' }),
    address: t.string({ required: false }),
    phone: t.string({ required: false }),
    email: t.string({ required: false }),
  }),
});

const ExecutiveDocumentInput = builder.inputType('ExecutiveDocumentInput', {
  fields: (t) => ({
    court: t.string({ description: 'The court (or body) that issued it.' }),
    caseNumber: t.string(),
    issuedOn: t.field({ type: 'Date' }),
    category: t.field({ type: ClaimCategoryEnum }),
    amountTenge: t.float({ required: false, description: 'Amount to recover; none for a non-property decision.' }),
    districtId: t.globalID({ for: EnforcementDistrictNode, description: 'The place of enforcement.' }),
  }),
});

const SubmitEnforcementApplicationInput = builder.inputType('SubmitEnforcementApplicationInput', {
  description: 'Annex 2 (and Annex 3) of Appendix 3 to Order No. 69 (E2).',
  fields: (t) => ({
    channel: t.field({ type: ChannelEnum, defaultValue: 'PORTAL', required: false, description: 'PORTAL for applicants; JUSTICE_OFFICE or STATE_CORPORATION when a justice officer registers a paper application.' }),
    receivedAt: t.field({ type: 'DateTime', required: false, description: 'Paper channels: when the package was received.' }),
    claimant: t.field({ type: ClaimantInput }),
    debtor: t.field({ type: DebtorInput }),
    executiveDocument: t.field({ type: ExecutiveDocumentInput }),
    requestsWrit: t.boolean({ defaultValue: false, required: false, description: 'Also asks to issue and send the writ of execution (Annex 3).' }),
    byRepresentative: t.boolean({ defaultValue: false, required: false }),
    documents: t.field({ type: [EnforcementDocumentKindEnum], description: 'The documents in the package (E2).' }),
    idempotencyKey: t.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
  }),
});

const SubmitEnforcementApplicationPayload = payloadRef<{ applicationId: string; accepted: boolean; accessCode: string | null }>('SubmitEnforcementApplicationPayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    accepted: t.exposeBoolean('accepted', { nullable: true, description: 'False when the package was refused at acceptance (E3): see application.missingDocuments.' }),
    accessCode: t.exposeString('accessCode', {
      nullable: true,
      description:
        'G2, paper channels: the access code of the public status check (`statusCheck`, with the application’s number), for the claimant’s receipt — in clear only now, only its hash is kept. Null on the portal (the applicant follows the case signed in and may ask for a code with `issueStatusAccessCode`), for a package refused at acceptance, and on a replay.',
    }),
    application: t.prismaField({
      type: 'ServiceApplication',
      nullable: true,
      resolve: (query, { applicationId: id }, _a, ctx) => {
        if (id) ctx.visible.add(`ServiceApplication:${id}`);
        return id ? ctx.db.prisma.serviceApplication.findUnique({ ...query, where: { id } }) : null;
      },
    }),
  }),
});

const MarkOriginalReceivedPayload = payloadRef<{ documentId: string }>('MarkOriginalReceivedPayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    document: t.prismaField({
      type: 'ExecutiveDocument',
      nullable: true,
      resolve: (query, { documentId: id }, _a, ctx) => (id ? ctx.db.prisma.executiveDocument.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

builder.mutationFields((t) => ({
  submitEnforcementApplication: t.field({
    type: SubmitEnforcementApplicationPayload,
    description: 'Apply to initiate enforcement proceedings (E1–E4). An incomplete package is recorded as refused at acceptance, with the receipt of Annex 4 (E3).',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: SubmitEnforcementApplicationInput }) },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const { application, document, accessCode } = await submitEnforcementApplication(ctx, {
          ...input,
          channel: input.channel ?? 'PORTAL',
          requestsWrit: input.requestsWrit ?? false,
          byRepresentative: input.byRepresentative ?? false,
          executiveDocument: { ...input.executiveDocument, districtId: input.executiveDocument.districtId.id },
        });
        return { applicationId: application.id, accepted: !!document, accessCode };
      }),
  }),
  markOriginalReceived: t.field({
    type: MarkOriginalReceivedPayload,
    description: 'Chamber officials: the original paper decision was handed to the Chamber (CH3); the document joins the queue.',
    authScopes: { role: 'CHAMBER_OFFICIAL' },
    args: { input: t.arg({ type: builder.inputType('MarkOriginalReceivedInput', { fields: (f) => ({ documentId: f.globalID({ for: ExecutiveDocumentNode }) }) }) }) },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ documentId: (await markOriginalReceived(ctx, { documentId: input.documentId.id })).id })),
  }),
}));
