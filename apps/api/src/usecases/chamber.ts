// The Chamber's other duties: receiving paper originals (CH3), bailiffs' availability (CH2) with
// redistribution of open cases, breach decisions (CH4), and the licensing side's suspension or revocation of
// a licence, which also redistributes (a bailiff without a valid licence receives no cases, L9).
import { almatyDate, addDays } from '@oryndau/domain';
import type { AvailabilityKind, BreachAuthority, LicenceStatus } from '@oryndau/db';
import { DomainError, invalid, type UserErrorShape } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { hasRole } from '../context.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { redistributeOpenCases, requireChamberOfficial } from './assignment.ts';

export async function markOriginalReceived(ctx: UseCaseContext, input: { documentId: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ExecutiveDocument" WHERE "id" = ${input.documentId} FOR UPDATE`;
    if (!rows.length) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
    const doc = await tx.executiveDocument.findUniqueOrThrow({ where: { id: input.documentId }, include: { district: { include: { region: { include: { chamber: true } } } } } });
    const chamberId = doc.district.region.chamber?.id;
    if (!chamberId || doc.routing !== 'CHAMBER') throw new DomainError('INVALID_STATE', 'This document does not go through a Chamber (CH1).');
    requireChamberOfficial(ctx, chamberId);
    if (doc.status !== 'AWAITING_ORIGINAL') throw new DomainError('INVALID_STATE', 'The original was already received.');
    const now = ctx.now();
    const updated = await tx.executiveDocument.update({ where: { id: doc.id }, data: { status: 'AWAITING_ASSIGNMENT', originalReceivedAt: now } });
    if (doc.applicationId) {
      await tx.applicationStage.create({ data: { applicationId: doc.applicationId, status: 'REGISTERED', stage: 'original-received', actorId: ctx.viewer?.id, at: now, note: 'The Chamber received the original paper decision (CH3); a bailiff will be appointed.' } });
    }
    await audit({ action: 'document.originalReceived', entityType: 'ExecutiveDocument', entityId: doc.id });
    return updated;
  });
}

export interface SetAvailabilityInput {
  bailiffId: string;
  kind: AvailabilityKind;
  startsOn: string;
  endsOn?: string | null;
  reason?: string | null;
}

/** An absence longer than this moves the bailiff's open cases to others (Rules No. 652, as reported). */
export const LONG_ABSENCE_DAYS = 31;

export function isLongAbsence(kind: AvailabilityKind, startsOn: string, endsOn: string | null | undefined): boolean {
  if (kind === 'SUSPENSION') return true;
  if (kind !== 'LEAVE' && kind !== 'SICKNESS') return false; // a pause only stops new cases
  return !endsOn || endsOn >= addDays(startsOn, LONG_ABSENCE_DAYS);
}

export async function setBailiffAvailability(ctx: UseCaseContext, input: SetAvailabilityInput) {
  const errors: UserErrorShape[] = [];
  if (!isValidIsoDate(input.startsOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'startsOn'], message: 'Start must be YYYY-MM-DD.', key: 'input.dateFormat' });
  if (input.endsOn != null && !isValidIsoDate(input.endsOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'endsOn'], message: 'End must be YYYY-MM-DD.', key: 'input.dateFormat' });
  else if (input.endsOn && input.endsOn < input.startsOn) errors.push({ code: 'INVALID_INPUT', field: ['input', 'endsOn'], message: 'The end cannot be before the start.', key: 'input.endBeforeStart' });
  if (errors.length) throw new DomainError(errors);
  return inTransaction(ctx, async (tx, audit) => {
    const bailiff = await tx.privateBailiff.findUnique({ where: { id: input.bailiffId }, select: { id: true, chamberId: true, userId: true, isChamberHead: true } });
    if (!bailiff) throw new DomainError('NOT_FOUND', 'Unknown bailiff.', ['input', 'bailiffId']);
    const selfPause = input.kind === 'PAUSE' && bailiff.userId === ctx.viewer?.id && bailiff.isChamberHead;
    if (!selfPause) requireChamberOfficial(ctx, bailiff.chamberId);
    const overlapping = await tx.bailiffAvailability.findFirst({
      where: {
        bailiffId: bailiff.id,
        kind: input.kind,
        startsOn: { lte: input.endsOn ? dbDate(input.endsOn) : dbDate('9999-12-31') },
        OR: [{ endsOn: null }, { endsOn: { gte: dbDate(input.startsOn) } }],
      },
    });
    if (overlapping) throw invalid(['input', 'startsOn'], 'An overlapping record of the same kind exists; end it first.', { key: 'availability.overlapping' });
    const row = await tx.bailiffAvailability.create({
      data: { bailiffId: bailiff.id, kind: input.kind, startsOn: dbDate(input.startsOn), endsOn: input.endsOn ? dbDate(input.endsOn) : null, reason: input.reason ?? null, recordedById: ctx.viewer!.id },
    });
    await audit({ action: 'bailiff.availability', entityType: 'PrivateBailiff', entityId: bailiff.id, data: { kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn ?? null } });
    const today = almatyDate(ctx.now());
    const redistribution = isLongAbsence(input.kind, input.startsOn, input.endsOn) && input.startsOn <= today
      ? await redistributeOpenCases(ctx, tx, audit, bailiff.id, `${input.kind.toLowerCase()} from ${input.startsOn}${input.endsOn ? ` to ${input.endsOn}` : ''}`)
      : null;
    return { availability: row, redistributed: redistribution?.moved.length ?? 0, stranded: redistribution?.stranded.length ?? 0 };
  });
}

