// Licence area (issue 9): the licence service end to end — apply on one basis (L5), pay the fee (L6), the
// completeness check (L3), the issue (L7, L9), the automatic reissue after a change of name (L8), admission of a
// licensed bailiff to a chamber (CH2) — the deadlines of an application computed by the calendar, and the public
// register of licences (no IIN).
import { PaymentMethod, type LicenceStatus } from '@oryndau/db';

const LICENCE_STATUSES: readonly LicenceStatus[] = ['ACTIVE', 'SUSPENDED', 'REVOKED', 'TERMINATED', 'REISSUED'];
import { type LICENCE_PACKAGE_ITEMS, isFeePaid, licenceDeadlines, licenceFeeTenge, suggestedLicenceGrounds, type StateSystemName } from '@oryndau/domain';
import { builder } from '../builder.ts';
import { hasRole } from '../access.ts';
import { submitLicenceApplication } from '../usecases/submit-licence-application.ts';
import { payLicenceFee } from '../usecases/pay-licence-fee.ts';
import { checkLicenceCompleteness } from '../usecases/check-licence-completeness.ts';
import { issueLicence, type LicenceForm } from '../usecases/issue-licence.ts';
import { applyLicenceReissue } from '../usecases/apply-licence-reissue.ts';
import { processAutomaticReissue } from '../usecases/process-automatic-reissue.ts';
import { admitLicensedBailiff } from '../usecases/admit-licensed-bailiff.ts';
import { EnforcementDistrictNode } from './region.ts'; // admit
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { LicenceNode } from './bailiff.ts';

const DeadlineKindEnum = builder.enumType('DeadlineKind', {
  description: 'A deadline of a service application, computed by the working calendar.',
  values: {
    REGISTRATION: { value: 'REGISTRATION', description: 'Registration: the day of receipt, the next working day after hours (L3, T3).' },
    COMPLETENESS_CHECK: { value: 'COMPLETENESS_CHECK', description: 'The completeness check: 2 working days from registration (L3, A4).' },
    SERVICE_PERIOD: { value: 'SERVICE_PERIOD', description: 'The service period: 10 working days to issue the licence (L7).' },
    HEARING_NOTICE: { value: 'HEARING_NOTICE', description: 'The last day a hearing notice may go out: 3 working days before the period ends (A11).' },
    HEARING: { value: 'HEARING', description: 'The last day of a hearing: 2 working days after its notice (A11).' },
    REISSUE_RESULT: { value: 'REISSUE_RESULT', description: 'The automatic reissue: 20 minutes of a working day (L8, T5).' },
  } as const,
});

const LicencePackageItemEnum = builder.enumType('LicencePackageItem', {
  description: 'An item of the licence application’s package (L3, App.2 p.8).',
  values: {
    APPLICATION_FORM: { value: 'APPLICATION_FORM', description: 'The application itself, signed.' },
    BASIS_DOCUMENT: { value: 'BASIS_DOCUMENT', description: 'The copy of the basis document: the labour record or the attestation decision (L5).' },
    FEE_RECEIPT: { value: 'FEE_RECEIPT', description: 'The bank receipt of the fee, when not paid through the gateway (L6).' },
  } as const satisfies Record<(typeof LICENCE_PACKAGE_ITEMS)[number], unknown>,
});

export const PaymentMethodEnum = builder.enumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How a fee is paid (L6).',
  values: {
    EGOV_GATEWAY: { description: 'Through the e-gov payment gateway.' },
    BANK_RECEIPT: { description: 'At a bank, with a receipt the gateway confirms.' },
  } as const,
});

const LabourPositionEnum = builder.enumType('LabourPosition', {
  description: 'A position of a labour record (L5 a).',
  values: {
    PROSECUTOR: { value: 'PROSECUTOR', description: 'Prosecutor.' },
    INVESTIGATOR: { value: 'INVESTIGATOR', description: 'Investigator.' },
    STATE_ENFORCEMENT_BODY: { value: 'STATE_ENFORCEMENT_BODY', description: 'A state body enforcing executive documents.' },
    OTHER: { value: 'OTHER', description: 'Any other position (not counted).' },
  } as const,
});

