import { AssignmentKind, type Assignment } from '@oryndau/db';
import { almatyDate, exclusionReasons, type ExclusionReason } from '@oryndau/domain';
import { builder } from '../builder.ts';
import { canSeeChamber, isChamberOfficial } from '../access.ts';
import { assignDocument } from '../usecases/assign-document.ts';
import { assignAllWaiting } from '../usecases/assign-all-waiting.ts';
import { replaceBailiff } from '../usecases/replace-bailiff.ts';
import { poolCandidates, type StoredPool } from '../usecases/assignment-pool.ts';
import type { Verification } from '../usecases/assignment-audit.ts';
import { evennessReport, type EvennessRow } from '../usecases/evenness-report.ts';
import { verifyAssignment } from '../usecases/verify-assignment.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { accessOf, recordAuthScopes } from './record-auth.ts';
import { ChamberNode } from './region.ts';
import { ExecutiveDocumentNode } from './document.ts';
import { BreachDecisionNode } from './bailiff.ts';

export const AssignmentKindEnum = builder.enumType(AssignmentKind, {
  name: 'AssignmentKind',
  values: {
    INITIAL: { description: 'First assignment of a new document.' },
    REDISTRIBUTION: { description: 'The open case of a bailiff who can no longer act, moved evenly to another.' },
    REPLACEMENT: { description: 'Replacement on one case after a final decision confirming a breach of duty (CH4).' },
    TERRITORIAL_FORWARD: { description: 'A document forwarded for territorial jurisdiction.' },
  } as const,
});

const ExclusionReasonEnum = builder.enumType('ExclusionReason', {
  description: 'Why a member of the chamber could not receive the case (CH2).',
  values: {
    LICENCE_INVALID: { description: 'No valid licence (L9).' },
    SUSPENDED: { description: 'Suspended.' },
    ABSENT: { description: 'On leave or sick.' },
    PAUSED: { description: 'Distribution paused (a chamber head pausing it to themself).' },
    NOT_COMPETENT: { description: 'Not competent for the enforcement district.' },
    CONFLICT_OF_INTEREST: { description: 'A declared conflict with a party.' },
    EXPELLED: { description: 'Expelled from the chamber.' },
  } as const,
});

interface PoolEntry {
  bailiffId: string;
  count: number;
  weight: number;
  eligible: boolean;
  exclusions: ExclusionReason[];
  chosen: boolean;
}

const PoolEntryRef = builder.objectRef<PoolEntry>('AssignmentPoolEntry').implement({
  description: 'One member of the chamber as the policy saw them at the moment of assignment.',
  fields: (t) => ({
    bailiff: t.prismaField({ type: 'PrivateBailiff', resolve: (query, e, _a, ctx) => ctx.db.prisma.privateBailiff.findUniqueOrThrow({ ...query, where: { id: e.bailiffId } }) }),
    count: t.exposeInt('count', { description: 'Cases in the counting window before this assignment.' }),
    weight: t.exposeFloat('weight', { description: 'Presence weight (1 unless the policy weights by presence).' }),
    eligible: t.exposeBoolean('eligible'),
    exclusions: t.field({ type: [ExclusionReasonEnum], resolve: (e) => e.exclusions }),
    chosen: t.exposeBoolean('chosen'),
  }),
});

builder.prismaObject('AssignmentPolicy', {
  description: 'A chamber’s distribution policy, versioned; each assignment records the version it followed.',
  fields: (t) => ({
    version: t.exposeInt('version'),
    config: t.expose('config', { type: 'JSON', description: '{ name, version, period, perCategory, consolidateDebtor, weightByPresence }' }),
    activeFrom: t.expose('activeFrom', { type: 'DateTime' }),
  }),
});

