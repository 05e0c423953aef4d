// CH5: a regional Chamber may run unscheduled inspections of its private bailiffs (Rules No. 652, as reported).
// The texts say no more; we hold such an inspection to the rules of an unscheduled state inspection (Q2, Q3):
// one of the five grounds, never an anonymous source, at most 10 working days. A breach it finds is then
// decided by the chamber's disciplinary commission (recordBreachDecision, CH4).
import { almatyDate, INSPECTION, inspectionLatestEndOn, validateInspectionGround, type UnscheduledGround } from '@oryndau/domain';
import { DomainError, type UserErrorShape } from '../errors.ts';
import { dbDate, isoDate, isValidIsoDate } from '../dates.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { requireChamberOfficial } from '../access.ts';
import { createAs, moveTo } from '../transitions.ts';
import { rowById } from './idempotency.ts';

export interface OpenBailiffInspectionInput {
  bailiffId: string;
  ground: UnscheduledGround;
  anonymousSource: boolean;
  reason: string;
  startsOn: string;
  endsOn?: string | null;
  idempotencyKey?: string | null;
}

export async function openBailiffInspection(ctx: UseCaseContext, input: OpenBailiffInspectionInput) {
  const errors: UserErrorShape[] = [];
  for (const e of validateInspectionGround({ kind: 'UNSCHEDULED', ground: input.ground, anonymousSource: input.anonymousSource })) {
    errors.push(
      e.code === 'ANONYMOUS_SOURCE'
        ? { code: 'INVALID_INPUT', field: ['input', 'anonymousSource'], message: 'An inspection is never based on an anonymous appeal (Q2).' }
        : { code: 'INVALID_INPUT', field: ['input', 'ground'], message: 'An unscheduled inspection needs one of the five lawful grounds (Q2).' },
    );
  }
  if (input.reason.trim().length < 10) errors.push({ code: 'INVALID_INPUT', field: ['input', 'reason'], message: 'State the reasons (at least 10 characters).' });
  if (!isValidIsoDate(input.startsOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'startsOn'], message: 'Start must be YYYY-MM-DD.', key: 'input.dateFormat' });
  else if (input.startsOn < almatyDate(ctx.now())) errors.push({ code: 'INVALID_INPUT', field: ['input', 'startsOn'], message: 'An inspection cannot start in the past.' });
  if (input.endsOn != null && !isValidIsoDate(input.endsOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'endsOn'], message: 'End must be YYYY-MM-DD.', key: 'input.dateFormat' });
  if (errors.length) throw new DomainError(errors);
  return inTransaction(ctx, async (tx, audit) => {
    const bailiff = await tx.privateBailiff.findUnique({ where: { id: input.bailiffId }, include: { person: true } });
    if (!bailiff) throw new DomainError('NOT_FOUND', 'Unknown bailiff.', ['input', 'bailiffId']);
    requireChamberOfficial(ctx.viewer, bailiff.chamberId);
    const latest = inspectionLatestEndOn(input.startsOn, 'UNSCHEDULED', await ctx.calendar.get(tx))!;
    const endsOn = input.endsOn ?? latest;
    if (endsOn < input.startsOn || endsOn > latest) {
      throw new DomainError('INVALID_INPUT', `An unscheduled inspection lasts at most 10 working days: from ${input.startsOn} to ${latest} at the latest (Q3).`, ['input', 'endsOn']);
    }
    const row = await tx.inspection.create({
      data: {
        kind: 'UNSCHEDULED',
        ground: input.ground,
        chamberId: bailiff.chamberId,
        subjectBailiffId: bailiff.id,
        subjectName: `Private bailiff ${bailiff.person.lastName} ${bailiff.person.firstName}`,
        inspectorIds: [ctx.viewer!.id],
        startsOn: dbDate(input.startsOn),
        endsOn: dbDate(endsOn),
        status: createAs(INSPECTION, 'IN_PROGRESS', { byChamber: true }),
        reason: input.reason.trim(),
        noticeSentAt: ctx.now(),
      },
    });
    await audit({ action: 'inspection.bailiff.open', entityType: 'Inspection', entityId: row.id, data: { bailiffId: bailiff.id, ground: input.ground, startsOn: input.startsOn, endsOn } });
    return row;
  }, { idempotency: rowById('openBailiffInspection', input, (tx, id) => tx.inspection.findUniqueOrThrow({ where: { id } })) });
}

export async function completeBailiffInspection(ctx: UseCaseContext, input: { inspectionId: string; findings: string; breachFound: boolean }) {
  if (input.findings.trim().length < 10) throw new DomainError('INVALID_INPUT', 'Record the findings (at least 10 characters).', ['input', 'findings']);
  return inTransaction(ctx, async (tx, audit) => {
    const row = await tx.inspection.findUnique({ where: { id: input.inspectionId } });
    if (!row || !row.chamberId) throw new DomainError('NOT_FOUND', 'Unknown chamber inspection.', ['input', 'inspectionId']);
    requireChamberOfficial(ctx.viewer, row.chamberId);
    // CH5: a chamber's inspection completes from IN_PROGRESS with its findings (the table refuses any other start)
    const status = moveTo(INSPECTION, row.status, 'COMPLETED', { byChamber: true }, ['input', 'inspectionId']);
    const updated = await tx.inspection.update({
      where: { id: row.id },
      data: { status, findings: input.findings.trim(), breachFound: input.breachFound, certificateSentAt: ctx.now() },
    });
    await audit({ action: 'inspection.bailiff.complete', entityType: 'Inspection', entityId: row.id, data: { breachFound: input.breachFound, late: almatyDate(ctx.now()) > isoDate(row.endsOn) } });
    return updated;
  });
}
