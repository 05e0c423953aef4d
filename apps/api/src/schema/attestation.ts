// Attestation of candidates for private bailiff (issue 9, A1–A13): the announced sessions, the candidate's
// application with every deadline and document, the test taken in the app, and the Commission's work. A thin
// layer: decode ids, authorise (access.ts), call the use case, map the result.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { AttestationSessionStatus, TestLanguage, Vote } from '@oryndau/db';
import {
  almatyDate,
  attestationDeadlines,
  commissionDecision,
  TEST_PASS_MARK,
  type AttestationDeadline,
  type CommissionDecision,
} from '@oryndau/domain';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { hasRole, isApplicantOf, isAttestationStaffOf, isCommissionMemberOf, isJusticeOfficerOfRegion } from '../access.ts';
import { isoDate } from '../dates.ts';
import { recordAuthScopes } from './record-auth.ts';

// ---------------------------------------------------------------- enums

export const AttestationSessionStatusEnum = builder.enumType(AttestationSessionStatus, {
  name: 'AttestationSessionStatus',
  description: 'Where an attestation session stands (A1, A7, A9).',
  values: {
    ANNOUNCED: { description: 'Date, time and place announced; candidates apply until 5 working days before (A1).' },
    HELD: { description: 'The test and the interviews are being held or were held (A7).' },
    MINUTES_SIGNED: { description: 'The Commission decided and the minutes are signed (A8, A9).' },
  } as const,
});

export const TestLanguageEnum = builder.enumType(TestLanguage, {
  name: 'TestLanguage',
  description: 'The language of the attestation test, at the candidate’s choice (A7).',
  values: {
    KK: { description: 'Kazakh.' },
    RU: { description: 'Russian.' },
  } as const,
});

export const CommissionVoteValueEnum = builder.enumType(Vote, {
  name: 'CommissionVoteValue',
  description: 'A member’s vote on a candidate (A8). There is no abstention.',
  values: {
    PASS: { description: 'The candidate passed the attestation.' },
    FAIL: { description: 'The candidate did not pass the attestation.' },
  } as const,
});

const AttestationDeadlineKindEnum = builder.enumType('AttestationDeadlineKind', {
  description: 'The deadlines an attestation application runs on, each computed by the working calendar (T5, T6).',
  values: {
    APPLICATIONS_CLOSE: { description: 'A1: the last day to apply, 5 working days before the session.' },
    REGISTRATION: { description: 'T3: registration on the working day of receipt (the next one after hours).' },
    COMPLETENESS_CHECK: { description: 'A4: the completeness check, within 2 working days of registration.' },
    HEARING_NOTICE: { description: 'A11: the latest day for a hearing notice, 3 working days before the service period ends.' },
    HEARING: { description: 'A11: the hearing, no later than 2 working days after the notice.' },
    SIGNING: { description: 'A10: the result signed within 1 working day of the Commission’s decision.' },
    SERVICE_PERIOD: { description: 'A12: the service period, 10 working days from the closing date.' },
  } as const,
});

// ---------------------------------------------------------------- the session

const CommissionMemberRef = builder.objectRef<{ userId: string; name: string; isChair: boolean }>('AttestationCommissionMember').implement({
  description: 'A member of a region’s attestation commission (its composition is public).',
  fields: (t) => ({
    userId: t.id({ description: 'The member’s user, as a global id (to name the chair when announcing).', resolve: (m) => encodeGlobalID('User', m.userId) }),
    name: t.exposeString('name'),
    isChair: t.exposeBoolean('isChair', { description: 'The chair of this session (A8: decides a tie). False outside a session.' }),
  }),
});

async function commissionMembers(ctx: Context, regionId: string, chairId: string | null) {
  const grants = await ctx.db.prisma.roleGrant.findMany({ where: { role: 'COMMISSION_MEMBER', regionId }, select: { user: { select: { id: true, displayName: true } } }, orderBy: { user: { displayName: 'asc' } } });
  return grants.map((g) => ({ userId: g.user.id, name: g.user.displayName, isChair: g.user.id === chairId }));
}