export const AssignmentNode = builder.prismaNode('Assignment', {
  id: { field: 'id' },
  // read path: select mode — a request reads only the columns its fields ask for (never `pool`, ~3.5 KB a row,
  // unless asked); chamberId always: the record check decides from it without a query (record-auth.ts)
  select: { id: true, chamberId: true },
  description: 'One decision of the Chamber: which bailiff got a document, and everything needed to recompute why.',
  authScopes: recordAuthScopes('Assignment'),
  fields: (t) => ({
    sequence: t.exposeInt('sequence', { description: 'Position in the chamber’s chain.' }),
    kind: t.expose('kind', { type: AssignmentKindEnum }),
    document: t.relation('document'),
    bailiff: t.relation('bailiff'),
    chamber: t.relation('chamber'),
    policy: t.relation('policy'),
    reason: t.exposeString('reason', { description: 'Why this bailiff, in one sentence.' }),
    seed: t.exposeString('seed', { description: 'sha256 of the previous hash, the document and the sequence: the tie-break draw.' }),
    previousHash: t.exposeString('previousHash'),
    hash: t.exposeString('hash'),
    assignedAt: t.expose('assignedAt', { type: 'DateTime' }),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true }),
    endReason: t.exposeString('endReason', { nullable: true }),
    active: t.boolean({ select: { activeDocumentId: true }, resolve: (a) => a.activeDocumentId !== null }),
    pool: t.field({
      type: [PoolEntryRef],
      description: 'The chamber as the policy saw it: each member’s count, and why the ineligible were left out. Chamber officials and inspectors only.',
      select: { pool: true, bailiffId: true, chamberId: true, rosterId: true, roster: { select: { members: true } } },
      resolve: async (a, _args, ctx) => {
        if (!canSeeChamber(ctx.viewer, a.chamberId)) return [];
        const pool = a.pool as unknown as StoredPool;
        // a row the use case returned as written carries no roster: read it
        const roster = a.roster ?? (a.rosterId ? await ctx.db.prisma.assignmentRoster.findUnique({ where: { id: a.rosterId }, select: { members: true } }) : null);
        return poolCandidates(pool, roster?.members as string[] | undefined).map((cand) => {
          const exclusions = exclusionReasons(cand);
          return { bailiffId: cand.bailiffId, count: cand.count, weight: cand.weight, eligible: exclusions.length === 0, exclusions, chosen: cand.bailiffId === a.bailiffId };
        });
      },
    }),
    leftOutBailiff: t.prismaField({
      type: 'PrivateBailiff',
      nullable: true,
      description: 'The bailiff this decision left out of the pool on purpose: the one replaced (REPLACEMENT, CH4) or the one whose open cases were redistributed (REDISTRIBUTION). Null for other kinds.',
      select: { pool: true },
      resolve: (query, a, _args, ctx) => {
        const pool = a.pool as unknown as StoredPool;
        const id = pool.replacedBailiffId ?? pool.leavingBailiffId;
        return id ? ctx.db.prisma.privateBailiff.findUnique({ ...query, where: { id } }) : null;
      },
    }),
    rule: t.string({ nullable: true, description: 'CONSOLIDATED_WITH_DEBTOR, LOWEST_LOAD or LOWEST_LOAD_TIE_DRAW.', select: { pool: true }, resolve: (a) => (a.pool as unknown as StoredPool).rule }),
    tiedCount: t.int({ description: 'How many eligible bailiffs shared the lowest load.', select: { pool: true }, resolve: (a) => (a.pool as unknown as StoredPool).tied.length }),
  }),
});

// perf (read path): ExecutiveDocument.currentAssignment is loaded in the document's own statement — the
// document's assignment in force (activeDocumentId is set on it alone and equals documentId, by a CHECK) —
// rather than by one findUnique per document (Prisma batched them, but mapped each request on its own)
builder.prismaObjectField(ExecutiveDocumentNode, 'currentAssignment', (t) =>
  t.field({
    type: AssignmentNode,
    nullable: true,
    description: 'The assignment in force: who enforces it and why them.',
    select: (_args, _ctx, nestedSelection) => ({ assignments: nestedSelection({ where: { activeDocumentId: { not: null } }, take: 1 }) }),
    resolve: (d) => d.assignments[0] ?? null,
  }) as never, // Pothos' field-ref type of prismaObjectField and the validation plugin's disagree; the field is typed above
);

const VerificationRef = builder.objectRef<Verification>('AssignmentVerification').implement({
  description: 'The result of recomputing an assignment from what was stored.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'The assignment followed the policy and its record is intact.' }),
    problems: t.exposeStringList('problems'),
    explanation: t.exposeString('explanation', { description: 'What the policy decides on the stored pool.' }),
    assignment: t.prismaField({ type: 'Assignment', resolve: (query, v, _a, ctx) => ctx.db.prisma.assignment.findUniqueOrThrow({ ...query, where: { id: v.assignmentId } }) }),
    recomputedBailiff: t.prismaField({
      type: 'PrivateBailiff',
      nullable: true,
      resolve: (query, v, _a, ctx) => (v.recomputedBailiffId ? ctx.db.prisma.privateBailiff.findUnique({ ...query, where: { id: v.recomputedBailiffId } }) : null),
    }),
  }),
});

