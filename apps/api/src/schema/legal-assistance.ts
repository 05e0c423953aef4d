// Legal assistance with foreign courts (issue 12; 004, LA1–LA4): courts and the Judicial Administration's
// departments, foreign states and treaties (reference data), incoming orders (letters rogatory), outgoing orders
// and petitions to recognise a foreign judgment, each with its stages (G2) and deadlines. A thin layer: decode
// ids, call the use case, map the result. Who sees what: access-matrix.ts; who may act: access.ts.
import { ExecutiveDocumentKind, IncomingOrderOutcome, IncomingOrderStatus, JudicialBodyKind, OutgoingOrderStatus, PetitionStatus } from '@oryndau/db';
import { almatyDate, LEGAL_ASSISTANCE_STAGES, type LegalAssistanceStageKind, type LegalPerson } from '@oryndau/domain';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { hasRole, type JudicialBodies } from '../access.ts';
import { isoDate } from '../dates.ts';
import { recordAuthScopes } from './record-auth.ts';
import { RoleEnum } from './enums.ts';
import { DocumentCategoryEnum } from './document.ts';

// ---------------------------------------------------------------- the viewer's courts and departments (per request)

const bodiesCache = new WeakMap<Set<string>, Promise<JudicialBodies>>();
export function bodiesOf(ctx: Context): Promise<JudicialBodies> {
  let p = bodiesCache.get(ctx.visible);
  if (!p) {
    p = ctx.viewer && hasRole(ctx.viewer, 'COURT_OFFICER', 'JUDICIAL_DEPARTMENT_OFFICER')
      ? ctx.db.prisma.judicialStaff.findMany({ where: { userId: ctx.viewer.id }, select: { courtId: true, departmentId: true } }).then((rows) => ({
          courtIds: rows.flatMap((r) => (r.courtId ? [r.courtId] : [])),
          departmentIds: rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])),
        }))
      : Promise.resolve({ courtIds: [], departmentIds: [] });
    bodiesCache.set(ctx.visible, p);
  }
  return p;
}
const isCourtStaff = async (ctx: Context, courtId: string | null) => !!courtId && hasRole(ctx.viewer, 'COURT_OFFICER') && (await bodiesOf(ctx)).courtIds.includes(courtId);
const isDepartmentStaff = async (ctx: Context, ...ids: string[]) => hasRole(ctx.viewer, 'JUDICIAL_DEPARTMENT_OFFICER') && (await bodiesOf(ctx)).departmentIds.some((x) => ids.includes(x));
export const today = (ctx: Context) => almatyDate(ctx.now());
const d = (v: Date | null | undefined) => (v ? isoDate(v) : null);

// ---------------------------------------------------------------- enums

const JudicialBodyKindEnum = builder.enumType(JudicialBodyKind, {
  name: 'JudicialBodyKind',
  description: 'The Judicial Administration or one of its territorial Departments (004 p.7).',
  values: {
    ADMINISTRATION: { description: 'The Judicial Administration of the Republic of Kazakhstan: the central authority.' },
    DEPARTMENT: { description: 'A territorial Department of a region, the capital or a city of republican significance.' },
  } as const,
});

export const ExecutiveDocumentKindEnum = builder.enumType(ExecutiveDocumentKind, {
  name: 'ExecutiveDocumentKind',
  description: 'What kind of act an executive document is (LA4).',
  values: {
    DOMESTIC: { description: 'An act of a court or body of the Republic of Kazakhstan.' },
    FOREIGN_JUDGMENT: { description: 'A foreign judgment recognised by a court of the Republic and permitted for execution (LA4).' },
  } as const,
});

export const IncomingOrderStatusEnum = builder.enumType(IncomingOrderStatus, {
  name: 'IncomingOrderStatus',
  description: 'Where a letter rogatory from a foreign court stands (LA1, LA2).',
  values: {
    REGISTERED: { description: 'Received and registered by the Judicial Administration or a Department.' },
    AT_COURT: { description: 'With the executing court: one month from its receipt (LA1).' },
    RESULT_AT_DEPARTMENT: { description: 'Executed (or not); the documents are with the Department: 10 working days (LA2).' },
    RESULT_SENT: { description: 'The result was sent to the competent authority.' },
    RETURNED: { description: 'Returned unexecuted to the competent authority.' },
  } as const,
});