const MinutesRef = builder.prismaObject('AttestationMinutes', {
  description: 'A9: the minutes of an attestation (Appendix 4): passed, not passed, did not show up; signed by the chair, the members and the secretary. The candidates are listed as far as the viewer may see their applications.',
  fields: (t) => ({
    decidedAt: t.expose('decidedAt', { type: 'DateTime' }),
    signedAt: t.expose('signedAt', { type: 'DateTime', nullable: true }),
    passedCount: t.int({ resolve: (m) => m.passed.length }),
    notPassedCount: t.int({ resolve: (m) => m.notPassed.length }),
    noShowCount: t.int({ resolve: (m) => m.noShow.length }),
    signatories: t.stringList({
      description: 'Who signed: the chair, the members, the secretary (display names).',
      resolve: async (m, _a, ctx) => {
        const ids = [m.chairId, ...m.memberIds, m.secretaryId];
        const users = await ctx.db.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
        return ids.map((id) => users.find((u) => u.id === id)?.displayName ?? id);
      },
    }),
  }),
});

export const AttestationSessionNode = builder.prismaNode('AttestationSession', {
  id: { field: 'id' },
  description: 'An announced attestation of candidates for private bailiff (A1): date, time and place. Public.',
  authScopes: recordAuthScopes('AttestationSession'),
  fields: (t) => ({
    region: t.relation('region'),
    heldAt: t.expose('heldAt', { type: 'DateTime', description: 'When the attestation begins (Asia/Almaty).' }),
    heldOn: t.field({ type: 'Date', description: 'The day of the attestation.', resolve: (s) => almatyDate(s.heldAt) }),
    place: t.exposeString('place'),
    applicationsCloseOn: t.expose('applicationsCloseOn', { type: 'Date', description: 'A1: the last day to apply, 5 working days before the attestation.' }),
    status: t.expose('status', { type: AttestationSessionStatusEnum }),
    open: t.boolean({ description: 'Applications are still accepted today (A1).', resolve: (s, _a, ctx) => s.status === 'ANNOUNCED' && almatyDate(ctx.now()) <= isoDate(s.applicationsCloseOn) }),
    commission: t.field({ type: [CommissionMemberRef], description: 'The region’s attestation commission; the chair marked.', resolve: (s, _a, ctx) => commissionMembers(ctx, s.regionId, s.chairId) }),
    candidateCount: t.int({ description: 'Applications for this session that are under way or decided (public count).', resolve: (s, _a, ctx) => ctx.db.prisma.serviceApplication.count({ where: { attestationSessionId: s.id, status: { notIn: ['DRAFT', 'WITHDRAWN'] } } }) }),
    applications: t.relation('applications', {
      description: 'The candidates’ applications, as far as you may see them (the region’s justice officers and commission: all).',
      query: { where: { status: { notIn: ['DRAFT'] } }, orderBy: { number: 'asc' } },
    }),
    minutes: t.relation('minutes', { nullable: true }),
    viewerCanApply: t.boolean({
      description: 'You may apply for it now (an applicant, applications open).',
      resolve: (s, _a, ctx) => hasRole(ctx.viewer, 'APPLICANT') && !!ctx.viewer?.personId && s.status === 'ANNOUNCED' && almatyDate(ctx.now()) <= isoDate(s.applicationsCloseOn),
    }),
    viewerIsStaff: t.boolean({ description: 'You are a justice officer or commission member of its region.', resolve: (s, _a, ctx) => isAttestationStaffOf(ctx.viewer, s.regionId) }),
    viewerCanSignMinutes: t.boolean({ description: 'You chair it and it is held (A9).', resolve: (s, _a, ctx) => !!ctx.viewer && s.chairId === ctx.viewer.id && s.status === 'HELD' }),
  }),
});

builder.queryField('attestationSessions', (t) =>
  t.prismaConnection({
    type: 'AttestationSession',
    cursor: 'id',
    description: 'Announced attestation sessions, soonest first (A1): every region, or one. Public.',
    args: {
      regionId: t.arg.globalID({ required: false }),
      upcoming: t.arg.boolean({ required: false, description: 'Only sessions from today on (default true).' }),
    },
    resolve: (query, _r, args, ctx) => {
      const where = {
        ...(args.regionId ? { regionId: args.regionId.id } : {}),
        ...(args.upcoming === false ? {} : { heldAt: { gte: new Date(`${almatyDate(ctx.now())}T00:00:00+05:00`) } }),
      };
      return ctx.db.prisma.attestationSession.findMany({ ...query, where, orderBy: [{ heldAt: args.upcoming === false ? 'desc' : 'asc' }, { id: 'asc' }] });
    },
  }),
);

