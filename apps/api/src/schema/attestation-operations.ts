// Attestation (issue 9; A1–A13): the mutations over the types of attestation.ts — apply, check, test, interview,
// vote, minutes, decision, hearing. A thin layer: decode ids, call the use case, map the result; who may act: access.ts.
import { builder } from '../builder.ts';
import { DomainError } from '../errors.ts';
import { announceAttestationSession } from '../usecases/announce-attestation-session.ts';
import { applyForAttestation } from '../usecases/apply-for-attestation.ts';
import { checkAttestationCompleteness } from '../usecases/check-attestation-completeness.ts';
import { startAttestationTest } from '../usecases/start-attestation-test.ts';
import { submitAttestationTest } from '../usecases/submit-attestation-test.ts';
import { recordTestResult } from '../usecases/record-test-result.ts';
import { suspendAttestationCandidate } from '../usecases/suspend-attestation-candidate.ts';
import { recordAttestationNoShow } from '../usecases/record-attestation-no-show.ts';
import { recordInterview } from '../usecases/record-interview.ts';
import { castCommissionVote } from '../usecases/cast-commission-vote.ts';
import { decideAttestation } from '../usecases/decide-attestation.ts';
import { signAttestationMinutes } from '../usecases/sign-attestation-minutes.ts';
import { holdAttestationHearing } from '../usecases/hold-attestation-hearing.ts';
import { ServiceKindEnum } from './application.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';
import { AttestationSessionNode, CommissionVoteValueEnum, TestLanguageEnum } from './attestation.ts';

// ---------------------------------------------------------------- mutations

const idOf = (gid: { typename: string; id: string }, typename: string, field: string[]) => {
  if (gid.typename !== typename) throw new DomainError('NOT_FOUND', `Unknown ${typename}.`, field);
  return gid.id;
};

const ApplicationPayload = payloadRef<{ applicationId: string }>('AttestationApplicationPayload').implement({
  description: 'The application after an attestation step.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    application: t.prismaField({ type: 'ServiceApplication', nullable: true, resolve: (query, { applicationId: id }, _a, ctx) => (id ? ctx.db.prisma.serviceApplication.findUnique({ ...query, where: { id } }) : null) }),
  }),
});

const SessionPayload = payloadRef<{ sessionId: string }>('AttestationSessionPayload').implement({
  description: 'The session after a step.',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    session: t.prismaField({ type: 'AttestationSession', nullable: true, resolve: (query, { sessionId: id }, _a, ctx) => (id ? ctx.db.prisma.attestationSession.findUnique({ ...query, where: { id } }) : null) }),
  }),
});

const DiplomaInput = builder.inputType('AttestationDiplomaInput', {
  description: 'A2: the higher legal education diploma.',
  fields: (f) => ({
    institution: f.string(),
    specialtyCode: f.string(),
    number: f.string(),
    issuedOn: f.field({ type: 'Date' }),
    foreign: f.boolean({ description: 'Issued abroad: the nostrification document is then required.' }),
  }),
});
const NostrificationInput = builder.inputType('AttestationNostrificationInput', {
  description: 'A2: the recognition (nostrification) of a foreign diploma.',
  fields: (f) => ({ series: f.string(), number: f.string() }),
});
const InternshipInput = builder.inputType('AttestationInternshipInput', {
  description: 'A2: the internship conclusion.',
  fields: (f) => ({
    conclusionApprovedOn: f.field({ type: 'Date' }),
    regionalChamber: f.string(),
    supervisor: f.string(),
    startedOn: f.field({ type: 'Date' }),
    endedOn: f.field({ type: 'Date' }),
  }),
});
const FormInput = builder.inputType('AttestationFormInput', {
  description: 'A2: the application form (Appendix 2). Identity and the health registers are not asked: they are pulled from the state systems (A3).',
  fields: (f) => ({
    diploma: f.field({ type: DiplomaInput }),
    nostrification: f.field({ type: NostrificationInput, required: false }),
    internship: f.field({ type: InternshipInput }),
    address: f.string(),
    email: f.string(),
    phone: f.string(),
    confirmations: f.boolean({ description: 'Official contacts, no court ban, data true, personal-data consent.' }),
    healthRegistryConsent: f.boolean({ description: 'Consent to requests to the narcology and mental-health registries.' }),
    signedWithEds: f.boolean({ description: 'Signed with the candidate’s EDS.' }),
  }),
});

