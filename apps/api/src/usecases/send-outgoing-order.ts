// LA3 (004 p.25–26): the court sends its order to the Department no later than 6 months before the hearing;
// later, it is refused with the reason: a typed error naming LA3, with the latest sending day and the earliest
// hearing for which sending today would be in time. The Department's 10 working days (LA2) run from receipt.
import { almatyDate, checkOutgoingSending, departmentDueOn, OUTGOING_ORDER } from '@oryndau/domain';
import { requireCourtStaff } from '../access.ts';
import { dbDate, isoDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { actingRole, judicialBodiesOf, writeStage } from './legal-assistance-shared.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export async function sendOutgoingOrder(ctx: UseCaseContext, input: { orderId: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "OutgoingOrder" WHERE "id" = ${input.orderId} FOR UPDATE`;
    if (!locked.length) throw new DomainError('NOT_FOUND', 'Unknown order.', ['input', 'orderId']);
    const order = await tx.outgoingOrder.findUniqueOrThrow({ where: { id: input.orderId } });
    requireCourtStaff(ctx.viewer, await judicialBodiesOf(tx, ctx.viewer), order.courtId, ['input', 'orderId']);
    const cal = await ctx.calendar.get(tx);
    const today = almatyDate(ctx.now());
    const hearingOn = isoDate(order.hearingOn);
    const refusal = checkOutgoingSending(today, hearingOn, cal);
    if (refusal && (order.status === 'PREPARED' || order.status === 'RETURNED_TO_COURT')) {
      throw new DomainError(
        'DEADLINE_PASSED',
        `An order is sent no later than 6 months before the hearing: for the hearing on ${hearingOn} the last day was ${refusal.latestSendOn}; sent today, the hearing must be on ${refusal.earliestHearingOn} or later (LA3).`,
        ['input', 'orderId'],
        { key: 'legal.outgoingTooLate', rule: 'LA3', params: { hearingOn, latestSendOn: refusal.latestSendOn, earliestHearingOn: refusal.earliestHearingOn, today } },
      );
    }
    const status = moveTo(OUTGOING_ORDER, order.status, 'AT_DEPARTMENT', { tooLate: null }, ['input', 'orderId']);
    const due = departmentDueOn(today, cal);
    const updated = await tx.outgoingOrder.update({ where: { id: order.id }, data: { status, sentOn: dbDate(today), departmentDueOn: dbDate(due), departmentReturnReason: null } });
    await writeStage(tx, ctx, { owner: { outgoingOrderId: order.id }, stage: 'outgoing-sent-to-department', status, role: actingRole(ctx.viewer, 'COURT_OFFICER'), dueOn: due, rule: 'LA2', note: `Sent ${hearingOn} − 6 months = by ${isoDate(order.latestSendOn)} (LA3): in time.` });
    await audit({ action: 'legal.outgoing.send', entityType: 'OutgoingOrder', entityId: order.id, data: { sentOn: today, latestSendOn: isoDate(order.latestSendOn), departmentDueOn: due } });
    return updated;
  });
}
