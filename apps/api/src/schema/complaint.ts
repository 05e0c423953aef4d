// complaints (issue 10): C1–C4, G1, G2 for complaints, and the public status check. A thin layer: decode ids,
// authorise (record-auth from the access matrix; the use cases ask access.ts), call the use case, map the result.
import { ComplaintAbout, ComplaintAddressee, ComplaintExtensionGround, ComplaintProposalStatus, ComplaintStageKind, ComplaintStatus, type ApplicationStageKind, type ApplicationStatus, type Channel, type Prisma, type ProceedingStatus, type Role, type ServiceKind } from '@oryndau/db';
import { almatyDate, mayDirectProposals, mayExtend } from '@oryndau/domain';
import { builder } from '../builder.ts';
import { complaintScope, isComplaintHandler } from '../access.ts';
import { isoDate } from '../dates.ts';
import { fileComplaint } from '../usecases/file-complaint.ts';
import { extendComplaintTerm } from '../usecases/extend-complaint.ts';
import { decideComplaintOutcome } from '../usecases/decide-complaint.ts';
import { withdrawComplaint } from '../usecases/withdraw-complaint.ts';
import { checkComplaintProposal, directComplaintProposal } from '../usecases/complaint-proposals.ts';
import { RoleEnum } from './enums.ts';
import { EnforcementProceedingNode, ProceedingStatusEnum } from './proceeding.ts';
import { ApplicationStageKindEnum, ApplicationStatusEnum, ServiceKindEnum } from './application.ts';
import { ChannelEnum } from './channel.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import { markVisible, recordAuthScopes } from './record-auth.ts';

export const ComplaintAddresseeEnum = builder.enumType(ComplaintAddressee, {
  name: 'ComplaintAddressee',
  description: 'C1: where a complaint is sent.',
  values: {
    PROVIDER_HEAD: { description: 'The head of the service provider (for a private bailiff’s action: the regional Chamber); 5 working days (C2).' },
    MINISTRY: { description: 'The Ministry of Justice; 5 working days (C2).' },
    STATE_CORPORATION: { description: 'The State Corporation “Government for Citizens”; 5 working days (C2). Not handled on the platform: complaints about its offices go to it on paper.' },
    QUALITY_CONTROL_BODY: { description: 'The authorised body for quality assessment and control of state services; 15 working days (C2), with proposals to restore rights (C4).' },
  } as const,
});

export const ComplaintAboutEnum = builder.enumType(ComplaintAbout, {
  name: 'ComplaintAbout',
  description: 'C1: what the complaint is about.',
  values: {
    DECISION: { description: 'A decision on the application (e.g. a refusal).' },
    ACTION: { description: 'An action of the provider’s staff.' },
    INACTION: { description: 'An inaction: e.g. no decision within the service period.' },
    BAILIFF_ACTION: { description: 'An action (or inaction) of the private bailiff in an enforcement case.' },
  } as const,
});

export const ComplaintStatusEnum = builder.enumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: 'Where a complaint stands (its transition table COMPLAINT).',
  values: {
    REGISTERED: { description: 'Registered; considered within 5 (15 for the quality-control body) working days (C2).' },
    EXTENDED: { description: 'The term was extended once, by at most 10 working days (C3).' },
    UPHELD: { description: 'Upheld, with reasons (G1).' },
    PARTLY_UPHELD: { description: 'Upheld in part, with reasons (G1).' },
    REJECTED: { description: 'Rejected, with reasons (G1); the complainant may go to court (C4).' },
    WITHDRAWN: { description: 'Withdrawn by the complainant.' },
  } as const,
});

export const ComplaintOutcomeEnum = builder.enumType('ComplaintOutcome', {
  description: 'G1: the outcome a handler records.',
  values: {
    UPHELD: { description: 'Upheld: the violated rights are to be restored.' },
    PARTLY_UPHELD: { description: 'Upheld in part.' },
    REJECTED: { description: 'Rejected.' },
  } as const,
});

