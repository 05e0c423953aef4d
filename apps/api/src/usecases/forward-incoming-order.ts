// LA1 (004 p.13): a court that cannot execute an order for lack of jurisdiction forwards it by territoriality to
// another court within 5 working days of its receipt, and the competent authority of the Republic (the Department
// that handles the order) is informed within 5 working days of the forwarding. On the platform the forwarding
// itself informs the Department (it sees the order move at once), so the information is recorded with it; the
// receiving court's month runs from the day it receives the order.
import { almatyDate, forwardDueOn, INCOMING_ORDER, incomingExecutionDueOn, informAuthorityDueOn } from '@oryndau/domain';
import { requireCourtStaff } from '../access.ts';
import { dbDate, isoDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { actingRole, collector, judicialBodiesOf, writeStage } from './legal-assistance-shared.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export interface ForwardIncomingOrderInput {
  orderId: string;
  toCourtId: string;
  reason: string;
}

export async function forwardIncomingOrder(ctx: UseCaseContext, input: ForwardIncomingOrderInput) {
  const v = collector();
  v.text(input.reason, ['reason'], 'Reason', 4000);
  v.throwIfAny();
  return inTransaction(ctx, async (tx, audit) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "IncomingOrder" WHERE "id" = ${input.orderId} FOR UPDATE`;
    if (!locked.length) throw new DomainError('NOT_FOUND', 'Unknown order.', ['input', 'orderId']);
    const order = await tx.incomingOrder.findUniqueOrThrow({ where: { id: input.orderId }, include: { treaty: true } });
    if (!order.courtId) throw new DomainError('INVALID_STATE', 'The order is not with a court.', ['input', 'orderId']);
    requireCourtStaff(ctx.viewer, await judicialBodiesOf(tx, ctx.viewer), order.courtId, ['input', 'orderId']);
    if (input.toCourtId === order.courtId) throw new DomainError('INVALID_INPUT', 'Forward the order to another court.', ['input', 'toCourtId'], { key: 'legal.forwardToSameCourt', rule: 'LA1' });
    const to = await tx.court.findUnique({ where: { id: input.toCourtId } });
    if (!to) throw new DomainError('NOT_FOUND', 'Unknown court.', ['input', 'toCourtId']);
    const status = moveTo(INCOMING_ORDER, order.status, 'AT_COURT', undefined, ['input', 'orderId']);
    const cal = await ctx.calendar.get(tx);
    const today = almatyDate(ctx.now());
    const informDue = informAuthorityDueOn(today, cal);
    const executionDue = incomingExecutionDueOn(today, cal, order.treaty?.executionMonths);
    const late = !!order.forwardDueOn && today > isoDate(order.forwardDueOn);
    const updated = await tx.incomingOrder.update({
      where: { id: order.id },
      data: {
        status,
        previousCourtId: order.courtId,
        courtId: to.id,
        departmentId: to.departmentId,
        forwardedOn: dbDate(today),
        authorityInformedOn: dbDate(today),
        courtReceivedOn: dbDate(today),
        executionDueOn: dbDate(executionDue),
        forwardDueOn: dbDate(forwardDueOn(today, cal)),
      },
    });
    const role = actingRole(ctx.viewer, 'COURT_OFFICER');
    await writeStage(tx, ctx, {
      owner: { incomingOrderId: order.id }, stage: 'incoming-forwarded', status, role, dueOn: order.forwardDueOn ? isoDate(order.forwardDueOn) : null, rule: 'LA1',
      note: `Forwarded to ${to.nameEn} for lack of jurisdiction${late ? ' (after the 5 working days)' : ''}: ${input.reason.trim()}`,
    });
    await writeStage(tx, ctx, { owner: { incomingOrderId: order.id }, stage: 'incoming-authority-informed', status, role, dueOn: informDue, rule: 'LA1', note: 'The Department was informed of the forwarding through the platform.' });
    await audit({ action: 'legal.incoming.forward', entityType: 'IncomingOrder', entityId: order.id, data: { from: order.courtId, to: to.id, late, informDueOn: informDue, executionDueOn: executionDue } });
    return updated;
  });
}