builder.queryField('attestationCommission', (t) =>
  t.field({
    type: [CommissionMemberRef],
    description: 'The members of a region’s attestation commission (public), to name a session’s chair.',
    args: { regionId: t.arg.globalID({ required: true }) },
    resolve: (_r, { regionId }, ctx) => (regionId.typename === 'Region' ? commissionMembers(ctx, regionId.id, null) : []),
  }),
);

// ---------------------------------------------------------------- an application's attestation

const DeadlineRef = builder.objectRef<AttestationDeadline & { today: string }>('AttestationDeadline').implement({
  description: 'One deadline of an attestation application, computed by the working calendar.',
  fields: (t) => ({
    kind: t.field({ type: AttestationDeadlineKindEnum, resolve: (d) => d.kind }),
    rule: t.exposeString('rule', { description: 'The rule it comes from (DOMAIN.md).' }),
    dueOn: t.field({ type: 'Date', resolve: (d) => d.dueOn }),
    doneOn: t.field({ type: 'Date', nullable: true, description: 'When it was done; null while open.', resolve: (d) => d.doneOn }),
    met: t.boolean({ nullable: true, description: 'Done on or before the due date; null while open.', resolve: (d) => (d.doneOn ? d.doneOn <= d.dueOn : null) }),
    overdue: t.boolean({ description: 'Not done and the due date has passed.', resolve: (d) => !d.doneOn && d.today > d.dueOn }),
  }),
});

interface TestResultShape { language: 'KK' | 'RU'; questions: number; correct: number; startedAt: Date; finishedAt: Date; suspended: boolean; suspensionNote: string | null; inApp: boolean }
const TestResultRef = builder.objectRef<TestResultShape>('AttestationTestResult').implement({
  description: 'A7: the test result sheet (printed in two copies and signed by the candidate).',
  fields: (t) => ({
    language: t.field({ type: TestLanguageEnum, resolve: (r) => r.language }),
    questions: t.exposeInt('questions'),
    correct: t.exposeInt('correct'),
    passMark: t.int({ resolve: () => TEST_PASS_MARK }),
    passed: t.boolean({ description: '70 or more correct and not suspended (A7, A6).', resolve: (r) => !r.suspended && r.correct >= TEST_PASS_MARK }),
    startedAt: t.field({ type: 'DateTime', resolve: (r) => r.startedAt }),
    finishedAt: t.field({ type: 'DateTime', resolve: (r) => r.finishedAt }),
    suspended: t.exposeBoolean('suspended', { description: 'A6: suspended for using an aid.' }),
    suspensionNote: t.exposeString('suspensionNote', { nullable: true }),
    takenInApp: t.boolean({ description: 'Taken in the app (scored by the platform) rather than recorded from the testing centre.', resolve: (r) => r.inApp }),
    copies: t.int({ description: 'A7: copies of the result sheet to print and sign.', resolve: () => 2 }),
  }),
});

interface SittingShape { id: string; applicantId: string; language: 'KK' | 'RU'; questionIds: string[]; answers: number[]; startedAt: Date; endsAt: Date; finishedAt: Date | null; correct: number | null }
const QuestionRef = builder.objectRef<{ id: string; position: number; text: string; options: string[]; chosen: number; correctOption: number | null }>('AttestationTestQuestion').implement({
  description: 'One question of a candidate’s test, as drawn for them (A7).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The question (to answer it in submitAttestationTest).' }),
    position: t.exposeInt('position', { description: '1 to 100.' }),
    text: t.exposeString('text'),
    options: t.exposeStringList('options'),
    chosen: t.exposeInt('chosen', { description: 'The option chosen (0-based); -1 unanswered.' }),
    correctOption: t.exposeInt('correctOption', { nullable: true, description: 'The correct option, shown once the test is finished.' }),
  }),
});