export const IncomingOrderOutcomeEnum = builder.enumType(IncomingOrderOutcome, {
  name: 'IncomingOrderOutcome',
  description: 'What the executing court recorded (004 p.10–15).',
  values: {
    EXECUTED: { description: 'Executed in full.' },
    PARTLY_EXECUTED: { description: 'Executed in part.' },
    IMPOSSIBLE: { description: 'Could not be executed: the person was not found, or another objective circumstance (004 p.14).' },
    REFUSED: { description: 'Execution refused on a ground of the treaty or the CPC art. 476 (004 p.15).' },
  } as const,
});

export const OutgoingOrderStatusEnum = builder.enumType(OutgoingOrderStatus, {
  name: 'OutgoingOrderStatus',
  description: 'Where an order of a Kazakh court to a foreign court stands (LA3, LA2).',
  values: {
    PREPARED: { description: 'Prepared by the court with every item of LA3; not yet sent.' },
    AT_DEPARTMENT: { description: 'With the Department, sent at least 6 months before the hearing (LA3): 10 working days (LA2).' },
    RETURNED_TO_COURT: { description: 'Returned by the Department to remove deficiencies.' },
    SENT_ABROAD: { description: 'Sent to the competent authority of the foreign state.' },
    ANSWERED: { description: 'The foreign state’s answer came back.' },
  } as const,
});

export const PetitionStatusEnum = builder.enumType(PetitionStatus, {
  name: 'PetitionStatus',
  description: 'Where a petition to recognise a foreign judgment stands (LA4).',
  values: {
    FILED: { description: 'Filed with the court.' },
    RECOGNISED: { description: 'Recognised; its execution permitted.' },
    REFUSED: { description: 'Refused, with reasons (G1), or the missed period not restored (LA4).' },
    RETURNED: { description: 'Returned to the petitioner.' },
    IN_ENFORCEMENT: { description: 'Presented for enforcement as an executive document (LA4, CH1).' },
  } as const,
});

const stageName = (s: string) => s.toUpperCase().replace(/-/g, '_');
const StageKindEnum = builder.enumType('LegalAssistanceStageKind', {
  description: 'A stage of an order or a petition (G2), by the Instruction’s paragraphs.',
  values: Object.fromEntries(Object.entries(LEGAL_ASSISTANCE_STAGES).map(([k, why]) => [stageName(k), { value: k as LegalAssistanceStageKind, description: why }])) as Record<string, { value: LegalAssistanceStageKind; description: string }>,
});

const DeadlineKindEnum = builder.enumType('LegalAssistanceDeadlineKind', {
  description: 'A deadline of legal assistance, by its rule.',
  values: {
    DEPARTMENT_HANDLING: { description: 'LA2: the Department deals with the originals within 10 working days.' },
    FORWARDING: { description: 'LA1: a court without jurisdiction forwards within 5 working days.' },
    AUTHORITY_INFORMED: { description: 'LA1: the competent authority informed of the forwarding within 5 working days.' },
    EXECUTION: { description: 'LA1: executed within one month of receipt by the court.' },
    RESULT_HANDLING: { description: 'LA2: the Department deals with the documents of the execution within 10 working days.' },
    SENDING: { description: 'LA3: sent no later than 6 months before the hearing.' },
    FILING: { description: 'LA4: filed within 3 years of the judgment’s entry into force.' },
  } as const,
});

const PersonRoleEnum = builder.enumType('LegalPersonRole', {
  description: 'A person’s part in the case of an order.',
  values: {
    PLAINTIFF: { description: 'The plaintiff.' },
    DEFENDANT: { description: 'The defendant.' },
    THIRD_PARTY: { description: 'A third party.' },
    WITNESS: { description: 'A witness.' },
    OTHER: { description: 'Another person the order concerns.' },
  } as const,
});
const PersonKindEnum = builder.enumType('LegalPersonKind', {
  description: 'An individual or a legal entity (004 p.22 item 4).',
  values: { INDIVIDUAL: { description: 'An individual: name, date and place of birth, residence, citizenship.' }, ENTITY: { description: 'A legal entity: name, legal address, bank details, fiscal codes.' } } as const,
});

// ---------------------------------------------------------------- reference data

