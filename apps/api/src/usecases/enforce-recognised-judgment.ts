// LA4, CH1, CH2: a recognised foreign judgment enters enforcement like any executive document — through the same
// intake (usecases/enforcement-intake.ts: registration T3, routing CH1, the Chamber's queue awaiting the paper
// original CH3, then the even assignment CH2) — as an executive document of its own kind, FOREIGN_JUDGMENT. The
// petitioner presents it on the portal for the district where it is to be enforced; the executive document is the
// Kazakh court's decision recognising it (its court, number and date); the petition moves to IN_ENFORCEMENT in the
// same transaction.
import { RECOGNITION_PETITION } from '@oryndau/domain';
import { isoDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { submitEnforcementApplication } from './enforcement-intake.ts';
import { actingRole, writeStage } from './legal-assistance-shared.ts';
import type { UseCaseContext } from './transaction.ts';

export interface EnforceRecognisedJudgmentInput {
  petitionId: string;
  districtId: string;
  byRepresentative?: boolean | null;
  idempotencyKey?: string | null;
}

export async function enforceRecognisedJudgment(ctx: UseCaseContext, input: EnforceRecognisedJudgmentInput) {
  const viewer = ctx.viewer;
  if (!viewer) throw new DomainError('FORBIDDEN', 'Sign in first.');
  const p = await ctx.db.prisma.recognitionPetition.findUnique({ where: { id: input.petitionId }, include: { court: true } });
  if (!p || p.applicantId !== viewer.id) throw new DomainError('NOT_FOUND', 'Unknown petition.', ['input', 'petitionId']);
  if (p.status !== 'RECOGNISED' || !p.decidedOn || !p.decisionNumber) {
    // the table names what is allowed; a petition not (yet) recognised has nothing to enforce
    moveTo(RECOGNITION_PETITION, p.status, 'IN_ENFORCEMENT', undefined, ['input', 'petitionId']);
    throw new DomainError('INVALID_STATE', 'Only a recognised judgment enters enforcement (LA4).', ['input', 'petitionId'], { key: 'legal.notRecognised', rule: 'LA4' });
  }
  const result = await submitEnforcementApplication(
    ctx,
    {
      channel: 'PORTAL',
      claimant: { name: p.petitionerName, idNumber: p.petitionerIdNumber, address: p.petitionerAddress },
      debtor: { name: p.debtorName, idNumber: p.debtorIdNumber, address: p.debtorAddress },
      executiveDocument: {
        court: p.court.nameRu,
        caseNumber: p.decisionNumber,
        issuedOn: isoDate(p.decidedOn),
        category: p.category as 'PRIVATE_CLAIM' | 'ALIMONY' | 'NON_PROPERTY',
        amountTenge: p.amountTenge == null ? null : Number(p.amountTenge),
        districtId: input.districtId,
      },
      requestsWrit: false,
      byRepresentative: !!input.byRepresentative,
      documents: ['EXECUTIVE_DOCUMENT', ...(input.byRepresentative ? (['POWER_OF_ATTORNEY'] as const) : [])],
      idempotencyKey: input.idempotencyKey,
    },
    {
      documentKind: 'FOREIGN_JUDGMENT',
      mutation: 'enforceRecognisedJudgment',
      async within(tx, audit, r) {
        if (!r.document) throw new DomainError('INVALID_STATE', 'The executive document was not registered.', ['input', 'petitionId']);
        const locked = await tx.$queryRaw<{ status: string }[]>`SELECT "status" FROM "RecognitionPetition" WHERE "id" = ${p.id} FOR UPDATE`;
        const status = moveTo(RECOGNITION_PETITION, locked[0]!.status as 'RECOGNISED', 'IN_ENFORCEMENT', undefined, ['input', 'petitionId']);
        await tx.recognitionPetition.update({ where: { id: p.id }, data: { status, executiveDocumentId: r.document.id } });
        await writeStage(tx, ctx, { owner: { petitionId: p.id }, stage: 'petition-in-enforcement', status, role: actingRole(viewer, 'APPLICANT'), rule: 'LA4', note: 'Presented for enforcement; routed like any executive document (CH1).' });
        await audit({ action: 'legal.petition.enforce', entityType: 'RecognitionPetition', entityId: p.id, data: { applicationId: r.application.id, documentId: r.document.id } });
      },
    },
  );
  return { ...result, petitionId: p.id };
}