const SittingRef = builder.objectRef<SittingShape>('AttestationTestSitting').implement({
  description: 'A7: a test taken in the app: 100 questions drawn for this candidate, 90 minutes counted by the server.',
  fields: (t) => ({
    language: t.field({ type: TestLanguageEnum, resolve: (s) => s.language }),
    startedAt: t.field({ type: 'DateTime', resolve: (s) => s.startedAt }),
    endsAt: t.field({ type: 'DateTime', resolve: (s) => s.endsAt }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.finishedAt }),
    secondsLeft: t.int({ description: 'Seconds until the test closes, by the server’s clock; 0 when closed.', resolve: (s, _a, ctx) => (s.finishedAt ? 0 : Math.max(0, Math.floor((s.endsAt.getTime() - ctx.now().getTime()) / 1000))) }),
    answeredCount: t.int({ resolve: (s) => s.answers.filter((a) => a >= 0).length }),
    correct: t.exposeInt('correct', { nullable: true }),
    questions: t.field({
      type: [QuestionRef],
      description: 'The questions, for the candidate only; the correct options once finished.',
      resolve: async (s, _a, ctx) => {
        if (ctx.viewer?.id !== s.applicantId) return [];
        const qs = await ctx.db.prisma.attestationQuestion.findMany({ where: { id: { in: s.questionIds } } });
        const byId = new Map(qs.map((q) => [q.id, q]));
        return s.questionIds.map((id, i) => ({ id, position: i + 1, text: byId.get(id)!.text, options: byId.get(id)!.options, chosen: s.answers[i] ?? -1, correctOption: s.finishedAt ? byId.get(id)!.correctOption : null }));
      },
    }),
  }),
});

const VoteRef = builder.objectRef<{ memberName: string; memberId: string; vote: 'PASS' | 'FAIL'; isChair: boolean; dissentingOpinion: string | null; castAt: Date; dissent: boolean }>('AttestationCommissionVote').implement({
  description: 'A8: a member’s vote; a vote against the result is a dissent, its opinion kept.',
  fields: (t) => ({
    memberName: t.exposeString('memberName'),
    vote: t.field({ type: CommissionVoteValueEnum, resolve: (v) => v.vote }),
    isChair: t.exposeBoolean('isChair'),
    dissentingOpinion: t.exposeString('dissentingOpinion', { nullable: true }),
    isDissent: t.boolean({ description: 'Against the decision (once decided).', resolve: (v) => v.dissent }),
    castAt: t.field({ type: 'DateTime', resolve: (v) => v.castAt }),
    isViewer: t.boolean({ resolve: (v, _a, ctx) => v.memberId === ctx.viewer?.id }),
  }),
});

const DecisionRef = builder.objectRef<CommissionDecision>('AttestationCommissionDecision').implement({
  description: 'A8: the Commission’s decision by majority; a tie decided by the chair’s vote.',
  fields: (t) => ({
    result: t.field({ type: CommissionVoteValueEnum, resolve: (d) => d.result }),
    pass: t.exposeInt('pass'),
    fail: t.exposeInt('fail'),
    decidedByChair: t.exposeBoolean('decidedByChair'),
    dissentCount: t.int({ resolve: (d) => d.dissenters.length }),
  }),
});

// the Hearing and SignedDocument types are the licence area's (schema/signed-document.ts)

interface CaseShape {
  appId: string;
  applicantId: string;
  kind: string;
  status: string;
  regionId: string;
  sessionId: string;
  chairId: string | null;
  deadlines: Array<AttestationDeadline & { today: string }>;
  testResult: TestResultShape | null;
  sitting: SittingShape | null;
  interview: { questions: string[]; heldAt: Date } | null;
  votes: Array<{ memberName: string; memberId: string; vote: 'PASS' | 'FAIL'; isChair: boolean; dissentingOpinion: string | null; castAt: Date; dissent: boolean }>;
  decision: CommissionDecision | null;
  decided: boolean;
  licenceApplicationId: string | null;
}

const InterviewRef = builder.objectRef<{ questions: string[]; heldAt: Date }>('AttestationInterview').implement({
  description: 'A7: the oral interview, at least 3 questions.',
  fields: (t) => ({
    questions: t.exposeStringList('questions'),
    heldAt: t.field({ type: 'DateTime', resolve: (i) => i.heldAt }),
  }),
});

