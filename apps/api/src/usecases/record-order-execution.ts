// LA1 (004 p.10–16): the executing court records the execution of an order — executed, partly, impossible
// (p.14) or refused (p.15) — with its result and documents, and sends them to the Department, whose 10 working
// days (LA2) run from their receipt (the day they are sent through the platform).
import { almatyDate, departmentDueOn, INCOMING_ORDER } from '@oryndau/domain';
import type { IncomingOrderOutcome } from '@oryndau/db';
import { requireCourtStaff } from '../access.ts';
import { dbDate, isoDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { actingRole, collector, judicialBodiesOf, writeStage } from './legal-assistance-shared.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export interface RecordOrderExecutionInput {
  orderId: string;
  outcome: IncomingOrderOutcome;
  result: string;
  documents: string[];
}

export async function recordOrderExecution(ctx: UseCaseContext, input: RecordOrderExecutionInput) {
  const v = collector();
  v.text(input.result, ['result'], 'Result', 4000);
  if (!input.documents.length) v.bad(['documents'], 'List the documents of the execution (a record of the hearing, a confirmation of delivery, a refusal act …).', 'legal.documentsRequired');
  input.documents.forEach((d, i) => v.text(d, ['documents', String(i)], 'Document'));
  v.throwIfAny();
  return inTransaction(ctx, async (tx, audit) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "IncomingOrder" WHERE "id" = ${input.orderId} FOR UPDATE`;
    if (!locked.length) throw new DomainError('NOT_FOUND', 'Unknown order.', ['input', 'orderId']);
    const order = await tx.incomingOrder.findUniqueOrThrow({ where: { id: input.orderId } });
    if (!order.courtId) throw new DomainError('INVALID_STATE', 'The order is not with a court.', ['input', 'orderId']);
    requireCourtStaff(ctx.viewer, await judicialBodiesOf(tx, ctx.viewer), order.courtId, ['input', 'orderId']);
    const status = moveTo(INCOMING_ORDER, order.status, 'RESULT_AT_DEPARTMENT', undefined, ['input', 'orderId']);
    const cal = await ctx.calendar.get(tx);
    const today = almatyDate(ctx.now());
    const resultDue = departmentDueOn(today, cal);
    const late = !!order.executionDueOn && today > isoDate(order.executionDueOn);
    const updated = await tx.incomingOrder.update({
      where: { id: order.id },
      data: { status, outcome: input.outcome, result: input.result.trim(), resultDocuments: input.documents.map((d) => d.trim()), executedOn: dbDate(today), resultReceivedOn: dbDate(today), resultDueOn: dbDate(resultDue) },
    });
    await writeStage(tx, ctx, {
      owner: { incomingOrderId: order.id }, stage: 'incoming-executed', status, role: actingRole(ctx.viewer, 'COURT_OFFICER'), dueOn: resultDue, rule: 'LA2',
      note: `${input.outcome}${late ? ' — after the month of LA1' : ''}; documents to the Department: ${input.documents.join('; ')}`,
    });
    await audit({ action: 'legal.incoming.execute', entityType: 'IncomingOrder', entityId: order.id, data: { outcome: input.outcome, late, resultDueOn: resultDue } });
    return updated;
  });
}
