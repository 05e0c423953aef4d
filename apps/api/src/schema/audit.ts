// The audit trail's proof of itself: verifyAuditTrail (Ministry inspectors) recomputes the hash chain of every
// stream, checks the signed anchors, and names the first broken record (audit/verify.ts).
import { builder } from '../builder.ts';
import { verifyAuditTrail, type AuditBreak, type AuditVerification } from '../audit/verify.ts';

const AuditProblemEnum = builder.enumType('AuditProblem', {
  description: 'What is wrong with an audit record, as verification found it.',
  values: {
    HASH_MISMATCH: { description: "The record's content (or its seq, time, actor) no longer hashes to its stored hash: it was rewritten." },
    SEQ_GAP: { description: 'Records are missing before this one in its stream: deleted (or reordered).' },
    PREV_MISMATCH: { description: "The record's previous hash is not the previous record's hash: a record before it was replaced." },
    ANCHOR_MISMATCH: { description: 'A signed anchor names this position with another hash, or a position no longer there (the tail was deleted).' },
    ANCHOR_SIGNATURE: { description: "An anchor is not signed by the platform's key." },
    HEAD_MISMATCH: { description: "The stream's head (last seq and hash) is not its last record." },
  } as const,
});

const AuditBreakRef = builder.objectRef<AuditBreak>('AuditBreak').implement({
  description: 'The first broken record of an audit stream.',
  fields: (t) => ({
    recordId: t.string({ nullable: true, description: 'The AuditLog record id; null when the record named is missing.', resolve: (b) => b.id }),
    stream: t.exposeString('stream', { description: "The stream: the actor's user id, or `system`." }),
    seq: t.exposeString('seq', { description: 'The position in the stream (a 64-bit integer, as a string).' }),
    problem: t.field({ type: AuditProblemEnum, resolve: (b) => b.problem }),
    detail: t.exposeString('detail', { description: 'What was found, in English, with the hashes.' }),
  }),
});

const AuditVerificationRef = builder.objectRef<AuditVerification>('AuditTrailVerification').implement({
  description: 'The result of verifying the audit trail.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'Whether every stream checked is intact.' }),
    checked: t.exposeInt('checked', { description: 'Records whose hash was recomputed.' }),
    anchorsChecked: t.exposeInt('anchorsChecked', { description: 'Signed anchors checked.' }),
    streams: t.exposeInt('streams', { description: 'Streams checked.' }),
    firstBroken: t.field({ type: AuditBreakRef, nullable: true, description: 'The first broken record (streams in name order).', resolve: (v) => v.firstBroken }),
    broken: t.field({ type: [AuditBreakRef], description: 'The first broken record of every broken stream.', resolve: (v) => v.broken }),
  }),
});

const VerifyAuditTrailInput = builder.inputType('VerifyAuditTrailInput', {
  fields: (t) => ({
    stream: t.string({ required: false, description: 'Only this stream (a user id, or `system`); every stream when absent.' }),
    from: t.field({ type: 'DateTime', required: false, description: 'Only the records from this time on (linked to the record before).' }),
  }),
});

builder.queryField('verifyAuditTrail', (t) =>
  t.field({
    type: AuditVerificationRef,
    description: 'Ministry inspectors: recomputes the audit hash chain and checks the signed anchors; names the first broken record.',
    authScopes: { role: 'MINISTRY_INSPECTOR' },
    args: { input: t.arg({ type: VerifyAuditTrailInput, required: false }) },
    resolve: (_root, { input }, ctx) => verifyAuditTrail(ctx.db.prisma, ctx.signing, { stream: input?.stream, from: input?.from }),
  }),
);
