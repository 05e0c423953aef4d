// LA3 (004 p.21–24): a court prepares an order to a foreign court naming every item of p.22 — the requested
// institution, the requesting court (the viewer's court), the case (name, number, plaintiff, defendant), the
// persons' data, their representatives and what is asked (for service of documents also the recipient's exact
// address and the document's name). It is written in the state and/or Russian language; the translation it must
// carry follows from data: the requested state's languages and the treaty's accepted ones (p.24).
import { almatyDate, checkOutgoingSending, latestSendOn, missingOrderItems, ORDER_LANGUAGES, OUTGOING_ORDER, requiredTranslation, type LegalPerson } from '@oryndau/domain';
import { requireCourtStaff } from '../access.ts';
import { dbDate } from '../dates.ts';
import { DomainError, type UserErrorShape } from '../errors.ts';
import { createAs } from '../transitions.ts';
import { rowById } from './idempotency.ts';
import { actingRole, cleanPersons, collector, judicialBodiesOf, writeStage } from './legal-assistance-shared.ts';
import { nextNumber } from './numbers.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export interface PrepareOutgoingOrderInput {
  courtId: string;
  requestedStateId: string;
  treatyId?: string | null;
  requestedInstitution: string;
  caseName: string;
  caseNumber: string;
  plaintiff: string;
  defendant: string;
  persons: LegalPerson[];
  request: string;
  serviceOfDocuments: boolean;
  recipientAddress?: string | null;
  documentToServe?: string | null;
  attachments: string[];
  language: string;
  hearingOn: string;
  idempotencyKey?: string | null;
}

export async function prepareOutgoingOrder(ctx: UseCaseContext, input: PrepareOutgoingOrderInput) {
  const v = collector();
  if (v.date(input.hearingOn, ['hearingOn'], 'Hearing') && input.hearingOn <= almatyDate(ctx.now())) {
    v.bad(['hearingOn'], 'The hearing must be in the future.', 'input.dateInPast');
  }
  if (!(ORDER_LANGUAGES as readonly string[]).includes(input.language)) v.bad(['language'], 'An order is written in the state language or Russian (004 p.24).', 'legal.orderLanguage');
  v.throwIfAny();
  return inTransaction(ctx, async (tx, audit) => {
    const court = await tx.court.findUnique({ where: { id: input.courtId } });
    if (!court) throw new DomainError('NOT_FOUND', 'Unknown court.', ['input', 'courtId']);
    requireCourtStaff(ctx.viewer, await judicialBodiesOf(tx, ctx.viewer), court.id, ['input', 'courtId']);
    const state = await tx.foreignState.findUnique({ where: { id: input.requestedStateId } });
    if (!state) throw new DomainError('NOT_FOUND', 'Unknown state.', ['input', 'requestedStateId']);
    const treaty = input.treatyId ? await tx.legalAssistanceTreaty.findUnique({ where: { id: input.treatyId }, include: { parties: true } }) : null;
    if (input.treatyId && !treaty) throw new DomainError('NOT_FOUND', 'Unknown treaty.', ['input', 'treatyId']);
    if (treaty && !treaty.parties.some((p) => p.stateId === state.id)) {
      throw new DomainError('INVALID_INPUT', 'The requested state is not a party to this treaty.', ['input', 'treatyId'], { key: 'legal.stateNotParty', rule: 'LA3' });
    }
    // LA3: every item of 004 p.22, each missing one its own user error
    const missing = missingOrderItems({ ...input, requestingCourt: court.nameRu });
    if (missing.length) {
      throw new DomainError(missing.map((m): UserErrorShape => ({
        code: 'INVALID_INPUT', field: ['input', ...m.field], message: `An order must name this (004 p.22 item ${m.item}).`, key: 'legal.orderItemMissing', rule: 'LA3', params: { item: m.item },
      })));
    }
    const cal = await ctx.calendar.get(tx);
    const translation = requiredTranslation(input.language, { stateLanguages: state.languages, treatyAcceptedLanguages: treaty?.acceptedLanguages ?? null });
    const today = almatyDate(ctx.now());
    const number = await nextNumber(tx, `LR-OUT-${today.slice(0, 4)}`);
    const status = createAs(OUTGOING_ORDER, 'PREPARED');
    const latest = latestSendOn(input.hearingOn, cal);
    const order = await tx.outgoingOrder.create({
      data: {
        number, status, courtId: court.id, departmentId: court.departmentId, requestedStateId: state.id, treatyId: treaty?.id ?? null,
        requestedInstitution: input.requestedInstitution.trim(), caseName: input.caseName.trim(), caseNumber: input.caseNumber.trim(),
        plaintiff: input.plaintiff.trim(), defendant: input.defendant.trim(), persons: cleanPersons(input.persons) as never, request: input.request.trim(),
        recipientAddress: input.recipientAddress?.trim() || null, documentToServe: input.documentToServe?.trim() || null,
        attachments: input.attachments.map((a) => a.trim()).filter(Boolean), language: input.language, translationLanguage: translation,
        hearingOn: dbDate(input.hearingOn), latestSendOn: dbDate(latest),
      },
    });
    const tooLate = checkOutgoingSending(today, input.hearingOn, cal);
    await writeStage(tx, ctx, {
      owner: { outgoingOrderId: order.id }, stage: 'outgoing-prepared', status, role: actingRole(ctx.viewer, 'COURT_OFFICER'), dueOn: latest, rule: 'LA3',
      note: `${translation ? `With a certified translation into "${translation}" (004 p.24).` : 'No translation needed (004 p.24).'}${tooLate ? ` Already less than 6 months before the hearing: it cannot be sent (earliest hearing for today: ${tooLate.earliestHearingOn}).` : ''}`,
    });
    await audit({ action: 'legal.outgoing.prepare', entityType: 'OutgoingOrder', entityId: order.id, data: { number, hearingOn: input.hearingOn, latestSendOn: latest, translation } });
    return order;
  }, { idempotency: rowById('prepareOutgoingOrder', input, (tx, id) => tx.outgoingOrder.findUniqueOrThrow({ where: { id } })) });
}