builder.mutationFields((t) => ({
  announceAttestationSession: t.field({
    type: SessionPayload,
    description: 'A territorial justice officer announces an attestation in their region: date, time, place and the Commission’s chair (A1, A8).',
    authScopes: { role: 'JUSTICE_OFFICER' },
    args: {
      input: t.arg({
        type: builder.inputType('AnnounceAttestationSessionInput', {
          description: 'The session to announce.',
          fields: (f) => ({
            regionId: f.globalID(),
            heldAt: f.field({ type: 'DateTime' }),
            place: f.string(),
            chairUserId: f.globalID({ description: 'The chair: a member of the region’s commission (attestationCommission).' }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const s = await announceAttestationSession(ctx, {
          regionId: idOf(input.regionId, 'Region', ['input', 'regionId']), heldAt: input.heldAt, place: input.place,
          chairUserId: idOf(input.chairUserId, 'User', ['input', 'chairUserId']), idempotencyKey: input.idempotencyKey,
        });
        return { sessionId: s.id };
      }),
  }),
  applyForAttestation: t.field({
    type: ApplicationPayload,
    description: 'A candidate applies on the portal for an announced attestation, alone or with the licence (A13); late (A1) and recently suspended (A6) candidates are refused with the first admissible date.',
    authScopes: { role: 'APPLICANT' },
    args: {
      input: t.arg({
        type: builder.inputType('ApplyForAttestationInput', {
          description: 'The application.',
          fields: (f) => ({
            sessionId: f.globalID({ for: AttestationSessionNode }),
            kind: f.field({ type: ServiceKindEnum, description: 'ATTESTATION, or ATTESTATION_AND_LICENCE for the one application (A13).' }),
            form: f.field({ type: FormInput }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        if (input.kind !== 'ATTESTATION' && input.kind !== 'ATTESTATION_AND_LICENCE') throw new DomainError('INVALID_INPUT', 'Apply for ATTESTATION or ATTESTATION_AND_LICENCE.', ['input', 'kind'], { key: 'attestation.kindInvalid', rule: 'A13' });
        const form = input.form;
        const app = await applyForAttestation(ctx, {
          sessionId: input.sessionId.id, kind: input.kind, idempotencyKey: input.idempotencyKey,
          form: { ...form, diploma: { ...form.diploma, issuedOn: form.diploma.issuedOn as never }, internship: { ...form.internship } as never, nostrification: form.nostrification ?? null },
        });
        return { applicationId: app.id };
      }),
  }),
  checkAttestationCompleteness: t.field({
    type: ApplicationPayload,
    description: 'A justice officer of the region checks completeness within 2 working days; an incomplete application gets a reasoned refusal (A4).',
    authScopes: { role: 'JUSTICE_OFFICER' },
    args: {
      input: t.arg({
        type: builder.inputType('CheckAttestationCompletenessInput', {
          description: 'The check.',
          fields: (f) => ({ applicationId: f.globalID(), complete: f.boolean(), reason: f.string({ required: false, description: 'Required when incomplete: what is missing and why (A4).' }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        await checkAttestationCompleteness(ctx, { applicationId: id, complete: input.complete, reason: input.reason });
        return { applicationId: id };
      }),
  }),
  startAttestationTest: t.field({
    type: ApplicationPayload,
    description: 'The candidate starts the test in the portal on the day of the attestation: 100 questions drawn for them, 90 minutes (A7).',
    authScopes: { role: 'APPLICANT' },
    args: {
      input: t.arg({
        type: builder.inputType('StartAttestationTestInput', {
          description: 'The test to start.',
          fields: (f) => ({ applicationId: f.globalID(), language: f.field({ type: TestLanguageEnum }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        await startAttestationTest(ctx, { applicationId: id, language: input.language });
        return { applicationId: id };
      }),
  }),
  submitAttestationTest: t.field({
    type: ApplicationPayload,
    description: 'The candidate saves answers and, with `finish`, ends the test; it is scored at once (A7). After the 90 minutes the test is scored on the answers saved in time.',
    authScopes: { role: 'APPLICANT' },
    args: {
      input: t.arg({
        type: builder.inputType('SubmitAttestationTestInput', {
          description: 'Answers to save.',
          fields: (f) => ({
            applicationId: f.globalID(),
            answers: f.field({
              type: [builder.inputType('AttestationAnswerInput', { description: 'One answer.', fields: (g) => ({ questionId: g.id(), option: g.int({ description: '0-based option; -1 clears the answer.' }) }) })],
            }),
            finish: f.boolean({ description: 'End the test now and score it.' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        const sitting = await ctx.db.prisma.attestationTestSitting.findUnique({ where: { applicationId: id }, select: { id: true } });
        if (!sitting) throw new DomainError('NOT_FOUND', 'The test has not been started.', ['input', 'applicationId'], { key: 'attestation.testNotStarted', rule: 'A7' });
        await submitAttestationTest(ctx, { sittingId: sitting.id, answers: input.answers.map((a) => ({ questionId: String(a.questionId), option: a.option })), finish: input.finish });
        return { applicationId: id };
      }),
  }),
  recordTestResult: t.field({
    type: ApplicationPayload,
    description: 'A commission member records the testing centre’s result sheet (A7).',
    authScopes: { role: 'COMMISSION_MEMBER' },
    args: {
      input: t.arg({
        type: builder.inputType('RecordTestResultInput', {
          description: 'The result sheet.',
          fields: (f) => ({
            applicationId: f.globalID(),
            language: f.field({ type: TestLanguageEnum }),
            correct: f.int(),
            questions: f.int({ required: false, description: '100 (A7).' }),
            startedAt: f.field({ type: 'DateTime' }),
            finishedAt: f.field({ type: 'DateTime' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        await recordTestResult(ctx, { ...input, applicationId: id });
        return { applicationId: id };
      }),
  }),
  suspendAttestationCandidate: t.field({
    type: ApplicationPayload,
    description: 'A commission member suspends a candidate who used an aid; recorded in the minutes; may reapply after 3 months (A6).',
    authScopes: { role: 'COMMISSION_MEMBER' },
    args: { input: t.arg({ type: builder.inputType('SuspendAttestationCandidateInput', { description: 'The suspension.', fields: (f) => ({ applicationId: f.globalID(), note: f.string({ description: 'Which aid was used.' }) }) }) }) },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        await suspendAttestationCandidate(ctx, { applicationId: id, note: input.note });
        return { applicationId: id };
      }),
  }),
  recordAttestationNoShow: t.field({
    type: ApplicationPayload,
    description: 'A commission member records that a candidate did not show up (A9).',
    authScopes: { role: 'COMMISSION_MEMBER' },
    args: { input: t.arg({ type: builder.inputType('RecordAttestationNoShowInput', { description: 'The candidate.', fields: (f) => ({ applicationId: f.globalID() }) }) }) },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        await recordAttestationNoShow(ctx, { applicationId: id });
        return { applicationId: id };
      }),
  }),
  recordInterview: t.field({
    type: ApplicationPayload,
    description: 'A commission member records the oral interview: at least 3 questions, after a passed test (A7).',
    authScopes: { role: 'COMMISSION_MEMBER' },
    args: { input: t.arg({ type: builder.inputType('RecordInterviewInput', { description: 'The interview.', fields: (f) => ({ applicationId: f.globalID(), questions: f.stringList() }) }) }) },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        await recordInterview(ctx, { applicationId: id, questions: input.questions });
        return { applicationId: id };
      }),
  }),
  castCommissionVote: t.field({
    type: ApplicationPayload,
    description: 'A commission member votes, as themself; no abstention; a dissenting opinion is kept (A8).',
    authScopes: { role: 'COMMISSION_MEMBER' },
    args: {
      input: t.arg({
        type: builder.inputType('CastCommissionVoteInput', {
          description: 'The vote.',
          fields: (f) => ({
            applicationId: f.globalID(),
            vote: f.field({ type: CommissionVoteValueEnum, required: false, description: 'PASS or FAIL; an empty vote is an abstention, which is refused (A8).' }),
            dissentingOpinion: f.string({ required: false }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        await castCommissionVote(ctx, { applicationId: id, vote: input.vote ?? null, dissentingOpinion: input.dissentingOpinion });
        return { applicationId: id };
      }),
  }),
  decideAttestation: t.field({
    type: ApplicationPayload,
    description: 'The chair records the Commission’s decision: majority of all members, a tie decided by the chair (A8).',
    authScopes: { role: 'COMMISSION_MEMBER' },
    args: { input: t.arg({ type: builder.inputType('DecideAttestationInput', { description: 'The candidate.', fields: (f) => ({ applicationId: f.globalID() }) }) }) },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        await decideAttestation(ctx, { applicationId: id });
        return { applicationId: id };
      }),
  }),
  signAttestationMinutes: t.field({
    type: SessionPayload,
    description: 'The chair signs the minutes (A9); the passed candidates get the signed decision (A10); a one application continues to the licence (A13).',
    authScopes: { role: 'COMMISSION_MEMBER' },
    args: { input: t.arg({ type: builder.inputType('SignAttestationMinutesInput', { description: 'The session.', fields: (f) => ({ sessionId: f.globalID({ for: AttestationSessionNode }) }) }) }) },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        await signAttestationMinutes(ctx, { sessionId: input.sessionId.id });
        return { sessionId: input.sessionId.id };
      }),
  }),
  holdAttestationHearing: t.field({
    type: ApplicationPayload,
    description: 'The hearing on a preliminary refusal and the final decision (A11).',
    authScopes: { anyRole: ['JUSTICE_OFFICER', 'COMMISSION_MEMBER'] },
    args: {
      input: t.arg({
        type: builder.inputType('HoldAttestationHearingInput', {
          description: 'The hearing’s outcome.',
          fields: (f) => ({ applicationId: f.globalID(), outcome: f.string(), refusalStands: f.boolean({ description: 'The refusal stands (final refusal) or is withdrawn (the attestation is passed).' }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const id = idOf(input.applicationId, 'ServiceApplication', ['input', 'applicationId']);
        await holdAttestationHearing(ctx, { applicationId: id, outcome: input.outcome, refusalStands: input.refusalStands });
        return { applicationId: id };
      }),
  }),
}));