/**
 * CH2: a long absence recorded in advance moves the bailiff's open cases on the day it begins. The API's scheduler
 * runs this at start and every few minutes (scheduler.ts). Idempotent: a bailiff whose cases have moved has none
 * left and, absent, receives no new ones; the chamber lock serialises the runs of several API instances. Each
 * bailiff's cases move in a transaction of their own, so that one failure holds back nobody else's.
 */
export async function redistributeBegunAbsences(ctx: UseCaseContext): Promise<{ bailiffId: string; moved: number; stranded: number }[]> {
  const today = almatyDate(ctx.now());
  const due = await ctx.db.prisma.$queryRaw<{ bailiffId: string; kind: AvailabilityKind; startsOn: string; endsOn: string | null }[]>`
    SELECT w."bailiffId", w."kind"::text AS "kind", w."startsOn"::text AS "startsOn", w."endsOn"::text AS "endsOn"
    FROM "BailiffAvailability" w
    WHERE w."kind" IN ('LEAVE', 'SICKNESS', 'SUSPENSION') AND w."startsOn" <= ${dbDate(today)} AND (w."endsOn" IS NULL OR w."endsOn" >= ${dbDate(today)})
      AND EXISTS (SELECT 1 FROM "Assignment" a JOIN "EnforcementProceeding" p ON p."documentId" = a."documentId"
                  WHERE a."bailiffId" = w."bailiffId" AND a."activeDocumentId" IS NOT NULL AND p."status" IN ('AWAITING_DECISION', 'INITIATED'))
    ORDER BY w."bailiffId", w."startsOn"`;
  const results: { bailiffId: string; moved: number; stranded: number }[] = [];
  const done = new Set<string>();
  for (const w of due) {
    if (done.has(w.bailiffId) || !isLongAbsence(w.kind, w.startsOn, w.endsOn)) continue;
    done.add(w.bailiffId);
    const reason = `${w.kind.toLowerCase()} from ${w.startsOn}${w.endsOn ? ` to ${w.endsOn}` : ''}, begun`;
    const r = await inTransaction(ctx, (tx, audit) => redistributeOpenCases(ctx, tx, audit, w.bailiffId, reason));
    results.push({ bailiffId: w.bailiffId, moved: r.moved.length, stranded: r.stranded.length });
  }
  return results;
}

export async function endBailiffAvailability(ctx: UseCaseContext, input: { availabilityId: string; endsOn: string }) {
  if (!isValidIsoDate(input.endsOn)) throw invalid(['input', 'endsOn'], 'End must be YYYY-MM-DD.', { key: 'input.dateFormat' });
  return inTransaction(ctx, async (tx, audit) => {
    const row = await tx.bailiffAvailability.findUnique({ where: { id: input.availabilityId }, include: { bailiff: true } });
    if (!row) throw new DomainError('NOT_FOUND', 'Unknown availability record.', ['input', 'availabilityId']);
    const selfPause = row.kind === 'PAUSE' && row.bailiff.userId === ctx.viewer?.id;
    if (!selfPause) requireChamberOfficial(ctx, row.bailiff.chamberId);
    if (dbDate(input.endsOn) < row.startsOn) throw invalid(['input', 'endsOn'], 'The end cannot be before the start.', { key: 'input.endBeforeStart' });
    const updated = await tx.bailiffAvailability.update({ where: { id: row.id }, data: { endsOn: dbDate(input.endsOn) } });
    await audit({ action: 'bailiff.availabilityEnded', entityType: 'PrivateBailiff', entityId: row.bailiffId, data: { availabilityId: row.id, endsOn: input.endsOn } });
    return updated;
  });
}