export const JudicialDepartmentNode = builder.prismaNode('JudicialDepartment', {
  id: { field: 'id' },
  description: 'The Judicial Administration or one of its regional Departments: registers, routes and checks orders and petitions (004 p.7–9, LA2).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'A short stable code, e.g. "SA" (the Administration), "ALA".' }),
    kind: t.expose('kind', { type: JudicialBodyKindEnum, description: 'The Administration or a Department.' }),
    nameKk: t.exposeString('nameKk', { description: 'Name in Kazakh.' }),
    nameRu: t.exposeString('nameRu', { description: 'Name in Russian.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    courts: t.relation('courts', { query: { orderBy: { code: 'asc' } }, description: 'The courts under this Department.' }),
  }),
});

export const CourtNode = builder.prismaNode('Court', {
  id: { field: 'id' },
  description: 'A court of the Republic of Kazakhstan: executes incoming orders, prepares outgoing ones, decides petitions.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'A short stable code.' }),
    nameKk: t.exposeString('nameKk', { description: 'Name in Kazakh.' }),
    nameRu: t.exposeString('nameRu', { description: 'Name in Russian.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    department: t.relation('department', { description: 'The Department the court’s orders go through.' }),
  }),
});

export const ForeignStateNode = builder.prismaNode('ForeignState', {
  id: { field: 'id' },
  description: 'A foreign state, with the official languages an order addressed to it is translated into (004 p.24).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'ISO 3166-1 alpha-2.' }),
    nameKk: t.exposeString('nameKk', { description: 'Name in Kazakh.' }),
    nameRu: t.exposeString('nameRu', { description: 'Name in Russian.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    languages: t.exposeStringList('languages', { description: 'Official languages (ISO 639-1); a translation is made into the first.' }),
    treaties: t.prismaField({
      type: ['LegalAssistanceTreaty'],
      description: 'The treaties on legal assistance between the Republic and this state.',
      select: { id: true },
      resolve: (query, s, _a, ctx) => ctx.db.prisma.legalAssistanceTreaty.findMany({ ...query, where: { parties: { some: { stateId: s.id } } }, orderBy: { concludedOn: 'asc' } }),
    }),
  }),
});

export const TreatyNode = builder.prismaNode('LegalAssistanceTreaty', {
  id: { field: 'id' },
  description: 'An international treaty on legal assistance ratified by the Republic (004 p.3–8): its languages and periods are data.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'A short stable code, e.g. "MINSK-1993".' }),
    titleKk: t.exposeString('titleKk', { description: 'Title in Kazakh.' }),
    titleRu: t.exposeString('titleRu', { description: 'Title in Russian.' }),
    titleEn: t.exposeString('titleEn', { description: 'Title in English.' }),
    concludedOn: t.expose('concludedOn', { type: 'Date', description: 'The day it was concluded.' }),
    acceptedLanguages: t.exposeStringList('acceptedLanguages', { description: 'Languages an order may be written in without a translation into the requested state’s language.' }),
    executionMonths: t.exposeInt('executionMonths', { nullable: true, description: 'The execution period it sets, in months; null: the Instruction’s one month (LA1).' }),
    directCommunication: t.exposeBoolean('directCommunication', { description: 'Whether courts may communicate directly (004 p.6).' }),
    parties: t.prismaField({
      type: ['ForeignState'],
      description: 'The other states party to it.',
      select: { id: true },
      resolve: (query, tr, _a, ctx) => ctx.db.prisma.foreignState.findMany({ ...query, where: { treaties: { some: { treatyId: tr.id } } }, orderBy: { code: 'asc' } }),
    }),
  }),
});

// ---------------------------------------------------------------- persons, stages, deadlines

const RepresentativeRef = builder.objectRef<{ name: string; address: string }>('LegalRepresentative').implement({
  description: 'A representative of a person (004 p.22 item 5).',
  fields: (t) => ({ name: t.exposeString('name', { description: 'Surname, name, patronymic.' }), address: t.exposeString('address', { description: 'Address.' }) }),
});

