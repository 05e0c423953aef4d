import { ApplicationStageKind, ApplicationStatus, ServiceKind } from '@oryndau/db';
import type { Viewer } from '../context.ts';
import { builder } from '../builder.ts';
import { applicationScope } from '../access.ts';
import { isoDate } from '../dates.ts';
import { ChannelEnum } from './channel.ts';
import { RoleEnum } from './enums.ts';
import { markVisible, recordAuthScopes } from './record-auth.ts';

export const ServiceKindEnum = builder.enumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'The public service applied for (Order No. 69).',
  values: {
    ATTESTATION: { description: 'Attestation of a candidate for private bailiff (Appendix 1).' },
    LICENCE: { description: 'Issue of the private-bailiff licence (Appendix 2).' },
    ATTESTATION_AND_LICENCE: { description: 'Attestation and licence in one application (A13).' },
    LICENCE_REISSUE: { description: 'Reissue of the licence after a change of name (L8).' },
    ENFORCEMENT_INITIATION: { description: 'Initiation of enforcement proceedings at a claimant’s request (Appendix 3).' },
  } as const,
});

export const ApplicationStatusEnum = builder.enumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application stands (G2).',
  values: {
    DRAFT: { description: 'Being prepared by the applicant; not yet submitted.' },
    REGISTERED: { description: 'Registered; the service period runs (T3).' },
    IN_REVIEW: { description: 'Complete and under consideration.' },
    HEARING: { description: 'A preliminary refusal was sent; the hearing is pending (A11).' },
    APPROVED: { description: 'The service was rendered: positive result issued.' },
    REFUSED: { description: 'Refused with reasons (G1).' },
    REJECTED_INCOMPLETE: { description: 'Refused at acceptance: the package was incomplete (A4, L3, E3).' },
    WITHDRAWN: { description: 'Withdrawn by the applicant.' },
  } as const,
});

// patterns: the kinds of stage (G2)
export const ApplicationStageKindEnum = builder.enumType(ApplicationStageKind, {
  name: 'ApplicationStageKind',
  description: 'What happened at one stage of an application (G2). Stored under the machine names written since the first release (e.g. "bailiff-assigned").',
  values: {
    REGISTERED: { description: 'The application was registered; the service period runs (T3, T6).' },
    ROUTED_TO_CHAMBER: { description: 'Enforcement: the document goes to the regional Chamber of Private Bailiffs, which awaits the paper original (CH1, CH3).' },
    ROUTED_TO_STATE_BAILIFF: { description: 'Enforcement: the document is enforced by a state bailiff (CH1).' },
    REFUSED_AT_ACCEPTANCE: { description: 'Refused at acceptance: the package was incomplete; the receipt lists what is missing (E3).' },
    ORIGINAL_RECEIVED: { description: 'The Chamber received the original paper executive document (CH3).' },
    BAILIFF_ASSIGNED: { description: 'The Chamber appointed a private bailiff by its even policy (CH2).' },
    BAILIFF_REASSIGNED: { description: 'The case was redistributed to another private bailiff (CH2).' },
    BAILIFF_REPLACED: { description: 'The bailiff was replaced after a final decision confirming a breach of duty (CH4).' },
    SENT_TO_PRIVATE_BAILIFF: { description: 'The document was sent to a private bailiff (records from before the Chamber’s assignment).' },
    WITH_STATE_BAILIFF: { description: 'The state bailiff is considering the document (E4).' },
    PROCEEDINGS_INITIATED: { description: 'The bailiff initiated the enforcement proceedings (E4).' },
    INITIATION_REFUSED: { description: 'The bailiff refused to initiate the proceedings, with reasons (E5, G1).' },
    MEASURE_TAKEN: { description: 'An enforcement measure was taken in the proceedings (E6).' },
    DRAFT_SAVED: { description: 'The applicant saved a draft; nothing is submitted yet.' },
    COMPLETENESS_CHECKED: { description: 'The package was checked and is complete (A4, L3).' },
    COMPLETENESS_CHECK_FAILED: { description: 'The package was found incomplete and returned (A4, L3).' },
    PRELIMINARY_DECISION_SENT: { description: 'A preliminary refusal was sent and a hearing is set (A11).' },
    HEARING_HELD: { description: 'The hearing on the preliminary refusal was held (A11).' },
    TEST_TAKEN: { description: 'The candidate took the attestation test (A7).' },
    INTERVIEW_HELD: { description: 'The attestation commission interviewed the candidate (A7).' },
    COMMISSION_DECIDED: { description: 'The attestation commission voted its decision (A8).' },
    RESULT_ISSUED: { description: 'The positive result of the service was issued.' },
    REFUSED: { description: 'The service was refused, with reasons (G1).' },
    WITHDRAWN: { description: 'The applicant withdrew the application.' },
    WAITING_FOR_STATE_SYSTEM: { description: 'A state information system did not answer (unavailable or timed out): the application waits and the platform asks again automatically; nothing is lost (L2, A3).' },
    STATE_SYSTEMS_CHECKED: { description: 'Every state information system asked has answered (L2, A3).' },
  } as const,
});