interface Deadline {
  kind: 'REGISTRATION' | 'COMPLETENESS_CHECK' | 'SERVICE_PERIOD' | 'HEARING_NOTICE' | 'HEARING' | 'REISSUE_RESULT';
  dueOn: string;
  dueAt: Date | null;
  rules: string[];
  metAt: Date | null;
}
const DeadlineRef = builder.objectRef<Deadline>('ServiceDeadline').implement({
  description: 'One deadline of an application, with its due date by the calendar and when it was met.',
  fields: (t) => ({
    kind: t.field({ type: DeadlineKindEnum, description: 'Which deadline.', resolve: (d) => d.kind }),
    dueOn: t.field({ type: 'Date', description: 'The last day (Astana time).', resolve: (d) => d.dueOn }),
    dueAt: t.field({ type: 'DateTime', nullable: true, description: 'For a real-time limit, the instant.', resolve: (d) => d.dueAt }),
    rules: t.stringList({ description: 'The rule ids behind it.', resolve: (d) => d.rules }),
    metAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was met (null while open).', resolve: (d) => d.metAt }),
  }),
});

builder.prismaObject('Payment', {
  description: 'A fee payment (L6).',
  fields: (t) => ({
    amountTenge: t.exposeInt('amountTenge', { description: 'Amount in tenge.' }),
    method: t.expose('method', { type: PaymentMethodEnum, description: 'How it was paid.' }),
    reference: t.exposeString('reference', { description: 'The gateway’s reference or the receipt’s number.' }),
    paidAt: t.expose('paidAt', { type: 'DateTime', description: 'When.' }),
  }),
});

const LICENCE_KINDS = ['LICENCE', 'ATTESTATION_AND_LICENCE', 'LICENCE_REISSUE'];
const STAGE_OF: Record<string, string[]> = {
  COMPLETENESS_CHECK: ['COMPLETENESS_CHECKED', 'COMPLETENESS_CHECK_FAILED'],
  SERVICE_PERIOD: ['RESULT_ISSUED', 'REFUSED', 'COMPLETENESS_CHECK_FAILED'],
  REISSUE_RESULT: ['RESULT_ISSUED', 'REFUSED'],
  HEARING_NOTICE: ['PRELIMINARY_DECISION_SENT'],
  HEARING: ['HEARING_HELD'],
  REGISTRATION: ['REGISTERED'],
};