const LegalPersonRef = builder.objectRef<LegalPerson>('LegalPerson').implement({
  description: 'A person an order concerns, with the data of 004 p.22 item 4 (personal data).',
  fields: (t) => ({
    role: t.field({ type: PersonRoleEnum, description: 'Their part in the case.', resolve: (p) => p.role }),
    kind: t.field({ type: PersonKindEnum, description: 'Individual or legal entity.', resolve: (p) => p.kind }),
    name: t.exposeString('name', { description: 'Full name, or the entity’s name.' }),
    birthDate: t.string({ nullable: true, description: 'Date of birth (individuals).', resolve: (p) => p.birthDate ?? null }),
    birthPlace: t.string({ nullable: true, description: 'Place of birth (individuals).', resolve: (p) => p.birthPlace ?? null }),
    residence: t.string({ nullable: true, description: 'Place of residence (individuals).', resolve: (p) => p.residence ?? null }),
    citizenship: t.string({ nullable: true, description: 'Citizenship (individuals).', resolve: (p) => p.citizenship ?? null }),
    legalAddress: t.string({ nullable: true, description: 'Legal address or location (entities).', resolve: (p) => p.legalAddress ?? null }),
    bankDetails: t.string({ nullable: true, description: 'Bank details (entities).', resolve: (p) => p.bankDetails ?? null }),
    fiscalCode: t.string({ nullable: true, description: 'Fiscal codes (entities).', resolve: (p) => p.fiscalCode ?? null }),
    representatives: t.field({ type: [RepresentativeRef], description: 'Their representatives.', resolve: (p) => p.representatives ?? [] }),
  }),
});

export const LegalPersonInput = builder.inputType('LegalPersonInput', {
  description: 'A person an order concerns (004 p.22 items 4–5).',
  fields: (t) => ({
    role: t.field({ type: PersonRoleEnum }),
    kind: t.field({ type: PersonKindEnum }),
    name: t.string(),
    birthDate: t.string({ required: false }),
    birthPlace: t.string({ required: false }),
    residence: t.string({ required: false }),
    citizenship: t.string({ required: false }),
    legalAddress: t.string({ required: false }),
    bankDetails: t.string({ required: false }),
    fiscalCode: t.string({ required: false }),
    representatives: t.field({
      type: [builder.inputType('LegalRepresentativeInput', { description: 'A representative: name and address.', fields: (f) => ({ name: f.string(), address: f.string() }) })],
      required: false,
    }),
  }),
});
export type PersonInput = { role: LegalPerson['role']; kind: LegalPerson['kind']; name: string; birthDate?: string | null; birthPlace?: string | null; residence?: string | null; citizenship?: string | null; legalAddress?: string | null; bankDetails?: string | null; fiscalCode?: string | null; representatives?: { name: string; address: string }[] | null };
export const persons = (ps: PersonInput[]): LegalPerson[] => ps.map((p) => ({ ...p, representatives: p.representatives ?? [] }));

builder.prismaObject('LegalAssistanceStage', {
  description: 'One stage of an order or a petition (G2): who (their role), when, and the deadline it opens.',
  fields: (t) => ({
    stage: t.field({ type: StageKindEnum, description: 'The stage.', resolve: (s) => s.stage as LegalAssistanceStageKind }),
    status: t.exposeString('status', { description: 'The status the record took at this stage.' }),
    actorRole: t.expose('actorRole', { type: RoleEnum, nullable: true, description: 'The role of who acted.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When.' }),
    on: t.expose('on', { type: 'Date', description: 'The Almaty date of the stage.' }),
    dueOn: t.expose('dueOn', { type: 'Date', nullable: true, description: 'The deadline this stage opened or met.' }),
    rule: t.exposeString('rule', { nullable: true, description: 'The rule of the deadline (LA1 …).' }),
    note: t.exposeString('note', { nullable: true, description: 'What happened, in plain words (English).' }),
  }),
});

interface Deadline { kind: string; rule: string; dueOn: string; metOn: string | null; overdue: boolean; late: boolean }
const DeadlineRef = builder.objectRef<Deadline>('LegalAssistanceDeadline').implement({
  description: 'A deadline of an order or petition: when it is due, when it was met, whether it is overdue (G2; the dashboards read these).',
  fields: (t) => ({
    kind: t.field({ type: DeadlineKindEnum, description: 'Which deadline.', resolve: (x) => x.kind as never }),
    rule: t.exposeString('rule', { description: 'Its rule (LA1 …).' }),
    dueOn: t.field({ type: 'Date', description: 'The last day.', resolve: (x) => x.dueOn }),
    metOn: t.field({ type: 'Date', nullable: true, description: 'The day it was met; null while open.', resolve: (x) => x.metOn }),
    overdue: t.exposeBoolean('overdue', { description: 'Open and past its last day.' }),
    late: t.exposeBoolean('late', { description: 'Met after its last day.' }),
  }),
});
const deadline = (ctx: Context, kind: string, rule: string, due: string | null, met: string | null): Deadline[] =>
  due ? [{ kind, rule, dueOn: due, metOn: met, overdue: !met && today(ctx) > due, late: !!met && met > due }] : [];