export const ComplaintExtensionGroundEnum = builder.enumType(ComplaintExtensionGround, {
  name: 'ComplaintExtensionGround',
  description: 'C3: the lawful grounds of the one extension.',
  values: {
    ADDITIONAL_STUDY: { description: 'An additional study of the complaint.' },
    ON_SITE_CHECK: { description: 'A check on site.' },
    MORE_INFORMATION: { description: 'Additional information is needed.' },
  } as const,
});

export const ComplaintStageKindEnum = builder.enumType(ComplaintStageKind, {
  name: 'ComplaintStageKind',
  description: 'G2: the stages of a complaint, as entered in the monitoring system.',
  values: {
    REGISTERED: { description: 'Registered; the term runs from the next day (C2, T6).' },
    EXTENDED: { description: 'The term was extended (C3).' },
    EXTENSION_NOTICE_SENT: { description: 'The complainant was told of the extension, with reasons (C3).' },
    DECIDED: { description: 'The outcome was recorded, with reasons (G1).' },
    PROPOSAL_DIRECTED: { description: 'The quality-control body directed a proposal to restore rights (C4).' },
    PROPOSAL_FULFILLED: { description: 'The control found the proposal fulfilled (C4).' },
    PROPOSAL_NOT_FULFILLED: { description: 'The control found the proposal not fulfilled (C4).' },
    WITHDRAWN: { description: 'The complainant withdrew the complaint.' },
  } as const,
});

export const ComplaintProposalStatusEnum = builder.enumType(ComplaintProposalStatus, {
  name: 'ComplaintProposalStatus',
  description: 'C4: a proposal to restore rights and the control of its fulfilment.',
  values: {
    DIRECTED: { description: 'Directed to the provider; fulfilment under control.' },
    FULFILLED: { description: 'Fulfilled: the rights were restored.' },
    NOT_FULFILLED: { description: 'Not fulfilled.' },
  } as const,
});

const OPEN: ComplaintStatus[] = ['REGISTERED', 'EXTENDED'];
const currentDue = (c: { dueOn: Date; extendedDueOn: Date | null }) => isoDate(c.extendedDueOn ?? c.dueOn);

builder.prismaObject('ComplaintStage', {
  description: 'One stage of a complaint (G2): what happened, in which status, when, and who by role.',
  fields: (t) => ({
    stage: t.expose('stage', { type: ComplaintStageKindEnum }),
    status: t.expose('status', { type: ComplaintStatusEnum, description: 'The complaint’s status after this stage.' }),
    at: t.expose('at', { type: 'DateTime' }),
    actorRole: t.expose('actorRole', { type: RoleEnum, nullable: true, description: 'Who, by role (never the person).' }),
    note: t.exposeString('note', { nullable: true, description: 'What the stage recorded (English; apps label the stage from its kind).' }),
  }),
});

builder.prismaObject('ComplaintProposal', {
  description: 'C4: a proposal of the quality-control body to restore violated rights, and the control of its fulfilment.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The proposal’s id (for checkComplaintProposal).' }),
    text: t.exposeString('text', { description: 'What the provider must do.' }),
    directedAt: t.expose('directedAt', { type: 'DateTime' }),
    dueOn: t.expose('dueOn', { type: 'Date', description: 'The last day to fulfil it (30 calendar days; the law is silent, see complaints.ts).' }),
    status: t.expose('status', { type: ComplaintProposalStatusEnum }),
    checkedAt: t.expose('checkedAt', { type: 'DateTime', nullable: true, description: 'When the control was recorded.' }),
    checkNote: t.exposeString('checkNote', { nullable: true, description: 'What the control found.' }),
    overdue: t.boolean({ description: 'Still not checked after its last day.', resolve: (p, _a, ctx) => p.status === 'DIRECTED' && almatyDate(ctx.now()) > isoDate(p.dueOn) }),
    viewerCanCheck: t.boolean({
      description: 'You may record the control of its fulfilment.',
      select: { status: true, complaint: { select: { handlerRole: true, handlerRegionId: true, handlerChamberId: true } } },
      resolve: (p, _a, ctx) => p.status === 'DIRECTED' && isComplaintHandler(ctx.viewer, p.complaint),
    }),
  }),
});

