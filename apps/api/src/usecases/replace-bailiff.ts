// CH4: a chamber official replaces the bailiff on one case, only on a final, legally effective decision
// confirming that bailiff's breach of duty; the new bailiff is chosen by the policy, the replaced one left out.
import { almatyDate, canReplaceBailiff } from '@oryndau/domain';
import { requireChamberOfficial } from '../access.ts';
import { DomainError } from '../errors.ts';
import { isoDate } from '../dates.ts';
import { ChamberAssigner, type AssignerContext, type AssignmentResult } from './chamber-assigner.ts';
import { inTransaction, type Audit, type Tx } from './transaction.ts';

const DOCUMENT_SELECT = {
  id: true, districtId: true, category: true, claimantIdNumber: true, debtorIdNumber: true, applicationId: true, status: true, routing: true, originalReceivedAt: true,
  district: { select: { region: { select: { chamber: { select: { id: true } } } } } },
} as const;

/** CH4: replace the bailiff on one case, only on a final decision confirming a breach of duty. */
export async function replaceBailiff(ctx: AssignerContext, input: { documentId: string; breachDecisionId: string }): Promise<AssignmentResult> {
  return inTransaction(ctx, (tx, audit) => replace(ctx, tx, audit, input));
}

async function replace(ctx: AssignerContext, tx: Tx, audit: Audit, input: { documentId: string; breachDecisionId: string }): Promise<AssignmentResult> {
  const found = await tx.executiveDocument.findUnique({ where: { id: input.documentId }, select: DOCUMENT_SELECT });
  const chamberId = found?.district.region.chamber?.id;
  if (!found || !chamberId) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
  requireChamberOfficial(ctx.viewer, chamberId);
  const assigner = await ChamberAssigner.open(tx, ctx, audit, chamberId);
  const [doc] = await assigner.readDocuments([input.documentId], { lock: true });
  const current = await tx.assignment.findUnique({ where: { activeDocumentId: input.documentId } });
  if (!current || doc!.status !== 'ASSIGNED') throw new DomainError('INVALID_STATE', 'The document has no bailiff to replace.');
  const breach = await tx.breachDecision.findUnique({ where: { id: input.breachDecisionId } });
  if (!breach) throw new DomainError('NOT_FOUND', 'Unknown breach decision.', ['input', 'breachDecisionId']);
  const effective = isoDate(breach.effectiveOn) <= almatyDate(ctx.now());
  if (!canReplaceBailiff(current.bailiffId, { authority: breach.authority, confirmsBreach: true, legallyEffective: effective, bailiffId: breach.bailiffId })) {
    if (breach.bailiffId !== current.bailiffId) {
      throw new DomainError('INVALID_INPUT', 'The breach decision concerns another bailiff than the one on this case (CH4).', ['input', 'breachDecisionId']);
    }
    throw new DomainError('INVALID_STATE', `The breach decision is not yet legally effective (from ${isoDate(breach.effectiveOn)}); the bailiff stays until then (CH4).`, ['input', 'breachDecisionId']);
  }
  await tx.assignment.update({ where: { id: current.id }, data: { activeDocumentId: null, endedAt: ctx.now(), endReason: `Replaced on breach decision ${breach.number} (CH4)` } });
  return assigner.assign(doc!, { kind: 'REPLACEMENT', reason: `Replacement after breach decision ${breach.number} (CH4).`, excludeBailiffId: current.bailiffId, breachDecisionId: breach.id });
}