type StageRow = { stage: string; on: Date; dueOn: Date | null };
const stageSelect = { stages: { select: { stage: true as const, on: true as const, dueOn: true as const }, orderBy: [{ at: 'asc' as const }, { id: 'asc' as const }] } };

// ---------------------------------------------------------------- incoming orders

const incomingDeadlines = (ctx: Context, o: { status: IncomingOrderStatus; departmentDueOn: Date; executionDueOn: Date | null; executedOn: Date | null; resultDueOn: Date | null; sentBackOn: Date | null; stages: StageRow[] }) => {
  const at = (k: string) => o.stages.filter((s) => s.stage === k);
  const sent = at('incoming-sent-to-court')[0];
  const out: Deadline[] = [...deadline(ctx, 'DEPARTMENT_HANDLING', 'LA2', d(o.departmentDueOn), sent ? d(sent.on) : null)];
  for (const f of at('incoming-forwarded')) out.push(...deadline(ctx, 'FORWARDING', 'LA1', d(f.dueOn), d(f.on)));
  for (const f of at('incoming-authority-informed')) out.push(...deadline(ctx, 'AUTHORITY_INFORMED', 'LA1', d(f.dueOn), d(f.on)));
  out.push(...deadline(ctx, 'EXECUTION', 'LA1', d(o.executionDueOn), o.status === 'AT_COURT' ? null : d(o.executedOn)));
  out.push(...deadline(ctx, 'RESULT_HANDLING', 'LA2', d(o.resultDueOn), o.status === 'RESULT_SENT' || o.status === 'RETURNED' ? d(o.sentBackOn) : null));
  return out;
};
const incomingDeadlineSelect = { status: true as const, departmentDueOn: true as const, executionDueOn: true as const, executedOn: true as const, resultDueOn: true as const, sentBackOn: true as const, ...stageSelect };

export const IncomingOrderNode = builder.prismaNode('IncomingOrder', {
  id: { field: 'id' },
  description: 'A letter rogatory from a foreign court (LA1, LA2). Visible in full only to the staff of the courts and departments concerned.',
  authScopes: recordAuthScopes('IncomingOrder'),
  fields: (t) => ({
    number: t.exposeString('number', { description: 'Registration number, e.g. "LR-IN-2026-000001".' }),
    status: t.expose('status', { type: IncomingOrderStatusEnum, description: 'Where it stands.' }),
    receivedBy: t.relation('receivedBy', { description: 'The Judicial Administration or the Department that received it.' }),
    department: t.relation('department', { description: 'The Department that organises its execution.' }),
    requestingState: t.relation('requestingState', { description: 'The state whose court asks.' }),
    treaty: t.relation('treaty', { nullable: true, description: 'The treaty it is made under; null: reciprocity (004 p.4).' }),
    requestingCourt: t.exposeString('requestingCourt', { description: 'The foreign court or institution that asks.' }),
    foreignCaseNumber: t.exposeString('foreignCaseNumber', { description: 'Its case number abroad.' }),
    caseName: t.exposeString('caseName', { description: 'The case (personal data: the parties’ names).' }),
    persons: t.field({ type: [LegalPersonRef], description: 'The persons it concerns (personal data).', select: { persons: true }, resolve: (o) => o.persons as unknown as LegalPerson[] }),
    request: t.exposeString('request', { description: 'What is asked (personal data).' }),
    language: t.exposeString('language', { description: 'The language it is written in (ISO 639-1).' }),
    hasTranslation: t.exposeBoolean('hasTranslation', { description: 'Whether a translation into the state or Russian language is attached (004 p.12).' }),
    court: t.relation('court', { nullable: true, description: 'The court that executes it.' }),
    previousCourt: t.relation('previousCourt', { nullable: true, description: 'The court that forwarded it for lack of jurisdiction, if any.' }),
    receivedOn: t.expose('receivedOn', { type: 'Date', description: 'The day its originals were received.' }),
    departmentDueOn: t.expose('departmentDueOn', { type: 'Date', description: 'LA2: the Department’s last day to deal with it.' }),
    courtReceivedOn: t.expose('courtReceivedOn', { type: 'Date', nullable: true, description: 'The day the executing court received it.' }),
    executionDueOn: t.expose('executionDueOn', { type: 'Date', nullable: true, description: 'LA1: the last day to execute it (one month).' }),
    forwardDueOn: t.expose('forwardDueOn', { type: 'Date', nullable: true, description: 'LA1: the last day to forward it, if the court has no jurisdiction.' }),
    forwardedOn: t.expose('forwardedOn', { type: 'Date', nullable: true, description: 'When it was last forwarded.' }),
    authorityInformedOn: t.expose('authorityInformedOn', { type: 'Date', nullable: true, description: 'When the competent authority was informed of the forwarding.' }),
    executedOn: t.expose('executedOn', { type: 'Date', nullable: true, description: 'When the court recorded its execution.' }),
    outcome: t.expose('outcome', { type: IncomingOrderOutcomeEnum, nullable: true, description: 'What the court recorded.' }),
    result: t.exposeString('result', { nullable: true, description: 'The result (personal data).' }),
    resultDocuments: t.exposeStringList('resultDocuments', { description: 'The documents of the execution sent back (personal data).' }),
    resultReceivedOn: t.expose('resultReceivedOn', { type: 'Date', nullable: true, description: 'When the Department received them.' }),
    resultDueOn: t.expose('resultDueOn', { type: 'Date', nullable: true, description: 'LA2: the Department’s last day to deal with them.' }),
    sentBackOn: t.expose('sentBackOn', { type: 'Date', nullable: true, description: 'When the result (or the order) went back to the competent authority.' }),
    deadlines: t.field({ type: [DeadlineRef], description: 'Every deadline, met or open (G2).', select: incomingDeadlineSelect, resolve: (o, _a, ctx) => incomingDeadlines(ctx, o) }),
    overdue: t.boolean({ description: 'Some deadline is open and past its last day.', select: incomingDeadlineSelect, resolve: (o, _a, ctx) => incomingDeadlines(ctx, o).some((x) => x.overdue) }),
    stages: t.relation('stages', { query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] }, description: 'Every stage, oldest first (G2).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    viewerCanForward: t.boolean({ description: 'The viewer is staff of the executing court and may forward it.', select: { status: true, courtId: true }, resolve: async (o, _a, ctx) => o.status === 'AT_COURT' && (await isCourtStaff(ctx, o.courtId)) }),
    viewerCanRecordExecution: t.boolean({ description: 'The viewer is staff of the executing court and may record its execution.', select: { status: true, courtId: true }, resolve: async (o, _a, ctx) => o.status === 'AT_COURT' && (await isCourtStaff(ctx, o.courtId)) }),
    viewerCanSendResult: t.boolean({ description: 'The viewer is staff of the Department and may send the result on.', select: { status: true, departmentId: true, receivedById: true }, resolve: async (o, _a, ctx) => o.status === 'RESULT_AT_DEPARTMENT' && (await isDepartmentStaff(ctx, o.departmentId, o.receivedById)) }),
  }),
});