export interface BreachDecisionInput {
  bailiffId: string;
  authority: BreachAuthority;
  number: string;
  decidedOn: string;
  effectiveOn: string;
  summary: string;
}

/** CH4: records a decision (of the Chamber's disciplinary commission or a court) confirming a breach of duty. */
export async function recordBreachDecision(ctx: UseCaseContext, input: BreachDecisionInput) {
  const errors: UserErrorShape[] = [];
  if (!isValidIsoDate(input.decidedOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'decidedOn'], message: 'Decision date must be YYYY-MM-DD.', key: 'input.dateFormat' });
  if (!isValidIsoDate(input.effectiveOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'effectiveOn'], message: 'Date of legal effect must be YYYY-MM-DD.', key: 'input.dateFormat' });
  else if (input.effectiveOn < input.decidedOn) errors.push({ code: 'INVALID_INPUT', field: ['input', 'effectiveOn'], message: 'A decision takes effect on or after the day it is made.', key: 'breach.effectiveBeforeDecided', rule: 'CH4' });
  if (input.number.trim().length < 1) errors.push({ code: 'INVALID_INPUT', field: ['input', 'number'], message: 'The decision number is required.', key: 'input.required' });
  if (input.summary.trim().length < 10) errors.push({ code: 'INVALID_INPUT', field: ['input', 'summary'], message: 'Summarise the breach confirmed (at least 10 characters).', key: 'input.tooShort', params: { min: 10 } });
  if (errors.length) throw new DomainError(errors);
  return inTransaction(ctx, async (tx, audit) => {
    const bailiff = await tx.privateBailiff.findUnique({ where: { id: input.bailiffId } });
    if (!bailiff) throw new DomainError('NOT_FOUND', 'Unknown bailiff.', ['input', 'bailiffId']);
    requireChamberOfficial(ctx, bailiff.chamberId);
    const row = await tx.breachDecision.create({
      data: { bailiffId: bailiff.id, authority: input.authority, number: input.number.trim(), decidedOn: dbDate(input.decidedOn), effectiveOn: dbDate(input.effectiveOn), summary: input.summary.trim(), recordedById: ctx.viewer!.id },
    });
    await audit({ action: 'bailiff.breachDecision', entityType: 'BreachDecision', entityId: row.id, data: { bailiffId: bailiff.id, number: row.number } });
    return row;
  });
}

/** Licensing: suspend, revoke, terminate or restore a licence; without a valid licence a bailiff's cases move. */
export async function changeLicenceStatus(ctx: UseCaseContext, input: { licenceId: string; status: LicenceStatus; reason: string }) {
  if (!hasRole(ctx.viewer, 'LICENSING_OFFICER')) throw new DomainError('FORBIDDEN', 'Only Ministry licensing staff change a licence.');
  if (input.status === 'REISSUED') throw invalid(['input', 'status'], 'A licence becomes REISSUED only by a reissue.', { key: 'licence.reissuedOnlyByReissue' });
  if (input.reason.trim().length < 10) throw invalid(['input', 'reason'], 'State the reason (at least 10 characters).', { key: 'input.tooShort', params: { min: 10 } });
  return inTransaction(ctx, async (tx, audit) => {
    const licence = await tx.licence.findUnique({ where: { id: input.licenceId }, include: { bailiff: true } });
    if (!licence) throw new DomainError('NOT_FOUND', 'Unknown licence.', ['input', 'licenceId']);
    if (licence.status === input.status) throw new DomainError('INVALID_STATE', `The licence is already ${input.status}.`);
    if (licence.status === 'REVOKED' || licence.status === 'TERMINATED' || licence.status === 'REISSUED') {
      throw new DomainError('INVALID_STATE', `A ${licence.status} licence cannot change again.`);
    }
    const now = ctx.now();
    const updated = await tx.licence.update({
      where: { id: licence.id },
      data: { status: input.status, ...(input.status === 'SUSPENDED' ? { suspendedAt: now } : {}), ...(input.status === 'REVOKED' || input.status === 'TERMINATED' ? { revokedAt: now } : {}) },
    });
    await audit({ action: 'licence.status', entityType: 'Licence', entityId: licence.id, data: { from: licence.status, to: input.status, reason: input.reason } });
    const redistribution = licence.bailiff && input.status !== 'ACTIVE'
      ? await redistributeOpenCases(ctx, tx, audit, licence.bailiff.id, `licence ${licence.number} ${input.status.toLowerCase()}`)
      : null;
    return { licence: updated, redistributed: redistribution?.moved.length ?? 0, stranded: redistribution?.stranded.length ?? 0 };
  });
}