const EvennessRowRef = builder.objectRef<EvennessRow>('EvennessRow').implement({
  fields: (t) => ({
    bailiff: t.prismaField({ type: 'PrivateBailiff', resolve: (query, r, _a, ctx) => ctx.db.prisma.privateBailiff.findUniqueOrThrow({ ...query, where: { id: r.bailiffId } }) }),
    name: t.exposeString('name'),
    count: t.exposeInt('count'),
    canReceiveNow: t.exposeBoolean('canReceiveNow', { description: 'Licence valid and not absent, suspended or paused today.' }),
  }),
});

const SpreadRef = builder.objectRef<{ min: number; max: number; spread: number; mean: number; stddev: number }>('CountSpread').implement({
  fields: (t) => ({
    min: t.exposeInt('min'),
    max: t.exposeInt('max'),
    spread: t.exposeInt('spread', { description: 'max − min.' }),
    mean: t.exposeFloat('mean'),
    stddev: t.exposeFloat('stddev'),
  }),
});

const EvennessReportRef = builder.objectRef<Awaited<ReturnType<typeof evennessReport>>>('EvennessReport').implement({
  description: 'How evenly a chamber distributed its cases in a year, with a full replay of its assignment chain.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    rows: t.field({ type: [EvennessRowRef], resolve: (r) => r.rows }),
    all: t.field({ type: SpreadRef, description: 'Over every member.', resolve: (r) => r.all }),
    receiving: t.field({ type: SpreadRef, description: 'Over the members who can receive cases today.', resolve: (r) => r.receiving }),
    assignmentsChecked: t.int({
      description: 'Assignments of the chamber (all years) recomputed from what was stored. Asking for it (or `failed`) runs the replay.',
      resolve: async (r) => (await r.verification()).checked,
    }),
    failed: t.field({ type: [VerificationRef], description: 'Assignments that did not verify: should be empty.', resolve: async (r) => (await r.verification()).failed }),
  }),
});

builder.prismaObjectFields('Chamber', (t) => ({
  policy: t.prismaField({
    type: 'AssignmentPolicy',
    nullable: true,
    description: 'The policy in force.',
    resolve: (query, c, _a, ctx) => ctx.db.prisma.assignmentPolicy.findFirst({ ...query, where: { chamberId: c.id }, orderBy: { version: 'desc' } }),
  }),
  evenness: t.field({
    type: EvennessReportRef,
    description: 'Counts per bailiff for a year (default: this year), max − min, and every assignment that did not verify.',
    args: { year: t.arg.int({ required: false }) },
    authScopes: (c, _a, ctx) => canSeeChamber(ctx.viewer, (c as { id: string }).id),
    resolve: (c, { year }, ctx) => {
      const today = almatyDate(ctx.now());
      return evennessReport(ctx.db.prisma, ctx.chainReplays, c.id, year ?? Number(today.slice(0, 4)), today);
    },
  }),
  viewerIsOfficial: t.boolean({ resolve: (c, _a, ctx) => isChamberOfficial(ctx.viewer, c.id) }),
  assignments: t.relatedConnection('assignments', {
    cursor: 'id',
    description: 'The chamber’s assignments, newest first (the chain read backwards). Officials of the chamber and inspectors.',
    authScopes: (c, _a, ctx) => canSeeChamber(ctx.viewer, (c as { id: string }).id),
    query: () => ({ orderBy: { sequence: 'desc' } }),
    totalCount: true,
  }),
}));

builder.queryFields((t) => ({
  verifyAssignment: t.field({
    type: VerificationRef,
    nullable: true,
    description: 'Recomputes an assignment from what was stored and says whether it followed the policy. Anyone who may see the assignment may verify it.',
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ for: AssignmentNode }) },
    resolve: async (_r, { id }, ctx) => {
      const a = await ctx.db.prisma.assignment.findUnique({ where: { id: id.id }, select: { id: true, chamberId: true } });
      if (!a) return null;
      if (!(await accessOf(ctx).atLeast('Assignment', a.id, 'INTERNAL'))) return null;
      return verifyAssignment(ctx.db.prisma, a.id);
    },
  }),
  chambers: t.prismaField({
    type: ['Chamber'],
    description: 'The regional chambers of private bailiffs.',
    resolve: (query, _r, _a, ctx) => ctx.db.prisma.chamber.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
}));