builder.prismaObjectFields('ServiceApplication', (t) => ({
  deadlines: t.field({
    type: [DeadlineRef],
    description: 'The deadlines of a licence application, each with its due date computed by the working calendar (L3, L7, A11, L8); empty for other services.',
    select: { kind: true, receivedAt: true, hearings: { select: { noticeSentAt: true } }, stages: { select: { stage: true, at: true } } },
    resolve: async (a, _args, ctx) => {
      if (!LICENCE_KINDS.includes(a.kind) || !a.receivedAt) return [];
      const cal = await ctx.calendar.get(ctx.db.prisma);
      const notices = a.hearings.map((h) => h.noticeSentAt).sort((x, y) => x.getTime() - y.getTime());
      const out = licenceDeadlines({ kind: a.kind as 'LICENCE', receivedAt: a.receivedAt, hearingNoticesOn: notices.map((n) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(n)) }, cal);
      let hearingIndex = 0;
      return out.map((d) => {
        const met = a.stages.filter((s) => STAGE_OF[d.kind]?.includes(s.stage)).map((s) => s.at).sort((x, y) => x.getTime() - y.getTime());
        const metAt = d.kind === 'HEARING' ? (met[hearingIndex++] ?? null) : (met[0] ?? null);
        return { ...d, metAt };
      });
    },
  }),
  payments: t.relation('payments', { query: { orderBy: [{ paidAt: 'asc' }] }, description: 'The fee payments (L6).' }),
  feeTenge: t.int({
    nullable: true,
    description: 'The fee of this licence service in tenge, from the MCI of the current year (L6); null for services without a fee.',
    select: { kind: true },
    resolve: async (a, _args, ctx) => {
      if (!LICENCE_KINDS.includes(a.kind)) return null;
      const row = await ctx.db.prisma.monthlyCalculationIndex.findUnique({ where: { year: Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric' }).format(ctx.now())) } });
      return row ? licenceFeeTenge(a.kind as 'LICENCE', row.amountTenge) : null;
    },
  }),
  suggestedRefusalGrounds: t.stringList({
    description: 'L4: the refusal grounds the state systems’ answers, the basis and the fee support (suggestions for the licensing officer; a refusal goes through the hearing, A11).',
    select: { kind: true, form: true, payments: true, stateQueries: { select: { system: true, status: true, negative: true, found: true } } },
    resolve: async (a, _args, ctx) => {
      if (a.kind !== 'LICENCE' && a.kind !== 'ATTESTATION_AND_LICENCE') return [];
      const row = await ctx.db.prisma.monthlyCalculationIndex.findFirst({ orderBy: { year: 'desc' } });
      const form = a.form as unknown as LicenceForm;
      return suggestedLicenceGrounds({
        answers: a.stateQueries.map((q) => ({ system: q.system as StateSystemName, status: q.status, negative: q.negative, found: q.found })),
        basis: { labourRecord: form.labourRecord ?? null, attestationDecision: form.attestationDecision ?? null },
        payments: a.payments,
        feeTenge: row ? licenceFeeTenge(a.kind, row.amountTenge) : Number.MAX_SAFE_INTEGER,
      });
    },
  }),
  feePaid: t.boolean({
    description: 'Whether the fee is paid in full (L6).',
    select: { kind: true, payments: true },
    resolve: async (a, _args, ctx) => {
      if (!LICENCE_KINDS.includes(a.kind)) return true;
      const row = await ctx.db.prisma.monthlyCalculationIndex.findFirst({ orderBy: { year: 'desc' } });
      return !!row && isFeePaid(a.payments, licenceFeeTenge(a.kind as 'LICENCE', row.amountTenge));
    },
  }),
  issuedLicence: t.relation('licence', { nullable: true, description: 'The licence this application issued (L9).' }),
  viewerCanPayFee: t.boolean({
    description: 'Whether you may pay the fee now (your licence application, not decided).',
    select: { applicantId: true, kind: true, status: true },
    resolve: (a, _args, ctx) => a.applicantId === ctx.viewer?.id && (a.kind === 'LICENCE' || a.kind === 'ATTESTATION_AND_LICENCE') && ['REGISTERED', 'IN_REVIEW', 'HEARING'].includes(a.status),
  }),
  viewerCanCheckCompleteness: t.boolean({
    description: 'Whether you may check the package now (licensing officer; registered).',
    select: { kind: true, status: true },
    resolve: (a, _args, ctx) => hasRole(ctx.viewer, 'LICENSING_OFFICER') && (a.kind === 'LICENCE' || a.kind === 'ATTESTATION_AND_LICENCE') && a.status === 'REGISTERED',
  }),
  viewerCanIssueLicence: t.boolean({
    description: 'Whether you may issue the licence now (licensing officer; under review, or after a hearing).',
    select: { kind: true, status: true },
    resolve: (a, _args, ctx) => hasRole(ctx.viewer, 'LICENSING_OFFICER') && (a.kind === 'LICENCE' || a.kind === 'ATTESTATION_AND_LICENCE') && ['IN_REVIEW', 'HEARING'].includes(a.status),
  }),
}));

builder.prismaObjectFields('Licence', (t) => ({
  holderName: t.string({
    description: 'The holder’s name, as in the public register (never the IIN).',
    select: { holder: { select: { lastName: true, firstName: true, patronymic: true } } },
    resolve: (l) => [l.holder.lastName, l.holder.firstName, l.holder.patronymic].filter(Boolean).join(' '),
  }),
  previousNumber: t.string({ nullable: true, description: 'The number of the licence this one reissued (L8).', select: { previous: { select: { number: true } } }, resolve: (l) => l.previous?.number ?? null }),
  nextNumber: t.string({ nullable: true, description: 'The number of the licence that reissued this one (L8).', select: { next: { select: { number: true } } }, resolve: (l) => l.next?.number ?? null }),
}));

// ---------------------------------------------------------------- the public register

const RegisterFilter = builder.inputType('LicenceRegisterFilter', {
  description: 'Narrows the public register of licences.',
  fields: (t) => ({
    search: t.string({ required: false, description: 'A licence number, or part of the holder’s name.' }),
    statuses: t.stringList({ required: false, description: 'Licence statuses (ACTIVE, SUSPENDED, REVOKED, TERMINATED, REISSUED).' }),
  }),
});

type RegisterFilterValue = { search?: string | null; statuses?: string[] | null } | null | undefined;
const registerWhere = (filter: RegisterFilterValue) => {
  const q = filter?.search?.trim();
  const words = q ? q.split(/\s+/).slice(0, 4) : [];
  return {
    AND: [
      filter?.statuses?.length ? { status: { in: filter.statuses.filter((x): x is LicenceStatus => (LICENCE_STATUSES as readonly string[]).includes(x)) } } : {},
      ...words.map((w) => ({
        OR: [
          { number: { contains: w, mode: 'insensitive' as const } },
          { holder: { lastName: { contains: w, mode: 'insensitive' as const } } },
          { holder: { firstName: { contains: w, mode: 'insensitive' as const } } },
          { holder: { patronymic: { contains: w, mode: 'insensitive' as const } } },
        ],
      })),
    ],
  };
};

builder.queryField('licenceRegister', (t) =>
  t.prismaConnection({
    type: 'Licence',
    cursor: 'id',
    description: 'The public register of private-bailiff licences — number, holder’s name, status, dates; never the IIN. Anyone may search it, without signing in (to check a bailiff).',
    args: { filter: t.arg({ type: RegisterFilter, required: false }) },
    totalCount: (_root, { filter }, ctx) => ctx.db.prisma.licence.count({ where: registerWhere(filter) }),
    resolve: (query, _root, { filter }, ctx) => ctx.db.prisma.licence.findMany({ ...query, where: registerWhere(filter), orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }] }),
  }),
);

builder.queryField('myLicences', (t) =>
  t.prismaField({
    type: ['Licence'],
    description: 'The licences you hold (as the signed-in individual), newest first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => (ctx.viewer?.personId ? ctx.db.prisma.licence.findMany({ ...query, where: { holderId: ctx.viewer.personId }, orderBy: { issuedAt: 'desc' } }) : []),
  }),
);

// ---------------------------------------------------------------- mutations

const ApplicationPayload = payloadRef<{ applicationId: string }>('LicenceApplicationPayload').implement({
  description: 'The licence application after the change.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef], description: 'Why nothing changed.' }),
    application: t.prismaField({
      type: 'ServiceApplication',
      nullable: true,
      description: 'The application.',
      resolve: (query, { applicationId: id }, _a, ctx) => (id ? ctx.db.prisma.serviceApplication.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

const IssuePayload = payloadRef<{ applicationId: string; licenceId: string; documentId: string }>('IssueLicencePayload').implement({
  description: 'The licence issued.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef], description: 'Why nothing changed.' }),
    application: t.prismaField({ type: 'ServiceApplication', nullable: true, description: 'The application, approved.', resolve: (q, { applicationId: id }, _a, ctx) => (id ? ctx.db.prisma.serviceApplication.findUnique({ ...q, where: { id } }) : null) }),
    licence: t.prismaField({ type: 'Licence', nullable: true, description: 'The licence (L9).', resolve: (q, { licenceId: id }, _a, ctx) => (id ? ctx.db.prisma.licence.findUnique({ ...q, where: { id } }) : null) }),
    document: t.prismaField({ type: 'SignedDocument', nullable: true, description: 'The signed licence (Annex 5).', resolve: (q, { documentId: id }, _a, ctx) => (id ? ctx.db.prisma.signedDocument.findUnique({ ...q, where: { id } }) : null) }),
  }),
});

const AdmitPayload = payloadRef<{ bailiffId: string }>('AdmitLicensedBailiffPayload').implement({
  description: 'The bailiff admitted.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef], description: 'Why nothing changed.' }),
    bailiff: t.prismaField({ type: 'PrivateBailiff', nullable: true, description: 'The chamber’s new member.', resolve: (q, { bailiffId: id }, _a, ctx) => (id ? ctx.db.prisma.privateBailiff.findUnique({ ...q, where: { id } }) : null) }),
  }),
});

const rawId = (id: { id: string } | string | number) => (typeof id === 'object' ? id.id : String(id));

builder.mutationFields((t) => ({
  submitLicenceApplication: t.field({
    type: ApplicationPayload,
    description: 'An applicant applies for the private-bailiff licence on exactly one basis (L5); identity and the registers are pulled from the state systems (L2). Registered on receipt (L3); 10 working days to issue (L7).',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('SubmitLicenceApplicationInput', {
          description: 'The licence application: exactly one basis.',
          fields: (f) => ({
            labourRecord: f.field({
              type: [
                builder.inputType('LabourEntryInput', {
                  description: 'One entry of the labour record (L5 a).',
                  fields: (g) => ({
                    position: g.field({ type: LabourPositionEnum, description: 'The position.' }),
                    organisation: g.string({ description: 'The organisation.' }),
                    startedOn: g.string({ description: 'First day (YYYY-MM-DD).' }),
                    endedOn: g.string({ description: 'Last day (YYYY-MM-DD).' }),
                    dismissedForNegativeReasons: g.boolean({ description: 'Dismissed for negative reasons.' }),
                  }),
                }),
              ],
              required: false,
              description: 'Basis (a): the labour record.',
            }),
            attestationDecision: f.field({
              type: builder.inputType('AttestationDecisionInput', {
                description: 'Basis (b): the attestation decision (L5 b).',
                fields: (g) => ({ number: g.string({ description: 'Its number.' }), date: g.string({ description: 'Its date (YYYY-MM-DD).' }), region: g.string({ description: 'The region of the commission.' }) }),
              }),
              required: false,
              description: 'Basis (b): the attestation decision.',
            }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ applicationId: (await submitLicenceApplication(ctx, input)).id })),
  }),
  payLicenceFee: t.field({
    type: ApplicationPayload,
    description: 'The applicant pays the licence fee (6 MCI, L6) through the e-gov payment gateway, or gives the number of a bank receipt the gateway confirms.',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('PayLicenceFeeInput', {
          description: 'The payment.',
          fields: (f) => ({
            applicationId: f.globalID({ description: 'The licence application.' }),
            method: f.field({ type: PaymentMethodEnum, description: 'Gateway or bank receipt.' }),
            receiptNumber: f.string({ required: false, description: 'The bank receipt’s number (BANK_RECEIPT).' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ applicationId: (await payLicenceFee(ctx, { ...input, applicationId: rawId(input.applicationId) })).application.id })),
  }),
  checkLicenceCompleteness: t.field({
    type: ApplicationPayload,
    description: 'The licensing officer checks the package within 2 working days (L3): complete — consideration goes on; incomplete — a signed reasoned refusal.',
    authScopes: { role: 'LICENSING_OFFICER' },
    args: {
      input: t.arg({
        type: builder.inputType('CheckLicenceCompletenessInput', {
          description: 'The result of the check.',
          fields: (f) => ({
            applicationId: f.globalID({ description: 'The application.' }),
            missing: f.field({ type: [LicencePackageItemEnum], description: 'What is missing or expired; empty when complete.' }),
            reason: f.string({ required: false, description: 'The reasons, when incomplete.' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ applicationId: (await checkLicenceCompleteness(ctx, { ...input, applicationId: rawId(input.applicationId) })).application.id })),
  }),
  issueLicence: t.field({
    type: IssuePayload,
    description: 'The licensing officer issues the licence (L7, L9): a unique number, the fields of Annex 5, signed by the platform.',
    authScopes: { role: 'LICENSING_OFFICER' },
    args: {
      input: t.arg({
        type: builder.inputType('IssueLicenceInput', {
          description: 'The licence’s own fields.',
          fields: (f) => ({
            applicationId: f.globalID({ description: 'The application.' }),
            specialConditions: f.string({ required: false, description: 'Special conditions (Annex 5).' }),
            placeOfIssue: f.string({ required: false, description: 'Place of issue (default Astana).' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await issueLicence(ctx, { ...input, applicationId: rawId(input.applicationId) });
        return { applicationId: r.application.id, licenceId: r.licence.id, documentId: r.document.id };
      }),
  }),
  applyLicenceReissue: t.field({
    type: ApplicationPayload,
    description: 'The holder applies for the reissue of their licence after a change of name (L8), paying 10 % of the issue fee (L6). Processed automatically, with no staff, within 20 minutes of a working day; the change is confirmed from the "Individuals" database.',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('ApplyLicenceReissueInput', {
          description: 'The reissue application.',
          fields: (f) => ({
            licenceId: f.globalID({ required: false, for: LicenceNode, description: 'The licence; default your active one.' }),
            method: f.field({ type: PaymentMethodEnum, description: 'How the fee is paid.' }),
            receiptNumber: f.string({ required: false, description: 'The bank receipt’s number (BANK_RECEIPT).' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const app = await applyLicenceReissue(ctx, { ...input, licenceId: input.licenceId?.id ?? null });
        // L8: processed at once, no staff; what must wait (a system down) the scheduler picks up
        await processAutomaticReissue(ctx, app.id).catch((e) => console.error('[oryndau] automatic reissue failed (the scheduler retries)', e));
        return { applicationId: app.id };
      }),
  }),
  admitLicensedBailiff: t.field({
    type: AdmitPayload,
    description: 'A chamber official admits the holder of an active licence as a member; from then on they receive cases by the even assignment (L9, CH2).',
    authScopes: { role: 'CHAMBER_OFFICIAL' },
    args: {
      input: t.arg({
        type: builder.inputType('AdmitLicensedBailiffInput', {
          description: 'The new member.',
          fields: (f) => ({
            chamberId: f.globalID({ description: 'The chamber.' }),
            licenceNumber: f.string({ description: 'The licence’s number.' }),
            office: f.string({ description: 'The office address.' }),
            districtIds: f.globalIDList({ for: EnforcementDistrictNode, description: 'The districts of competence (their global ids, as `Region.districts` gives them).' }), // admit: global ids
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }), // admit: exactly once
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => ({ bailiffId: (await admitLicensedBailiff(ctx, { ...input, chamberId: rawId(input.chamberId), districtIds: input.districtIds.map((d) => d.id) })).id })),
  }),
}));
