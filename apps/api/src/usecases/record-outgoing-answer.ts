// The answer of the foreign state to an outgoing order (004 p.26): the Department records it for the court — the
// documents of the execution, or why it was not executed.
import { almatyDate, OUTGOING_ORDER } from '@oryndau/domain';
import { requireDepartmentStaff } from '../access.ts';
import { dbDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { actingRole, collector, judicialBodiesOf, writeStage } from './legal-assistance-shared.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export async function recordOutgoingAnswer(ctx: UseCaseContext, input: { orderId: string; executed: boolean; answer: string }) {
  const v = collector();
  v.text(input.answer, ['answer'], 'Answer', 4000);
  v.throwIfAny();
  return inTransaction(ctx, async (tx, audit) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "OutgoingOrder" WHERE "id" = ${input.orderId} FOR UPDATE`;
    if (!locked.length) throw new DomainError('NOT_FOUND', 'Unknown order.', ['input', 'orderId']);
    const order = await tx.outgoingOrder.findUniqueOrThrow({ where: { id: input.orderId } });
    requireDepartmentStaff(ctx.viewer, await judicialBodiesOf(tx, ctx.viewer), [order.departmentId], ['input', 'orderId']);
    const status = moveTo(OUTGOING_ORDER, order.status, 'ANSWERED', undefined, ['input', 'orderId']);
    const updated = await tx.outgoingOrder.update({ where: { id: order.id }, data: { status, answeredOn: dbDate(almatyDate(ctx.now())), answer: input.answer.trim(), answerExecuted: input.executed } });
    await writeStage(tx, ctx, { owner: { outgoingOrderId: order.id }, stage: 'outgoing-answered', status, role: actingRole(ctx.viewer, 'JUDICIAL_DEPARTMENT_OFFICER'), note: input.executed ? 'Executed.' : 'Not executed.' });
    await audit({ action: 'legal.outgoing.answer', entityType: 'OutgoingOrder', entityId: order.id, data: { executed: input.executed } });
    return updated;
  });
}
