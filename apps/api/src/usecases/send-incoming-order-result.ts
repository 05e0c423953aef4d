// LA2 (004 p.8, p.15–16): the Department checks the documents of an execution within 10 working days and sends
// them to the competent authority (SEND), returns them to the court to remove deficiencies (RETURN_TO_COURT), or,
// for a refused or impossible order, returns the order through the Judicial Administration (RETURN_UNEXECUTED).
import { almatyDate, incomingExecutionDueOn, INCOMING_ORDER } from '@oryndau/domain';
import { requireDepartmentStaff } from '../access.ts';
import { dbDate, isoDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { actingRole, collector, judicialBodiesOf, writeStage } from './legal-assistance-shared.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export type IncomingResultAction = 'SEND' | 'RETURN_TO_COURT' | 'RETURN_UNEXECUTED';

export interface SendIncomingOrderResultInput {
  orderId: string;
  action: IncomingResultAction;
  note?: string | null;
}

export async function sendIncomingOrderResult(ctx: UseCaseContext, input: SendIncomingOrderResultInput) {
  const v = collector();
  if (input.action === 'RETURN_TO_COURT') v.text(input.note, ['note'], 'The deficiencies to remove', 4000);
  v.throwIfAny();
  return inTransaction(ctx, async (tx, audit) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "IncomingOrder" WHERE "id" = ${input.orderId} FOR UPDATE`;
    if (!locked.length) throw new DomainError('NOT_FOUND', 'Unknown order.', ['input', 'orderId']);
    const order = await tx.incomingOrder.findUniqueOrThrow({ where: { id: input.orderId }, include: { treaty: true } });
    requireDepartmentStaff(ctx.viewer, await judicialBodiesOf(tx, ctx.viewer), [order.departmentId, order.receivedById], ['input', 'orderId']);
    if (input.action === 'RETURN_UNEXECUTED' && order.status === 'RESULT_AT_DEPARTMENT' && order.outcome !== 'REFUSED' && order.outcome !== 'IMPOSSIBLE') {
      throw new DomainError('INVALID_STATE', 'Only a refused or impossible order is returned unexecuted; send the documents of an executed one.', ['input', 'action'], { key: 'legal.returnOnlyUnexecuted', rule: 'LA2' });
    }
    const to = input.action === 'SEND' ? 'RESULT_SENT' : input.action === 'RETURN_TO_COURT' ? 'AT_COURT' : 'RETURNED';
    const status = moveTo(INCOMING_ORDER, order.status, to, undefined, ['input', 'action']);
    const today = almatyDate(ctx.now());
    const cal = await ctx.calendar.get(tx);
    const role = actingRole(ctx.viewer, 'JUDICIAL_DEPARTMENT_OFFICER');
    const dueOn = order.resultDueOn ? isoDate(order.resultDueOn) : isoDate(order.departmentDueOn);
    let updated;
    if (to === 'AT_COURT') {
      // returned to remove deficiencies: the court has its month again from this receipt (LA1)
      const executionDue = incomingExecutionDueOn(today, cal, order.treaty?.executionMonths);
      updated = await tx.incomingOrder.update({ where: { id: order.id }, data: { status, courtReceivedOn: dbDate(today), executionDueOn: dbDate(executionDue), resultReceivedOn: null, resultDueOn: null } });
      await writeStage(tx, ctx, { owner: { incomingOrderId: order.id }, stage: 'incoming-returned-to-court', status, role, dueOn: executionDue, rule: 'LA1', note: input.note?.trim() ?? null });
    } else {
      updated = await tx.incomingOrder.update({ where: { id: order.id }, data: { status, sentBackOn: dbDate(today) } });
      await writeStage(tx, ctx, {
        owner: { incomingOrderId: order.id }, stage: to === 'RESULT_SENT' ? 'incoming-result-sent' : 'incoming-returned', status, role, dueOn, rule: 'LA2',
        note: input.note?.trim() || (to === 'RESULT_SENT' ? 'The documents of the execution were sent to the competent authority.' : 'Returned unexecuted through the Judicial Administration.'),
      });
    }
    await audit({ action: `legal.incoming.${input.action.toLowerCase()}`, entityType: 'IncomingOrder', entityId: order.id, data: { late: today > dueOn } });
    return updated;
  });
}
