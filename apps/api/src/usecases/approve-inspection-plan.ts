// Q1: the authorised body approves the semi-annual plan, by 10 December (first half) or 10 May (second half);
// an approval after the deadline is recorded and flagged late (the law sets no consequence; the plan stands).
import { almatyDate, planApprovedLate, planApprovalDeadline } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { requireQualityInspector } from '../access.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export async function approveInspectionPlan(ctx: UseCaseContext, input: { planId: string }) {
  requireQualityInspector(ctx.viewer);
  return inTransaction(ctx, async (tx, audit) => {
    await tx.$executeRaw`SELECT 1 FROM "InspectionPlan" WHERE "id" = ${input.planId} FOR UPDATE`;
    const plan = await tx.inspectionPlan.findUnique({ where: { id: input.planId }, include: { _count: { select: { inspections: true } } } });
    if (!plan) throw new DomainError('NOT_FOUND', 'Unknown plan.', ['input', 'planId']);
    if (plan.approvedAt) throw new DomainError('INVALID_STATE', 'The plan is already approved.', ['input', 'planId'], { key: 'inspection.planApproved', rule: 'Q1' });
    if (plan._count.inspections === 0) throw new DomainError('INVALID_STATE', 'An empty plan cannot be approved.', ['input', 'planId'], { key: 'inspection.planEmpty', rule: 'Q1' });
    const period = { year: plan.year, half: plan.half as 1 | 2 };
    const on = almatyDate(ctx.now());
    const late = planApprovedLate(period, on);
    const updated = await tx.inspectionPlan.update({ where: { id: plan.id }, data: { approvedAt: ctx.now(), approvedLate: late, approvedById: ctx.viewer!.id, approvalDueOn: new Date(`${planApprovalDeadline(plan.year, period.half)}T00:00:00.000Z`) } });
    await audit({ action: 'inspection.plan.approve', entityType: 'InspectionPlan', entityId: plan.id, data: { approvedOn: on, dueOn: planApprovalDeadline(plan.year, period.half), late, inspections: plan._count.inspections } });
    return updated;
  });
}