const AttestationCaseRef = builder.objectRef<CaseShape>('AttestationCase').implement({
  description: 'The attestation side of an application: session, deadlines, test, interview, votes, hearing and documents.',
  fields: (t) => ({
    session: t.prismaField({ type: 'AttestationSession', resolve: (query, c, _a, ctx) => ctx.db.prisma.attestationSession.findUniqueOrThrow({ ...query, where: { id: c.sessionId } }) }),
    deadlines: t.field({ type: [DeadlineRef], description: 'Every deadline with its due date (T5, T6).', resolve: (c) => c.deadlines }),
    testResult: t.field({ type: TestResultRef, nullable: true, resolve: (c) => c.testResult }),
    testSitting: t.field({ type: SittingRef, nullable: true, description: 'The test taken in the app, if it was.', resolve: (c) => c.sitting }),
    interview: t.field({ type: InterviewRef, nullable: true, resolve: (c) => c.interview }),
    votes: t.field({ type: [VoteRef], resolve: (c) => c.votes }),
    decision: t.field({ type: DecisionRef, nullable: true, description: 'The Commission’s decision, once the chair recorded it.', resolve: (c) => (c.decided ? c.decision : null) }),
    hearings: t.prismaField({ type: ['Hearing'], resolve: (query, c, _a, ctx) => ctx.db.prisma.hearing.findMany({ ...query, where: { applicationId: c.appId }, orderBy: { noticeSentAt: 'asc' } }) }),
    documents: t.prismaField({ type: ['SignedDocument'], description: 'The signed documents issued: refusal, preliminary decision with hearing notice, attestation decision (PDF, verifiable).', resolve: (query, c, _a, ctx) => ctx.db.prisma.signedDocument.findMany({ ...query, where: { applicationId: c.appId }, orderBy: [{ signedAt: 'asc' }, { id: 'asc' }] }) }),
    licenceApplication: t.prismaField({
      type: 'ServiceApplication',
      nullable: true,
      description: 'A13: the licence part of a one application, continued at the Ministry after a pass.',
      resolve: (query, c, _a, ctx) => (c.licenceApplicationId ? ctx.db.prisma.serviceApplication.findUnique({ ...query, where: { id: c.licenceApplicationId } }) : null),
    }),
    viewerCanCheckCompleteness: t.boolean({ resolve: (c, _a, ctx) => c.status === 'REGISTERED' && isJusticeOfficerOfRegion(ctx.viewer, c.regionId) }),
    viewerCanStartTest: t.boolean({ description: 'You are the candidate and the test is open to you (on the day, from its time).', resolve: async (c, _a, ctx) => {
      if (!isApplicantOf(ctx.viewer, c) || c.status !== 'IN_REVIEW' || c.testResult || (c.sitting && c.sitting.finishedAt)) return false;
      const s = await ctx.db.prisma.attestationSession.findUniqueOrThrow({ where: { id: c.sessionId }, select: { heldAt: true } });
      const now = ctx.now();
      return almatyDate(now) === almatyDate(s.heldAt) && now >= s.heldAt;
    } }),
    viewerCanRecordTest: t.boolean({ resolve: (c, _a, ctx) => c.status === 'IN_REVIEW' && !c.testResult && !c.sitting && isCommissionMemberOf(ctx.viewer, c.regionId) }),
    viewerCanSuspend: t.boolean({ resolve: (c, _a, ctx) => c.status === 'IN_REVIEW' && !c.decided && isCommissionMemberOf(ctx.viewer, c.regionId) }),
    viewerCanRecordNoShow: t.boolean({ resolve: (c, _a, ctx) => c.status === 'IN_REVIEW' && !c.testResult && !c.sitting && isCommissionMemberOf(ctx.viewer, c.regionId) }),
    viewerCanInterview: t.boolean({ resolve: (c, _a, ctx) => c.status === 'IN_REVIEW' && !!c.testResult && !c.testResult.suspended && c.testResult.correct >= TEST_PASS_MARK && !c.interview && isCommissionMemberOf(ctx.viewer, c.regionId) }),
    viewerCanVote: t.boolean({ resolve: (c, _a, ctx) => c.status === 'IN_REVIEW' && !!c.interview && !c.decided && isCommissionMemberOf(ctx.viewer, c.regionId) }),
    viewerCanDecide: t.boolean({ resolve: (c, _a, ctx) => c.status === 'IN_REVIEW' && !!c.interview && !c.decided && !!ctx.viewer && c.chairId === ctx.viewer.id }),
    viewerCanHoldHearing: t.boolean({ resolve: (c, _a, ctx) => c.status === 'HEARING' && isAttestationStaffOf(ctx.viewer, c.regionId) }),
  }),
});