interface ItemSummary {
  applicationNumber: string | null;
  serviceKind: ServiceKind | null;
  channel: Channel | null;
  applicationStatus: ApplicationStatus | null;
  registeredAt: Date | null;
  dueOn: string | null;
  overdue: boolean;
  refusalReason: string | null;
  stages: { stage: ApplicationStageKind; at: Date; actorRole: Role | null }[];
  proceedingNumber: string | null;
  proceedingStatus: ProceedingStatus | null;
  decisionDueOn: string | null;
  decisionOverdue: boolean;
  bailiffName: string | null;
  bailiffOffice: string | null;
}

const ItemStageRef = builder.objectRef<ItemSummary['stages'][number]>('ComplaintItemStage').implement({
  description: 'A stage of the item complained about (G2).',
  fields: (t) => ({
    stage: t.field({ type: ApplicationStageKindEnum, resolve: (s) => s.stage }),
    at: t.expose('at', { type: 'DateTime' }),
    actorRole: t.field({ type: RoleEnum, nullable: true, resolve: (s) => s.actorRole }),
  }),
});

const FINAL_APP: ApplicationStatus[] = ['APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'];

/** C1: the handlers see the facts of the item complained about with the complaint, whatever else they may read. */
const ItemSummaryRef = builder.objectRef<ItemSummary>('ComplaintItem').implement({
  description: 'The facts of the item complained about, as its handlers need them (no personal data: no form, no parties’ IIN/BIN or address).',
  fields: (t) => ({
    applicationNumber: t.exposeString('applicationNumber', { nullable: true }),
    serviceKind: t.field({ type: ServiceKindEnum, nullable: true, resolve: (i) => i.serviceKind }),
    channel: t.field({ type: ChannelEnum, nullable: true, resolve: (i) => i.channel }),
    applicationStatus: t.field({ type: ApplicationStatusEnum, nullable: true, resolve: (i) => i.applicationStatus }),
    registeredAt: t.expose('registeredAt', { type: 'DateTime', nullable: true }),
    dueOn: t.field({ type: 'Date', nullable: true, description: 'The last day of the service period.', resolve: (i) => i.dueOn }),
    overdue: t.exposeBoolean('overdue', { description: 'The service period ended without a decision.' }),
    refusalReason: t.exposeString('refusalReason', { nullable: true }),
    stages: t.field({ type: [ItemStageRef], resolve: (i) => i.stages }),
    proceedingNumber: t.exposeString('proceedingNumber', { nullable: true }),
    proceedingStatus: t.field({ type: ProceedingStatusEnum, nullable: true, resolve: (i) => i.proceedingStatus }),
    decisionDueOn: t.field({ type: 'Date', nullable: true, description: 'E4: the bailiff’s decision term.', resolve: (i) => i.decisionDueOn }),
    decisionOverdue: t.exposeBoolean('decisionOverdue'),
    bailiffName: t.exposeString('bailiffName', { nullable: true, description: 'The private bailiff of the case (the public register).' }),
    bailiffOffice: t.exposeString('bailiffOffice', { nullable: true }),
  }),
});

