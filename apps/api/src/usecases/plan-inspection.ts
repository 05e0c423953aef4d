// Q1: a quality-control inspector puts a proposed subject into the semi-annual plan (the plan is created with
// its first inspection). Only a subject meeting a criterion of art. 27-1 p.4 enters; at most one scheduled
// inspection a year per subject (p.5). After the approval the plan may still be amended by decision of the
// head (art. 27-1 p.3): the addition is recorded as an amendment.
import { INSPECTION, unchangedStatus, inspectionLatestEndOn, inspectionNoticeLatestOn, planApprovalDeadline, planFindings, planPeriodDays, planReferenceOn, almatyDate } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate, isValidIsoDate } from '../dates.ts';
import { inspectingRegionOf, requireQualityInspector } from '../access.ts';
import { createAs } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { rowById } from './idempotency.ts';
import { providerStatistics } from './inspection-plan-proposal.ts';
import { recordStage, today } from './quality-inspection-common.ts';

export interface PlanInspectionInput {
  providerId: string;
  year: number;
  half: number;
  startsOn: string;
  endsOn?: string | null;
  matter: string;
  idempotencyKey?: string | null;
}

export async function planInspection(ctx: UseCaseContext, input: PlanInspectionInput) {
  requireQualityInspector(ctx.viewer);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2999) throw new DomainError('INVALID_INPUT', 'A plan is for a year between 2000 and 2999.', ['input', 'year'], { key: 'inspection.planPeriod', rule: 'Q1' });
  if (input.half !== 1 && input.half !== 2) throw new DomainError('INVALID_INPUT', 'The half is 1 or 2.', ['input', 'half'], { key: 'inspection.planPeriod', rule: 'Q1' });
  const period = { year: input.year, half: input.half as 1 | 2 };
  if (!isValidIsoDate(input.startsOn)) throw new DomainError('INVALID_INPUT', 'Start must be YYYY-MM-DD.', ['input', 'startsOn'], { key: 'input.dateFormat' });
  const days = planPeriodDays(period);
  if (input.startsOn < days.fromOn || input.startsOn > days.toOn) {
    throw new DomainError('INVALID_INPUT', `A scheduled inspection of this plan starts between ${days.fromOn} and ${days.toOn}.`, ['input', 'startsOn'], { key: 'inspection.startOutsidePlan', rule: 'Q1', params: { from: days.fromOn, to: days.toOn } });
  }
  if (input.matter.trim().length < 5) throw new DomainError('INVALID_INPUT', 'State the subject-matter of the inspection.', ['input', 'matter'], { key: 'input.required' });
  return inTransaction(
    ctx,
    async (tx, audit) => {
      const provider = await tx.serviceProvider.findUnique({ where: { id: input.providerId } });
      if (!provider) throw new DomainError('NOT_FOUND', 'Unknown subject.', ['input', 'providerId']);
      // serialise plans of one subject: the one-a-year rule reads, then writes
      await tx.$executeRaw`SELECT 1 FROM "ServiceProvider" WHERE "id" = ${provider.id} FOR UPDATE`;
      const plan0 = await tx.inspectionPlan.findUnique({ where: { year_half: { year: period.year, half: period.half } } });
      const referenceOn = plan0?.approvedAt ? almatyDate(plan0.approvedAt) : planReferenceOn(period, today(ctx));
      const stats = (await providerStatistics(tx, referenceOn, [provider.id])).get(provider.id)!;
      const findings = planFindings(stats, referenceOn);
      if (!findings.length) {
        throw new DomainError('INVALID_INPUT', 'The subject meets none of the criteria of a scheduled inspection (art. 27-1 p.4).', ['input', 'providerId'], { key: 'inspection.noPlanCriterion', rule: 'Q1' });
      }
      const year = input.startsOn.slice(0, 4);
      const same = await tx.inspection.findFirst({
        where: { providerId: provider.id, kind: 'SCHEDULED', status: { not: 'INVALID' }, startsOn: { gte: dbDate(`${year}-01-01`), lte: dbDate(`${year}-12-31`) } },
      });
      if (same) {
        throw new DomainError('CONFLICT', `The subject already has a scheduled inspection in ${year} (starting ${isoDate(same.startsOn)}): at most one a year.`, ['input', 'providerId'], {
          key: 'inspection.onePerYear',
          rule: 'Q1',
          params: { year: Number(year), startsOn: isoDate(same.startsOn) },
        });
      }
      const cal = await ctx.calendar.get(tx);
      const latest = inspectionLatestEndOn(input.startsOn, 'SCHEDULED', cal)!;
      const endsOn = input.endsOn ?? latest;
      if (!isValidIsoDate(endsOn) || endsOn < input.startsOn || endsOn > latest) {
        throw new DomainError('INVALID_INPUT', `A scheduled inspection lasts at most 20 working days: to ${latest} at the latest (Q3).`, ['input', 'endsOn'], { key: 'inspection.tooLong', rule: 'Q3', params: { latest } });
      }
      const plan =
        plan0 ??
        (await tx.inspectionPlan.create({ data: { year: period.year, half: period.half, approvalDueOn: dbDate(planApprovalDeadline(period.year, period.half)) } }));
      const row = await tx.inspection.create({
        data: {
          kind: 'SCHEDULED',
          ground: 'PLAN',
          planId: plan.id,
          providerId: provider.id,
          subjectName: provider.nameEn,
          subjectRegionId: provider.regionId,
          conductedBy: 'QUALITY_CONTROL_BODY',
          conductingRegionId: inspectingRegionOf(ctx.viewer, 'QUALITY_CONTROL_BODY'),
          matter: input.matter.trim(),
          reason: findings.map((f) => f.criterion).join(', '),
          inspectorIds: [ctx.viewer!.id],
          startsOn: dbDate(input.startsOn),
          endsOn: dbDate(endsOn),
          status: createAs(INSPECTION, 'PLANNED'),
        },
      });
      await recordStage(ctx, tx, {
        inspectionId: row.id,
        status: unchangedStatus(INSPECTION, row.status),
        stage: plan.approvedAt ? 'PLAN_AMENDED' : 'PLANNED',
        dueOn: inspectionNoticeLatestOn(input.startsOn, 'SCHEDULED', cal),
        note: findings.map((f) => `${f.criterion}: ${f.figure ?? '—'}`).join('; '),
      });
      await audit({ action: 'inspection.plan.add', entityType: 'Inspection', entityId: row.id, data: { planId: plan.id, providerId: provider.id, startsOn: input.startsOn, endsOn, findings: findings.map((f) => ({ ...f })), amendment: !!plan.approvedAt } });
      return row;
    },
    { idempotency: rowById('planInspection', input, (tx, id) => tx.inspection.findUniqueOrThrow({ where: { id } })) },
  );
}
