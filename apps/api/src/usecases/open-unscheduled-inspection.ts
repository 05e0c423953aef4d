// Q2: an unscheduled inspection is decided on one of the five grounds of art. 27-1 p.6 — never on an anonymous
// appeal (p.7), which is refused with its reason and leaves nothing behind. A Ministry inspector may open one of
// a territorial justice body only (access.ts). An inspection of a subject outside the conducting division's
// region is recorded but flagged invalid (Q5) and cannot start.
import { INSPECTION, unchangedStatus, inspectionLatestEndOn, inspectionNoticeLatestOn, validateInspectionGround, type UnscheduledGround } from '@oryndau/domain';
import { DomainError, type UserErrorShape } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { inspectingBodyOf, inspectingRegionOf, mayInspectSubject } from '../access.ts';
import { createAs } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { rowById } from './idempotency.ts';
import { recordStage, today } from './quality-inspection-common.ts';

export interface OpenUnscheduledInspectionInput {
  providerId: string;
  ground: UnscheduledGround | 'PLAN';
  anonymousSource: boolean;
  /** the appeal, report or finding it rests on */
  reason: string;
  matter: string;
  startsOn: string;
  endsOn?: string | null;
  idempotencyKey?: string | null;
}

export async function openUnscheduledInspection(ctx: UseCaseContext, input: OpenUnscheduledInspectionInput) {
  const body = inspectingBodyOf(ctx.viewer);
  if (!body) throw new DomainError('FORBIDDEN', 'Only inspectors open inspections.', null, { key: 'inspection.notAnInspector' });
  const errors: UserErrorShape[] = [];
  for (const e of validateInspectionGround({ kind: 'UNSCHEDULED', ground: input.ground, anonymousSource: input.anonymousSource })) {
    errors.push(
      e.code === 'ANONYMOUS_SOURCE'
        ? { code: 'INVALID_INPUT', field: ['input', 'anonymousSource'], message: 'Unscheduled inspections are not carried out on the basis of anonymous appeals (art. 27-1 p.7).', key: 'inspection.anonymousAppeal', rule: 'Q2' }
        : { code: 'INVALID_INPUT', field: ['input', 'ground'], message: 'An unscheduled inspection needs one of the five grounds of art. 27-1 p.6.', key: 'inspection.notALawfulGround', rule: 'Q2' },
    );
  }
  if (input.reason.trim().length < 10) errors.push({ code: 'INVALID_INPUT', field: ['input', 'reason'], message: 'State the appeal, report or finding it rests on (at least 10 characters).', key: 'inspection.reasonRequired', rule: 'Q2' });
  if (input.matter.trim().length < 5) errors.push({ code: 'INVALID_INPUT', field: ['input', 'matter'], message: 'State the subject-matter of the inspection.', key: 'input.required' });
  if (!isValidIsoDate(input.startsOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'startsOn'], message: 'Start must be YYYY-MM-DD.', key: 'input.dateFormat' });
  else if (input.startsOn <= today(ctx)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'startsOn'], message: 'An unscheduled inspection starts after its notice: at the earliest tomorrow (Q3).', key: 'inspection.startTooSoon', rule: 'Q3' });
  if (errors.length) throw new DomainError(errors);
  return inTransaction(
    ctx,
    async (tx, audit) => {
      const provider = await tx.serviceProvider.findUnique({ where: { id: input.providerId } });
      if (!provider) throw new DomainError('NOT_FOUND', 'Unknown subject.', ['input', 'providerId']);
      if (!mayInspectSubject(body, provider.kind)) {
        throw new DomainError('FORBIDDEN', 'The Ministry inspects only its territorial justice bodies.', ['input', 'providerId'], { key: 'inspection.ministrySubjects' });
      }
      const cal = await ctx.calendar.get(tx);
      const latest = inspectionLatestEndOn(input.startsOn, 'UNSCHEDULED', cal)!;
      const endsOn = input.endsOn ?? latest;
      if (!isValidIsoDate(endsOn) || endsOn < input.startsOn || endsOn > latest) {
        throw new DomainError('INVALID_INPUT', `An unscheduled inspection lasts at most 10 working days: to ${latest} at the latest (Q3).`, ['input', 'endsOn'], { key: 'inspection.tooLong', rule: 'Q3', params: { latest } });
      }
      const row = await tx.inspection.create({
        data: {
          kind: 'UNSCHEDULED',
          ground: input.ground as UnscheduledGround,
          providerId: provider.id,
          subjectName: provider.nameEn,
          subjectRegionId: provider.regionId,
          conductedBy: body,
          conductingRegionId: inspectingRegionOf(ctx.viewer, body),
          matter: input.matter.trim(),
          reason: input.reason.trim(),
          inspectorIds: [ctx.viewer!.id],
          startsOn: dbDate(input.startsOn),
          endsOn: dbDate(endsOn),
          status: createAs(INSPECTION, 'PLANNED'),
        },
      });
      await recordStage(ctx, tx, { inspectionId: row.id, status: unchangedStatus(INSPECTION, row.status), stage: 'DECIDED', dueOn: inspectionNoticeLatestOn(input.startsOn, 'UNSCHEDULED', cal), note: input.ground });
      await audit({ action: 'inspection.unscheduled.open', entityType: 'Inspection', entityId: row.id, data: { providerId: provider.id, ground: input.ground, body, startsOn: input.startsOn, endsOn } });
      return row;
    },
    { idempotency: rowById('openUnscheduledInspection', input, (tx, id) => tx.inspection.findUniqueOrThrow({ where: { id } })) },
  );
}