export const ComplaintNode = builder.prismaNode('Complaint', {
  id: { field: 'id' },
  description: 'A complaint about a decision, an action or an inaction (C1–C4). Visible to the complainant, to the staff of the body it is addressed to, and to Ministry inspectors.',
  authScopes: recordAuthScopes('Complaint'),
  fields: (t) => ({
    number: t.exposeString('number', { description: 'The registration number (also used with the access code for the public status check).' }),
    about: t.expose('about', { type: ComplaintAboutEnum }),
    addressee: t.expose('addressee', { type: ComplaintAddresseeEnum }),
    handledBy: t.field({ type: RoleEnum, nullable: true, description: 'The role of the staff who consider it (C1).', select: { handlerRole: true }, resolve: (c) => c.handlerRole }),
    status: t.expose('status', { type: ComplaintStatusEnum }),
    stage: t.field({
      type: ComplaintStageKindEnum,
      description: 'G2: the current stage.',
      select: { stages: { orderBy: { seq: 'desc' }, take: 1, select: { stage: true } } },
      resolve: (c) => c.stages[0]?.stage ?? 'REGISTERED',
    }),
    stages: t.relation('stages', { query: { orderBy: { seq: 'asc' } }, description: 'G2: every stage, in the order they happened (a complaint received after hours is registered at 09:00 of the next working day, its stage keeps its place).' }),
    subject: t.exposeString('subject', { description: 'What it is about, in a line.' }),
    text: t.exposeString('text', { description: 'The complaint as written. Personal.' }),
    complainant: t.relation('complainant', { description: 'The complainant’s account (visible to themself and to inspectors, like every user).' }),
    complainantName: t.string({ description: 'The complainant’s name, for the handlers. Personal.', select: { complainant: { select: { displayName: true } } }, resolve: (c) => c.complainant.displayName }),
    application: t.relation('application', { nullable: true, description: 'The application complained about (null when you may not read it: see `item`).' }),
    item: t.field({
      type: ItemSummaryRef,
      description: 'C1: the facts of the item complained about, for the complainant and the handlers.',
      select: {
        application: { select: { number: true, kind: true, channel: true, status: true, registeredAt: true, dueOn: true, refusalReason: true, stages: { orderBy: [{ at: 'asc' }, { seq: 'asc' }], select: { stage: true, at: true, actorRole: true } } } },
        proceeding: { select: { number: true, status: true, decisionDueOn: true, bailiff: { select: { office: true, person: { select: { lastName: true, firstName: true, patronymic: true } } } } } },
      },
      resolve: (c, _a, ctx) => {
        const a = c.application;
        const p = c.proceeding;
        const today = almatyDate(ctx.now());
        const person = p?.bailiff?.person;
        return {
          applicationNumber: a?.number ?? null, serviceKind: a?.kind ?? null, channel: a?.channel ?? null, applicationStatus: a?.status ?? null, registeredAt: a?.registeredAt ?? null,
          dueOn: a?.dueOn ? isoDate(a.dueOn) : null, overdue: !!a?.dueOn && !FINAL_APP.includes(a.status) && isoDate(a.dueOn) < today, refusalReason: a?.refusalReason ?? null,
          stages: a?.stages ?? [], proceedingNumber: p?.number ?? null, proceedingStatus: p?.status ?? null, decisionDueOn: p ? isoDate(p.decisionDueOn) : null,
          decisionOverdue: !!p && p.status === 'AWAITING_DECISION' && isoDate(p.decisionDueOn) < today,
          bailiffName: person ? [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ') : null, bailiffOffice: p?.bailiff?.office ?? null,
        };
      },
    }),
    proceeding: t.relation('proceeding', { nullable: true, description: 'The enforcement case complained about (a bailiff’s action), or the case of the application.' }),
    registeredAt: t.expose('registeredAt', { type: 'DateTime' }),
    originalDueOn: t.field({ type: 'Date', description: 'C2: the last day before any extension.', select: { dueOn: true }, resolve: (c) => isoDate(c.dueOn) }),
    dueOn: t.field({ type: 'Date', description: 'The last day now: extended (C3) or not (C2).', select: { dueOn: true, extendedDueOn: true }, resolve: (c) => currentDue(c) }),
    overdue: t.boolean({
      description: 'Not decided and the last day has passed.',
      select: { status: true, dueOn: true, extendedDueOn: true },
      resolve: (c, _a, ctx) => OPEN.includes(c.status) && almatyDate(ctx.now()) > currentDue(c),
    }),
    extended: t.boolean({ description: 'C3: the term was extended (only once).', select: { extendedAt: true }, resolve: (c) => c.extendedAt !== null }),
    extensionGround: t.expose('extensionGround', { type: ComplaintExtensionGroundEnum, nullable: true }),
    extensionDays: t.exposeInt('extensionDays', { nullable: true, description: 'Working days added (at most 10, C3).' }),
    extendedAt: t.expose('extendedAt', { type: 'DateTime', nullable: true }),
    extensionNotifyBy: t.expose('extensionNotifyBy', { type: 'Date', nullable: true, description: 'C3: the last day to tell the complainant, with reasons.' }),
    extensionNotifiedAt: t.expose('extensionNotifiedAt', { type: 'DateTime', nullable: true, description: 'C3: when the complainant was told.' }),
    extensionReason: t.exposeString('extensionReason', { nullable: true, description: 'C3: the reasons of the extension, as the handler wrote them (apps compose the notice in the reader’s language from `extensionDays`, `dueOn`, `extensionGround` and this; the signed notice is in `documents`).' }),
    extensionNotice: t.exposeString('extensionNotice', { nullable: true, description: 'C3: the notice as recorded (English, for the record and the audit). To show it, compose it from `extensionDays`, `dueOn`, `extensionGround` and `extensionReason`, or show the signed notice in `documents`.' }),
    outcome: t.field({
      type: ComplaintOutcomeEnum,
      nullable: true,
      description: 'G1: the outcome, once decided.',
      select: { status: true },
      resolve: (c) => (c.status === 'UPHELD' || c.status === 'PARTLY_UPHELD' || c.status === 'REJECTED' ? c.status : null),
    }),
    decisionReasons: t.exposeString('decision', { nullable: true, description: 'G1: the reasons of the decision.' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decidedOnTime: t.exposeBoolean('decidedOnTime', { nullable: true, description: 'Decided on or before the last day (C2, C3).' }),
    documents: t.relation('documents', {
      query: { orderBy: [{ signedAt: 'asc' }, { id: 'asc' }] },
      description: 'The signed documents of the complaint, oldest first: the notice of its extended term (C3) and its decision (G1, C4). Download the PDF from `downloadPath`; anyone may check it with `verifyDocument`.',
    }),
    proposals: t.relation('proposals', { query: { orderBy: { directedAt: 'asc' } }, description: 'C4: the proposals to restore rights and their control.' }),
    viewerIsComplainant: t.boolean({ select: { complainantId: true }, resolve: (c, _a, ctx) => c.complainantId === ctx.viewer?.id }),
    viewerCanExtend: t.boolean({
      description: 'You handle it, it was never extended, the term runs, and its addressee may extend (C3).',
      select: { status: true, addressee: true, extendedAt: true, dueOn: true, handlerRole: true, handlerRegionId: true, handlerChamberId: true },
      resolve: (c, _a, ctx) => c.status === 'REGISTERED' && !c.extendedAt && mayExtend(c.addressee) && almatyDate(ctx.now()) <= isoDate(c.dueOn) && isComplaintHandler(ctx.viewer, c),
    }),
    viewerCanDecide: t.boolean({
      select: { status: true, handlerRole: true, handlerRegionId: true, handlerChamberId: true },
      resolve: (c, _a, ctx) => OPEN.includes(c.status) && isComplaintHandler(ctx.viewer, c),
    }),
    viewerCanDirectProposal: t.boolean({
      description: 'C4: the quality-control body, with an upheld complaint.',
      select: { status: true, addressee: true, handlerRole: true, handlerRegionId: true, handlerChamberId: true },
      resolve: (c, _a, ctx) => mayDirectProposals(c.addressee, c.status) && isComplaintHandler(ctx.viewer, c),
    }),
    viewerCanWithdraw: t.boolean({ select: { status: true, complainantId: true }, resolve: (c, _a, ctx) => OPEN.includes(c.status) && c.complainantId === ctx.viewer?.id }),
  }),
});

// complaints about an application, on the application (visible as far as each complaint is)
builder.prismaObjectField('ServiceApplication', 'complaints', (t) =>
  t.relation('complaints', { description: 'Complaints about this application that you may see, newest first.', query: (_a, ctx) => ({ where: complaintScope(ctx.viewer), orderBy: { registeredAt: 'desc' } }) }),
);

const ComplaintFilter = builder.inputType('ComplaintFilter', {
  description: 'Narrows a list of complaints; the fields combine with AND.',
  fields: (t) => ({
    open: t.boolean({ required: false, description: 'Only those not yet decided (true) or only decided ones (false).' }),
    overdue: t.boolean({ required: false, description: 'Only those not decided whose last day has passed.' }),
    addressees: t.field({ type: [ComplaintAddresseeEnum], required: false }),
    statuses: t.field({ type: [ComplaintStatusEnum], required: false }),
  }),
});

type FilterValue = { open?: boolean | null; overdue?: boolean | null; addressees?: ComplaintAddressee[] | null; statuses?: ComplaintStatus[] | null } | null | undefined;
function complaintsWhere(ctx: { viewer: Parameters<typeof complaintScope>[0]; now(): Date }, filter: FilterValue): Prisma.ComplaintWhereInput {
  const today = new Date(`${almatyDate(ctx.now())}T00:00:00.000Z`);
  return {
    AND: [
      complaintScope(ctx.viewer),
      filter?.open === true ? { status: { in: OPEN } } : filter?.open === false ? { status: { notIn: OPEN } } : {},
      filter?.overdue ? { status: { in: OPEN }, currentDueOn: { lt: today } } : {},
      filter?.addressees?.length ? { addressee: { in: filter.addressees } } : {},
      filter?.statuses?.length ? { status: { in: filter.statuses } } : {},
    ],
  };
}

builder.queryField('complaints', (t) =>
  t.prismaConnection({
    type: 'Complaint',
    cursor: 'id',
    description: 'Complaints you may see: an applicant their own; a handler the queue of their body (C1). Ordered by the last day (overdue first), then by registration.',
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: ComplaintFilter, required: false }) },
    totalCount: (_r, { filter }, ctx) => ctx.db.prisma.complaint.count({ where: complaintsWhere(ctx, filter) }),
    resolve: async (query, _r, { filter }, ctx) => {
      const rows = await ctx.db.prisma.complaint.findMany({ ...query, where: complaintsWhere(ctx, filter), orderBy: [{ currentDueOn: 'asc' }, { registeredAt: 'asc' }, { id: 'asc' }] });
      markVisible(ctx, 'Complaint', rows);
      return rows;
    },
  }),
);

