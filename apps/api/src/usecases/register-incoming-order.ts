// LA1, LA2: the Judicial Administration or a Department registers a letter rogatory received from a foreign
// court (004 p.7, p.9) — the requesting state, court, case, persons and what is asked — and sends it to the court
// that executes it. Registration and sending are one act on the platform: the court receives the order the day
// it is sent (the platform delivers it), so its month (LA1) runs from that day; the Department's 10 working days
// (LA2) from the day it received the originals.
import { almatyDate, departmentDueOn, forwardDueOn, INCOMING_ORDER, incomingExecutionDueOn, requiredTranslation, type LegalPerson } from '@oryndau/domain';
import { requireDepartmentStaff } from '../access.ts';
import { dbDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { createAs, moveTo } from '../transitions.ts';
import { rowById } from './idempotency.ts';
import { actingRole, cleanPersons, collector, judicialBodiesOf, notInFuture, writeStage } from './legal-assistance-shared.ts';
import { nextNumber } from './numbers.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export interface RegisterIncomingOrderInput {
  receivedById: string;
  requestingStateId: string;
  treatyId?: string | null;
  requestingCourt: string;
  foreignCaseNumber: string;
  caseName: string;
  persons: LegalPerson[];
  request: string;
  language: string;
  hasTranslation: boolean;
  /** the day the originals were received (default today) */
  receivedOn?: string | null;
  courtId: string;
  idempotencyKey?: string | null;
}

export async function registerIncomingOrder(ctx: UseCaseContext, input: RegisterIncomingOrderInput) {
  const v = collector();
  v.text(input.requestingCourt, ['requestingCourt'], 'Requesting court');
  v.text(input.foreignCaseNumber, ['foreignCaseNumber'], 'Case number', 100);
  v.text(input.caseName, ['caseName'], 'Case');
  v.text(input.request, ['request'], 'What is asked', 4000);
  if (!/^[a-z]{2}$/.test(input.language)) v.bad(['language'], 'Language is an ISO 639-1 code (two letters).', 'input.languageCode');
  if (!input.persons.length) v.bad(['persons'], 'Name at least one person the order concerns.', 'input.required');
  input.persons.forEach((p, i) => v.text(p.name, ['persons', String(i), 'name'], 'Name'));
  const receivedOn = input.receivedOn ?? almatyDate(ctx.now());
  if (v.date(receivedOn, ['receivedOn'], 'Receipt')) notInFuture(v.bad, ctx, receivedOn, ['receivedOn']);
  v.throwIfAny();

  return inTransaction(ctx, async (tx, audit) => {
    const bodies = await judicialBodiesOf(tx, ctx.viewer);
    const receivedBy = await tx.judicialDepartment.findUnique({ where: { id: input.receivedById } });
    if (!receivedBy) throw new DomainError('NOT_FOUND', 'Unknown Judicial Administration or Department.', ['input', 'receivedById']);
    requireDepartmentStaff(ctx.viewer, bodies, [receivedBy.id], ['input', 'receivedById']);
    const court = await tx.court.findUnique({ where: { id: input.courtId } });
    if (!court) throw new DomainError('NOT_FOUND', 'Unknown court.', ['input', 'courtId']);
    const state = await tx.foreignState.findUnique({ where: { id: input.requestingStateId } });
    if (!state) throw new DomainError('NOT_FOUND', 'Unknown state.', ['input', 'requestingStateId']);
    const treaty = input.treatyId ? await tx.legalAssistanceTreaty.findUnique({ where: { id: input.treatyId }, include: { parties: true } }) : null;
    if (input.treatyId && !treaty) throw new DomainError('NOT_FOUND', 'Unknown treaty.', ['input', 'treatyId']);
    if (treaty && !treaty.parties.some((p) => p.stateId === state.id)) {
      throw new DomainError('INVALID_INPUT', 'The requesting state is not a party to this treaty.', ['input', 'treatyId'], { key: 'legal.stateNotParty', rule: 'LA1' });
    }
    // 004 p.12, p.24: an order in a language neither the state language, Russian nor accepted by the treaty, without a translation
    const translationNeeded = requiredTranslation(input.language, { stateLanguages: ['kk', 'ru'], treatyAcceptedLanguages: treaty?.acceptedLanguages ?? null });
    const cal = await ctx.calendar.get(tx);
    const today = almatyDate(ctx.now());
    const number = await nextNumber(tx, `LR-IN-${today.slice(0, 4)}`);
    const registered = createAs(INCOMING_ORDER, 'REGISTERED');
    const atCourt = moveTo(INCOMING_ORDER, registered, 'AT_COURT');
    const deptDue = departmentDueOn(receivedOn, cal);
    const executionDue = incomingExecutionDueOn(today, cal, treaty?.executionMonths);
    const order = await tx.incomingOrder.create({
      data: {
        number,
        status: atCourt,
        receivedById: receivedBy.id,
        // the Department of the executing court organises its execution (004 p.9)
        departmentId: court.departmentId,
        requestingStateId: state.id,
        treatyId: treaty?.id ?? null,
        requestingCourt: input.requestingCourt.trim(),
        foreignCaseNumber: input.foreignCaseNumber.trim(),
        caseName: input.caseName.trim(),
        persons: cleanPersons(input.persons) as never,
        request: input.request.trim(),
        language: input.language,
        hasTranslation: input.hasTranslation,
        courtId: court.id,
        receivedOn: dbDate(receivedOn),
        departmentDueOn: dbDate(deptDue),
        courtReceivedOn: dbDate(today),
        executionDueOn: dbDate(executionDue),
        forwardDueOn: dbDate(forwardDueOn(today, cal)),
      },
    });
    const role = actingRole(ctx.viewer, 'JUDICIAL_DEPARTMENT_OFFICER');
    await writeStage(tx, ctx, {
      owner: { incomingOrderId: order.id }, stage: 'incoming-registered', status: registered, role, dueOn: deptDue, rule: 'LA2',
      note: `Received by ${receivedBy.nameEn} on ${receivedOn}${translationNeeded && !input.hasTranslation ? `; no translation into the state or Russian language: documents are handed over only if the recipient accepts them voluntarily (004 p.12)` : ''}.`,
    });
    await writeStage(tx, ctx, { owner: { incomingOrderId: order.id }, stage: 'incoming-sent-to-court', status: atCourt, role, dueOn: executionDue, rule: 'LA1', note: `Sent to ${court.nameEn} for execution.` });
    await audit({ action: 'legal.incoming.register', entityType: 'IncomingOrder', entityId: order.id, data: { number, courtId: court.id, receivedOn, executionDueOn: executionDue, departmentDueOn: deptDue } });
    return order;
  }, { idempotency: rowById('registerIncomingOrder', input, (tx, id) => tx.incomingOrder.findUniqueOrThrow({ where: { id } })) });
}