async function loadCase(ctx: Context, applicationId: string): Promise<CaseShape | null> {
  const p = ctx.db.prisma;
  const app = await p.serviceApplication.findUnique({
    where: { id: applicationId },
    include: { attestationSession: true, testResult: true, interview: true, votes: { orderBy: { castAt: 'asc' } }, stages: { orderBy: [{ at: 'asc' }, { seq: 'asc' }] }, hearings: { orderBy: { noticeSentAt: 'asc' } }, children: { select: { id: true }, take: 1 } },
  });
  if (!app || !app.attestationSession || !['ATTESTATION', 'ATTESTATION_AND_LICENCE'].includes(app.kind)) return null;
  const session = app.attestationSession;
  const [sitting, cal, users] = await Promise.all([
    p.attestationTestSitting.findUnique({ where: { applicationId: app.id } }),
    ctx.calendar.get(p),
    p.user.findMany({ where: { id: { in: app.votes.map((v) => v.memberId) } }, select: { id: true, displayName: true } }),
  ]);
  const stageOn = (...names: string[]) => {
    const s = app.stages.find((x) => names.includes(x.stage));
    return s ? almatyDate(s.at) : null;
  };
  const today = almatyDate(ctx.now());
  const hearing = app.hearings[0];
  const decidedStage = app.stages.find((s) => s.stage === 'COMMISSION_DECIDED');
  const deadlines = attestationDeadlines({
    heldOn: almatyDate(session.heldAt),
    receivedOn: app.receivedAt ? almatyDate(app.receivedAt) : null,
    registeredOn: app.registeredAt ? almatyDate(app.registeredAt) : null,
    completenessCheckedOn: stageOn('COMPLETENESS_CHECKED', 'COMPLETENESS_CHECK_FAILED'),
    noticeOn: hearing ? almatyDate(hearing.noticeSentAt) : null,
    hearingOn: hearing?.heldOn ? isoDate(hearing.heldOn) : null,
    decidedOn: decidedStage ? almatyDate(decidedStage.at) : null,
    signedOn: stageOn('RESULT_ISSUED'),
    resultOn: ['APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'].includes(app.status) && app.decidedAt ? almatyDate(app.decidedAt) : null,
  }, cal).map((d) => ({ ...d, today }));
  const d = app.votes.length ? commissionDecision(app.votes.map((v) => ({ memberId: v.memberId, vote: v.vote, isChair: v.memberId === session.chairId || v.isChair }))) : null;
  const decision = d && d.ok ? d.decision : null;
  return {
    appId: app.id, applicantId: app.applicantId, kind: app.kind, status: app.status, regionId: session.regionId, sessionId: session.id, chairId: session.chairId,
    deadlines,
    testResult: app.testResult ? { ...app.testResult, inApp: !!sitting?.finishedAt } : null,
    sitting: sitting ? { ...sitting, applicantId: app.applicantId } : null,
    interview: app.interview ? { questions: app.interview.questions, heldAt: app.interview.heldAt } : null,
    votes: app.votes.map((v) => ({ memberId: v.memberId, memberName: users.find((u) => u.id === v.memberId)?.displayName ?? '—', vote: v.vote, isChair: v.memberId === session.chairId || v.isChair, dissentingOpinion: v.dissentingOpinion, castAt: v.castAt, dissent: !!decidedStage && !!decision && v.vote !== decision.result })),
    decision,
    decided: !!decidedStage,
    licenceApplicationId: app.children[0]?.id ?? null,
  };
}

// attestation (issue 9): the attestation side of an application, INTERNAL like the rest of it (access-matrix.ts)
builder.prismaObjectFields('ServiceApplication', (t) => ({
  attestation: t.field({
    type: AttestationCaseRef,
    nullable: true,
    description: 'For attestation applications (A1–A13): the session, every deadline, the test, the interview, the votes, the hearing and the documents.',
    resolve: (a, _args, ctx) => (a.kind === 'ATTESTATION' || a.kind === 'ATTESTATION_AND_LICENCE' ? loadCase(ctx, a.id) : null),
  }),
}));

export { MinutesRef };