// ---------------------------------------------------------------- mutations

const ComplaintPayload = payloadRef<{ complaintId: string }>('ComplaintPayload').implement({
  description: 'The complaint after the change (null when there are user errors).',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    complaint: t.prismaField({ type: 'Complaint', nullable: true, resolve: (query, { complaintId: id }, _a, ctx) => (id ? ctx.db.prisma.complaint.findUnique({ ...query, where: { id } }) : null) }),
  }),
});

const FileComplaintPayload = payloadRef<{ complaintId: string; accessCode: string | null }>('FileComplaintPayload').implement({
  description: 'The complaint filed, and its access code for the public status check (shown once).',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    accessCode: t.exposeString('accessCode', { nullable: true, description: 'The access code of the public status check, in clear, only now (null on a replay: issue a new one).' }),
    complaint: t.prismaField({ type: 'Complaint', nullable: true, resolve: (query, { complaintId: id }, _a, ctx) => (id ? ctx.db.prisma.complaint.findUnique({ ...query, where: { id } }) : null) }),
  }),
});

/** A ServiceApplication's global id, decoded; another type's id reads as none (the use case then says NOT_FOUND). */
export const applicationIdOf = (g: { typename: string; id: string } | null | undefined) => (g ? (g.typename === 'ServiceApplication' ? g.id : 'not-an-application') : null);