const AssignDocumentPayload = payloadRef<{ assignmentId: string; row?: Assignment }>('AssignDocumentPayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    assignment: t.prismaField({
      type: 'Assignment',
      nullable: true,
      resolve: (query, { assignmentId, row }, _a, ctx) => {
        // the row as the use case wrote it, when it has one: relations the client asks for are loaded by Pothos
        if (row) return row;
        return assignmentId ? ctx.db.prisma.assignment.findUnique({ ...query, where: { id: assignmentId } }) : null;
      },
    }),
  }),
});

const SkippedDocumentRef = builder.objectRef<{ documentId: string; reason: string }>('SkippedDocument').implement({
  fields: (t) => ({
    document: t.prismaField({ type: 'ExecutiveDocument', resolve: (query, s, _a, ctx) => ctx.db.prisma.executiveDocument.findUniqueOrThrow({ ...query, where: { id: s.documentId } }) }),
    reason: t.exposeString('reason'),
  }),
});

const AssignAllWaitingPayload = payloadRef<{ assignedCount: number; assignmentIds: string[]; skipped: { documentId: string; reason: string }[] }>('AssignAllWaitingPayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    assignedCount: t.exposeInt('assignedCount', { nullable: true }),
    skipped: t.expose('skipped', { type: [SkippedDocumentRef], nullable: true, description: 'Documents no bailiff could lawfully take now; they stay in the queue.' }),
    assignments: t.prismaField({
      type: ['Assignment'],
      nullable: true,
      resolve: (query, { assignmentIds }, _a, ctx) =>
        assignmentIds ? ctx.db.prisma.assignment.findMany({ ...query, where: { id: { in: assignmentIds } }, orderBy: { sequence: 'asc' } }) : null,
    }),
  }),
});

builder.mutationFields((t) => ({
  assignDocument: t.field({
    type: AssignDocumentPayload,
    description: 'Chamber officials: appoint a private bailiff to one waiting document by the chamber’s policy (CH2).',
    authScopes: { role: 'CHAMBER_OFFICIAL' },
    args: { input: t.arg({ type: builder.inputType('AssignDocumentInput', { fields: (f) => ({ documentId: f.globalID({ for: ExecutiveDocumentNode }) }) }) }) },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await assignDocument(ctx, input.documentId.id);
        return { assignmentId: r.assignmentId, row: r.row };
      }),
  }),
  assignAllWaiting: t.field({
    type: AssignAllWaitingPayload,
    description: 'Chamber officials: assign every document waiting in the queue, oldest first, in one operation.',
    authScopes: { role: 'CHAMBER_OFFICIAL' },
    args: {
      input: t.arg({
        type: builder.inputType('AssignAllWaitingInput', {
          fields: (f) => ({
            chamberId: f.globalID({ for: ChamberNode }),
            limit: f.int({ required: false, defaultValue: 500, description: 'At most this many (1–5000).' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await assignAllWaiting(ctx, { chamberId: input.chamberId.id, limit: input.limit });
        return { assignedCount: r.assigned.length, assignmentIds: r.assigned.map((a) => a.assignmentId), skipped: r.skipped };
      }),
  }),
  replaceBailiff: t.field({
    type: AssignDocumentPayload,
    description: 'Chamber officials: replace the bailiff on one case, on a recorded final decision confirming a breach of duty (CH4).',
    authScopes: { role: 'CHAMBER_OFFICIAL' },
    args: {
      input: t.arg({
        type: builder.inputType('ReplaceBailiffInput', {
          fields: (f) => ({ documentId: f.globalID({ for: ExecutiveDocumentNode }), breachDecisionId: f.globalID({ for: BreachDecisionNode }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => ({
        assignmentId: (await replaceBailiff(ctx, { documentId: input.documentId.id, breachDecisionId: input.breachDecisionId.id })).assignmentId,
      })),
  }),
}));
