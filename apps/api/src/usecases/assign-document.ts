// CH2: a chamber official appoints a private bailiff to one waiting document, by the chamber's policy. Concurrent
// requests of one chamber share one write (the group commit, assignment-batcher.ts); each gets its own result,
// refusal and audit record.
import { chambersOfficiatedBy, requireChamberOfficial } from '../access.ts';
import { DomainError } from '../errors.ts';
import type { Services } from '../services.ts';
import type { AssignerContext, AssignmentResult } from './chamber-assigner.ts';

export type AssignDocumentContext = AssignerContext & Pick<Services, 'assignments'>;

export async function assignDocument(ctx: AssignDocumentContext, documentId: string): Promise<AssignmentResult> {
  return ctx.assignments.assign(ctx, await chamberToQueueIn(ctx, documentId), documentId);
}

/**
 * The chamber whose queue a request joins: the official's one chamber (the usual case: the batch then checks
 * that the document is the chamber's), or for an official of several chambers the document's, looked up first.
 */
async function chamberToQueueIn(ctx: AssignerContext, documentId: string): Promise<string> {
  const chambers = chambersOfficiatedBy(ctx.viewer);
  if (chambers.length === 1) return chambers[0]!; // the batch refuses a document of another chamber
  const [found] = await ctx.db.prisma.$queryRaw<{ chamberId: string | null }[]>`
    SELECT c."id" AS "chamberId" FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" x ON x."id" = d."districtId" LEFT JOIN "Chamber" c ON c."regionId" = x."regionId"
    WHERE d."id" = ${documentId}`;
  if (!found?.chamberId) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
  requireChamberOfficial(ctx.viewer, found.chamberId);
  return found.chamberId;
}