builder.mutationFields((t) => ({
  fileComplaint: t.field({
    type: FileComplaintPayload,
    description: 'Applicants: complain about a decision, action or inaction on one of your applications, or about the private bailiff’s action in your case (C1); registered at once (T3), considered within 5 or 15 working days (C2).',
    authScopes: { role: 'APPLICANT' },
    args: {
      input: t.arg({
        type: builder.inputType('FileComplaintInput', {
          fields: (f) => ({
            addressee: f.field({ type: ComplaintAddresseeEnum }),
            about: f.field({ type: ComplaintAboutEnum }),
            applicationId: f.globalID({ required: false, description: 'The application complained about (not for BAILIFF_ACTION).' }),
            proceedingId: f.globalID({ required: false, for: EnforcementProceedingNode, description: 'For BAILIFF_ACTION: the enforcement case.' }),
            subject: f.string({ description: 'What it is about, in a line.' }),
            text: f.string({ description: 'The complaint.' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(() =>
        fileComplaint(ctx, { ...input, addressee: input.addressee, about: input.about, applicationId: applicationIdOf(input.applicationId), proceedingId: input.proceedingId?.id ?? null }),
      ),
  }),
  extendComplaint: t.field({
    type: ComplaintPayload,
    description: 'Handlers: extend the term once, by at most 10 working days, on a lawful ground; the complainant is told with the reasons (C3).',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('ExtendComplaintInput', {
          fields: (f) => ({
            complaintId: f.globalID({ for: ComplaintNode }),
            workingDays: f.int({ description: '1 to 10 working days (C3).' }),
            ground: f.field({ type: ComplaintExtensionGroundEnum }),
            reason: f.string({ description: 'The reasons, as told to the complainant (C3).' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(() => extendComplaintTerm(ctx, { ...input, complaintId: input.complaintId.id })),
  }),
  decideComplaint: t.field({
    type: ComplaintPayload,
    description: 'Handlers: record the outcome with its reasons (G1).',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('DecideComplaintInput', {
          fields: (f) => ({
            complaintId: f.globalID({ for: ComplaintNode }),
            outcome: f.field({ type: ComplaintOutcomeEnum }),
            reasons: f.string({ description: 'The reasons (G1).' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(() => decideComplaintOutcome(ctx, { ...input, complaintId: input.complaintId.id })),
  }),
  withdrawComplaint: t.field({
    type: ComplaintPayload,
    description: 'The complainant: withdraw a complaint not yet decided.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: builder.inputType('WithdrawComplaintInput', { fields: (f) => ({ complaintId: f.globalID({ for: ComplaintNode }) }) }) }) },
    resolve: (_r, { input }, ctx) => runForPayload(() => withdrawComplaint(ctx, { complaintId: input.complaintId.id })),
  }),
  directComplaintProposal: t.field({
    type: ComplaintPayload,
    description: 'The quality-control body: direct a proposal to restore violated rights, after upholding the complaint (C4).',
    authScopes: { role: 'QUALITY_INSPECTOR' },
    args: {
      input: t.arg({
        type: builder.inputType('DirectComplaintProposalInput', {
          fields: (f) => ({
            complaintId: f.globalID({ for: ComplaintNode }),
            text: f.string({ description: 'What the provider must do.' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(() => directComplaintProposal(ctx, { ...input, complaintId: input.complaintId.id })),
  }),
  checkComplaintProposal: t.field({
    type: ComplaintPayload,
    description: 'The quality-control body: record the control of a proposal’s fulfilment (C4).',
    authScopes: { role: 'QUALITY_INSPECTOR' },
    args: {
      input: t.arg({
        type: builder.inputType('CheckComplaintProposalInput', {
          fields: (f) => ({
            proposalId: f.id({ description: 'The proposal’s id (ComplaintProposal.id).' }),
            fulfilled: f.boolean(),
            note: f.string({ description: 'What the control found.' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(() => checkComplaintProposal(ctx, { ...input, proposalId: String(input.proposalId) })),
  }),
}));
