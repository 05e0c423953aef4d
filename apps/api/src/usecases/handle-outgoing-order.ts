// LA2 (004 p.26): the Department checks an outgoing order within 10 working days of its receipt and sends it to
// the competent authority of the foreign state, or returns it to the court to remove deficiencies (with them).
import { almatyDate, OUTGOING_ORDER } from '@oryndau/domain';
import { requireDepartmentStaff } from '../access.ts';
import { dbDate, isoDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { actingRole, collector, judicialBodiesOf, writeStage } from './legal-assistance-shared.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export async function handleOutgoingOrder(ctx: UseCaseContext, input: { orderId: string; action: 'SEND_ABROAD' | 'RETURN_TO_COURT'; note?: string | null }) {
  const v = collector();
  if (input.action === 'RETURN_TO_COURT') v.text(input.note, ['note'], 'The deficiencies to remove', 4000);
  v.throwIfAny();
  return inTransaction(ctx, async (tx, audit) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "OutgoingOrder" WHERE "id" = ${input.orderId} FOR UPDATE`;
    if (!locked.length) throw new DomainError('NOT_FOUND', 'Unknown order.', ['input', 'orderId']);
    const order = await tx.outgoingOrder.findUniqueOrThrow({ where: { id: input.orderId } });
    requireDepartmentStaff(ctx.viewer, await judicialBodiesOf(tx, ctx.viewer), [order.departmentId], ['input', 'orderId']);
    const to = input.action === 'SEND_ABROAD' ? 'SENT_ABROAD' : 'RETURNED_TO_COURT';
    const status = moveTo(OUTGOING_ORDER, order.status, to, undefined, ['input', 'action']);
    const today = almatyDate(ctx.now());
    const updated = await tx.outgoingOrder.update({
      where: { id: order.id },
      data: to === 'SENT_ABROAD' ? { status, sentAbroadOn: dbDate(today) } : { status, departmentReturnReason: input.note!.trim() },
    });
    const due = order.departmentDueOn ? isoDate(order.departmentDueOn) : null;
    await writeStage(tx, ctx, {
      owner: { outgoingOrderId: order.id }, stage: to === 'SENT_ABROAD' ? 'outgoing-sent-abroad' : 'outgoing-returned-to-court', status,
      role: actingRole(ctx.viewer, 'JUDICIAL_DEPARTMENT_OFFICER'), dueOn: due, rule: 'LA2', note: input.note?.trim() || null,
    });
    await audit({ action: `legal.outgoing.${input.action.toLowerCase()}`, entityType: 'OutgoingOrder', entityId: order.id, data: { late: !!due && today > due } });
    return updated;
  });
}