// ---------------------------------------------------------------- outgoing orders

const outgoingDeadlines = (ctx: Context, o: { latestSendOn: Date; departmentDueOn: Date | null; sentAbroadOn: Date | null; stages: StageRow[] }) => {
  const firstSent = o.stages.find((s) => s.stage === 'outgoing-sent-to-department');
  return [...deadline(ctx, 'SENDING', 'LA3', d(o.latestSendOn), firstSent ? d(firstSent.on) : null), ...deadline(ctx, 'DEPARTMENT_HANDLING', 'LA2', d(o.departmentDueOn), d(o.sentAbroadOn))];
};
const outgoingDeadlineSelect = { latestSendOn: true as const, departmentDueOn: true as const, sentAbroadOn: true as const, ...stageSelect };

export const OutgoingOrderNode = builder.prismaNode('OutgoingOrder', {
  id: { field: 'id' },
  description: 'An order of a Kazakh court to a foreign court (LA3), through the Department. Visible in full only to the staff of the court and Department concerned.',
  authScopes: recordAuthScopes('OutgoingOrder'),
  fields: (t) => ({
    number: t.exposeString('number', { description: 'Registration number, e.g. "LR-OUT-2026-000001".' }),
    status: t.expose('status', { type: OutgoingOrderStatusEnum, description: 'Where it stands.' }),
    court: t.relation('court', { description: 'The requesting court.' }),
    department: t.relation('department', { description: 'The Department it goes through.' }),
    requestedState: t.relation('requestedState', { description: 'The state asked.' }),
    treaty: t.relation('treaty', { nullable: true, description: 'The treaty it is made under; null: reciprocity.' }),
    requestedInstitution: t.exposeString('requestedInstitution', { description: 'LA3 item 1: the requested institution.' }),
    caseName: t.exposeString('caseName', { description: 'LA3 item 3: the case (personal data).' }),
    caseNumber: t.exposeString('caseNumber', { description: 'LA3 item 3: the case number.' }),
    plaintiff: t.exposeString('plaintiff', { description: 'LA3 item 3: the plaintiff (personal data).' }),
    defendant: t.exposeString('defendant', { description: 'LA3 item 3: the defendant (personal data).' }),
    persons: t.field({ type: [LegalPersonRef], description: 'LA3 items 4–5: the persons and their representatives (personal data).', select: { persons: true }, resolve: (o) => o.persons as unknown as LegalPerson[] }),
    request: t.exposeString('request', { description: 'LA3 item 6: what is asked (personal data).' }),
    recipientAddress: t.exposeString('recipientAddress', { nullable: true, description: 'For service of documents: the recipient’s exact address (personal data).' }),
    documentToServe: t.exposeString('documentToServe', { nullable: true, description: 'For service of documents: the document’s name.' }),
    attachments: t.exposeStringList('attachments', { description: 'The documents attached (004 p.23).' }),
    language: t.exposeString('language', { description: 'The language it is written in: kk or ru (004 p.24).' }),
    translationLanguage: t.exposeString('translationLanguage', { nullable: true, description: 'The language of the certified translation it carries (from the state’s and the treaty’s data); null: none needed.' }),
    hearingOn: t.expose('hearingOn', { type: 'Date', description: 'The day of the hearing.' }),
    latestSendOn: t.expose('latestSendOn', { type: 'Date', description: 'LA3: the last day to send it (6 months before the hearing).' }),
    sentOn: t.expose('sentOn', { type: 'Date', nullable: true, description: 'When the court sent it to the Department.' }),
    departmentDueOn: t.expose('departmentDueOn', { type: 'Date', nullable: true, description: 'LA2: the Department’s last day.' }),
    departmentReturnReason: t.exposeString('departmentReturnReason', { nullable: true, description: 'Why the Department returned it.' }),
    sentAbroadOn: t.expose('sentAbroadOn', { type: 'Date', nullable: true, description: 'When it was sent abroad.' }),
    answeredOn: t.expose('answeredOn', { type: 'Date', nullable: true, description: 'When the answer came back.' }),
    answer: t.exposeString('answer', { nullable: true, description: 'The answer (personal data).' }),
    answerExecuted: t.exposeBoolean('answerExecuted', { nullable: true, description: 'Whether it was executed abroad.' }),
    deadlines: t.field({ type: [DeadlineRef], description: 'Every deadline, met or open (G2).', select: outgoingDeadlineSelect, resolve: (o, _a, ctx) => outgoingDeadlines(ctx, o) }),
    overdue: t.boolean({ description: 'Some deadline is open and past its last day.', select: outgoingDeadlineSelect, resolve: (o, _a, ctx) => outgoingDeadlines(ctx, o).some((x) => x.overdue) }),
    stages: t.relation('stages', { query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] }, description: 'Every stage, oldest first (G2).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was prepared.' }),
    viewerCanSend: t.boolean({ description: 'The viewer is staff of the court and it is ready to send (the API checks LA3 when sending).', select: { status: true, courtId: true }, resolve: async (o, _a, ctx) => (o.status === 'PREPARED' || o.status === 'RETURNED_TO_COURT') && (await isCourtStaff(ctx, o.courtId)) }),
    viewerCanHandle: t.boolean({ description: 'The viewer is staff of the Department and may send it abroad, return it, or record the answer.', select: { status: true, departmentId: true }, resolve: async (o, _a, ctx) => (o.status === 'AT_DEPARTMENT' || o.status === 'SENT_ABROAD') && (await isDepartmentStaff(ctx, o.departmentId)) }),
  }),
});