const FINAL_STATUSES: ApplicationStatus[] = ['APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'];

builder.prismaObject('ApplicationStage', {
  select: { id: true }, // read path: only the columns the request's fields ask for
  description: 'One step in the life of an application, as entered in the monitoring system (G2).',
  fields: (t) => ({
    status: t.expose('status', { type: ApplicationStatusEnum }),
    stage: t.expose('stage', { type: ApplicationStageKindEnum, description: 'What happened at this stage.' }),
    actorRole: t.expose('actorRole', { type: RoleEnum, nullable: true, description: 'The role in which the stage was entered (G2: the role, not the person); null when the platform itself entered it.' }),
    at: t.expose('at', { type: 'DateTime' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

builder.prismaNode('ServiceApplication', {
  id: { field: 'id' },
  // read path: only the columns the request's fields ask for (the form only when asked); kind always: fields
  // other modules add (attestation.ts) read it without declaring a select
  select: { id: true, kind: true },
  description: 'An application for a public service. Visible to its applicant and to the staff who handle it.',
  authScopes: recordAuthScopes('ServiceApplication'),
  fields: (t) => ({
    number: t.exposeString('number'),
    kind: t.expose('kind', { type: ServiceKindEnum }),
    channel: t.expose('channel', { type: ChannelEnum }),
    status: t.expose('status', { type: ApplicationStatusEnum }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', nullable: true }),
    registeredAt: t.expose('registeredAt', { type: 'DateTime', nullable: true }),
    dueOn: t.expose('dueOn', { type: 'Date', nullable: true, description: 'Last day of the service period.' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    overdue: t.boolean({
      description: 'The service period has ended without a decision.',
      select: { dueOn: true, status: true },
      resolve: (a, _args, ctx) => !!a.dueOn && !FINAL_STATUSES.includes(a.status) && isoDate(a.dueOn) < isoDate(ctx.now()),
    }),
    refusalGrounds: t.exposeStringList('refusalGrounds'),
    missingDocuments: t.exposeStringList('missingDocuments', { description: 'E3: what the receipt of Annex 4 lists as missing, when the package was refused at acceptance.' }),
    executiveDocument: t.relation('document', { nullable: true, description: 'For enforcement initiation: the executive document and its route.' }),
    refusalReason: t.exposeString('refusalReason', { nullable: true }),
    form: t.expose('form', { type: 'JSON', description: 'The form as submitted. Holds personal data: visible only to those who may read the application.' }),
    applicant: t.relation('applicant'),
    stages: t.relation('stages', { query: { orderBy: [{ at: 'asc' }, { seq: 'asc' }] }, description: 'Every stage, oldest first (G2).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const ApplicationFilter = builder.inputType('ApplicationFilter', {
  description: 'Narrows a list of applications; every field is optional and they combine with AND.',
  fields: (t) => ({
    kinds: t.field({ type: [ServiceKindEnum], required: false }),
    statuses: t.field({ type: [ApplicationStatusEnum], required: false }),
  }),
});

type ApplicationFilterValue = { kinds?: ServiceKind[] | null; statuses?: ApplicationStatus[] | null } | null | undefined;
const applicationsWhere = (viewer: Viewer, filter: ApplicationFilterValue) => ({
  AND: [
    applicationScope(viewer),
    filter?.kinds?.length ? { kind: { in: filter.kinds } } : {},
    filter?.statuses?.length ? { status: { in: filter.statuses } } : {},
  ],
});

builder.queryField('applications', (t) =>
  t.prismaConnection({
    type: 'ServiceApplication',
    cursor: 'id',
    description: 'Applications visible to you, newest first: an applicant sees only their own.',
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: ApplicationFilter, required: false }) },
    totalCount: (_root, { filter }, ctx) => ctx.db.prisma.serviceApplication.count({ where: applicationsWhere(ctx.viewer!, filter) }),
    resolve: async (query, _root, { filter }, ctx) => {
      const rows = await ctx.db.prisma.serviceApplication.findMany({
        ...query,
        where: applicationsWhere(ctx.viewer!, filter),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      markVisible(ctx, 'ServiceApplication', rows);
      return rows;
    },
  }),
);
