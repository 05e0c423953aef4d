// LA4 (004 p.18–20): the court decides a petition — recognises the foreign judgment and permits its execution,
// refuses (p.19) or returns it — with its reasons (G1). A late petition is recognised only if the court restores
// the missed period (CPC art. 126): the table refuses RECOGNISED for a late petition whose period was not restored.
import { almatyDate, RECOGNITION_PETITION } from '@oryndau/domain';
import { requireCourtStaff } from '../access.ts';
import { dbDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { actingRole, collector, judicialBodiesOf, writeStage } from './legal-assistance-shared.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export interface DecideRecognitionPetitionInput {
  petitionId: string;
  decision: 'RECOGNISED' | 'REFUSED' | 'RETURNED';
  /** for a late petition: whether the court restores the missed period */
  restorePeriod?: boolean | null;
  decisionNumber: string;
  reason: string;
}

export async function decideRecognitionPetition(ctx: UseCaseContext, input: DecideRecognitionPetitionInput) {
  const v = collector();
  v.text(input.decisionNumber, ['decisionNumber'], 'Decision number', 100);
  v.text(input.reason, ['reason'], 'Reasons', 4000);
  v.throwIfAny();
  return inTransaction(ctx, async (tx, audit) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "RecognitionPetition" WHERE "id" = ${input.petitionId} FOR UPDATE`;
    if (!locked.length) throw new DomainError('NOT_FOUND', 'Unknown petition.', ['input', 'petitionId']);
    const p = await tx.recognitionPetition.findUniqueOrThrow({ where: { id: input.petitionId } });
    requireCourtStaff(ctx.viewer, await judicialBodiesOf(tx, ctx.viewer), p.courtId, ['input', 'petitionId']);
    if (p.late && input.restorePeriod == null) {
      throw new DomainError('INVALID_INPUT', 'The petition was filed after the 3 years: decide whether the period is restored (LA4).', ['input', 'restorePeriod'], { key: 'legal.restorationDecisionRequired', rule: 'LA4' });
    }
    const periodRestored = p.late ? !!input.restorePeriod : null;
    const status = moveTo(RECOGNITION_PETITION, p.status, input.decision, { late: p.late, periodRestored: !!periodRestored }, ['input', 'decision']);
    const updated = await tx.recognitionPetition.update({
      where: { id: p.id },
      data: { status, periodRestored, decidedOn: dbDate(almatyDate(ctx.now())), decisionNumber: input.decisionNumber.trim(), decisionReason: input.reason.trim() },
    });
    await writeStage(tx, ctx, {
      owner: { petitionId: p.id }, stage: input.decision === 'RECOGNISED' ? 'petition-recognised' : input.decision === 'REFUSED' ? 'petition-refused' : 'petition-returned',
      status, role: actingRole(ctx.viewer, 'COURT_OFFICER'), rule: 'LA4',
      note: `${input.decisionNumber.trim()}${p.late ? (periodRestored ? ' — the missed period restored' : ' — the missed period not restored') : ''}: ${input.reason.trim()}`,
    });
    await audit({ action: 'legal.petition.decide', entityType: 'RecognitionPetition', entityId: p.id, data: { decision: input.decision, periodRestored } });
    return updated;
  });
}