// ---------------------------------------------------------------- petitions

const petitionDeadlines = (ctx: Context, p: { filingDueOn: Date; filedOn: Date }) => deadline(ctx, 'FILING', 'LA4', d(p.filingDueOn), d(p.filedOn));

export const RecognitionPetitionNode = builder.prismaNode('RecognitionPetition', {
  id: { field: 'id' },
  description: 'A petition to recognise a foreign judgment and permit its execution (LA4). Visible to its petitioner and to the staff of the court and Department concerned.',
  authScopes: recordAuthScopes('RecognitionPetition'),
  fields: (t) => ({
    number: t.exposeString('number', { description: 'Registration number, e.g. "FJ-2026-000001".' }),
    status: t.expose('status', { type: PetitionStatusEnum, description: 'Where it stands.' }),
    court: t.relation('court', { description: 'The court that considers it.' }),
    department: t.relation('department', { description: 'The Department of that court.' }),
    state: t.relation('state', { description: 'The state whose court gave the judgment.' }),
    treaty: t.relation('treaty', { nullable: true, description: 'The treaty it rests on; null: reciprocity.' }),
    foreignCourt: t.exposeString('foreignCourt', { description: 'The foreign court.' }),
    foreignCaseNumber: t.exposeString('foreignCaseNumber', { description: 'The case number abroad.' }),
    judgmentDate: t.expose('judgmentDate', { type: 'Date', description: 'The judgment’s date.' }),
    entryIntoForceOn: t.expose('entryIntoForceOn', { type: 'Date', description: 'When it entered into force.' }),
    filingDueOn: t.expose('filingDueOn', { type: 'Date', description: 'LA4: the last day of the 3 years.' }),
    filedOn: t.expose('filedOn', { type: 'Date', description: 'When it was filed.' }),
    late: t.exposeBoolean('late', { description: 'Filed after the 3 years (with a request to restore the period).' }),
    restorationReason: t.exposeString('restorationReason', { nullable: true, description: 'The good reason given for the missed period (personal data).' }),
    periodRestored: t.exposeBoolean('periodRestored', { nullable: true, description: 'For a late petition: whether the court restored the period.' }),
    petitionerName: t.exposeString('petitionerName', { description: 'The party in whose favour the judgment was given (personal data).' }),
    petitionerIdNumber: t.exposeString('petitionerIdNumber', { description: 'Their IIN/BIN (personal data).' }),
    petitionerAddress: t.exposeString('petitionerAddress', { nullable: true, description: 'Their address (personal data).' }),
    debtorName: t.exposeString('debtorName', { description: 'The debtor (personal data).' }),
    debtorIdNumber: t.exposeString('debtorIdNumber', { description: 'The debtor’s IIN/BIN (personal data).' }),
    debtorAddress: t.exposeString('debtorAddress', { description: 'The debtor’s address (personal data).' }),
    category: t.expose('category', { type: DocumentCategoryEnum, description: 'What the judgment orders, for its route in enforcement (CH1).' }),
    amountTenge: t.float({ nullable: true, description: 'The amount to recover, in tenge (personal data).', select: { amountTenge: true }, resolve: (p) => (p.amountTenge == null ? null : Number(p.amountTenge)) }),
    subject: t.exposeString('subject', { description: 'What the judgment orders, in words (personal data).' }),
    decidedOn: t.expose('decidedOn', { type: 'Date', nullable: true, description: 'When the court decided.' }),
    decisionNumber: t.exposeString('decisionNumber', { nullable: true, description: 'The number of the court’s decision.' }),
    decisionReason: t.exposeString('decisionReason', { nullable: true, description: 'The court’s reasons (G1; personal data).' }),
    executiveDocument: t.relation('executiveDocument', { nullable: true, description: 'Once in enforcement: the executive document, routed like any other (CH1).' }),
    deadlines: t.field({ type: [DeadlineRef], description: 'Its deadlines (G2).', select: { filingDueOn: true, filedOn: true }, resolve: (p, _a, ctx) => petitionDeadlines(ctx, p) }),
    overdue: t.boolean({ description: 'Always false once filed: the filing period is the petitioner’s (kept for a uniform list).', resolve: () => false }),
    stages: t.relation('stages', { query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] }, description: 'Every stage, oldest first (G2).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was filed.' }),
    viewerCanDecide: t.boolean({ description: 'The viewer is staff of the court and it awaits a decision.', select: { status: true, courtId: true }, resolve: async (p, _a, ctx) => p.status === 'FILED' && (await isCourtStaff(ctx, p.courtId)) }),
    viewerCanEnforce: t.boolean({ description: 'The viewer is the petitioner and the judgment is recognised: they may present it for enforcement.', select: { status: true, applicantId: true }, resolve: (p, _a, ctx) => p.status === 'RECOGNISED' && !!ctx.viewer && p.applicantId === ctx.viewer.id }),
  }),
});

builder.prismaObjectField('ExecutiveDocument', 'kind', (t) =>
  t.expose('kind', { type: ExecutiveDocumentKindEnum, description: 'A Kazakh act, or a recognised foreign judgment (LA4).' }),
);

