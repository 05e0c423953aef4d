// Group commit for the Chamber's single assignments. Officials of one chamber assigning at once queue here; one
// transaction serves the whole queue: one chamber lock, one read of the documents and counts, every decision in
// sequence in memory (the same policy, the same chain, so evenness and verification are unchanged), one write,
// one commit. Each request gets its own result (or its own refusal) and its own audit record. Across API
// instances the chamber's row lock still serialises the batches.
import type { DocumentCategory } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import {
  ChamberAssigner,
  checkAssignable,
  requireChamberOfficial,
  type AssignmentResult,
  type PlannedAssignment,
} from './assignment.ts';

interface Pending {
  ctx: UseCaseContext;
  documentId: string;
  resolve(r: AssignmentResult): void;
  reject(e: unknown): void;
}

const MAX_BATCH = 200;
const NOTHING_TO_WRITE = new Error('nothing to write');

export class AssignmentBatcher {
  private readonly queues = new Map<string, Pending[]>();
  private readonly running = new Set<string>();

  /**
   * Queues the request behind its chamber's current batch. An official of one chamber (the usual case) queues
   * there at once, and the batch checks that the document is the chamber's; an official of several chambers
   * first looks up the document's chamber.
   */
  async assign(ctx: UseCaseContext, documentId: string): Promise<AssignmentResult> {
    const chamberId = await chamberToQueueIn(ctx, documentId);
    return new Promise<AssignmentResult>((resolve, reject) => {
      const queue = this.queues.get(chamberId) ?? [];
      queue.push({ ctx, documentId, resolve, reject });
      this.queues.set(chamberId, queue);
      if (!this.running.has(chamberId)) void this.drain(chamberId);
    });
  }

  private async drain(chamberId: string) {
    this.running.add(chamberId);
    try {
      for (;;) {
        const queue = this.queues.get(chamberId) ?? [];
        if (!queue.length) break;
        const batch = queue.splice(0, MAX_BATCH);
        await this.runBatch(chamberId, batch);
      }
    } finally {
      this.running.delete(chamberId);
      if (this.queues.get(chamberId)?.length) void this.drain(chamberId);
    }
  }

  private async runBatch(chamberId: string, batch: Pending[]) {
    const outcomes = new Map<Pending, { ok: AssignmentResult } | { error: unknown }>();
    const lead = batch[0]!.ctx;
    try {
      const committed = await inTransaction(lead, async (tx, audit) => {
        // round trips: the chamber lock (with policy and calendar), the documents (with the debtors' open cases),
        // the counts only when no committed batch of this process left them for the current sequence, the write
        const assigner = await ChamberAssigner.open(tx, lead, audit, chamberId);
        const terms = assigner.proceedingTerms();
        // no FOR UPDATE: a document is assigned, or sent back to the queue, only under the chamber lock we hold
        // (receiving its paper original does not take it, but a stale read of that only refuses the request)
        const docs = await assigner.readDocuments([...new Set(batch.map((p) => p.documentId))], { lock: false });
        await assigner.loadCounts(new Set(docs.map((d) => d.category as DocumentCategory)));
        const byId = new Map(docs.map((d) => [d.id, d]));
        const seen = new Set<string>();
        const plans: [Pending, PlannedAssignment][] = [];
        for (const p of batch) {
          try {
            const doc = byId.get(p.documentId);
            if (!doc) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
            if (doc.regionId !== assigner.state.regionId) throw new DomainError('FORBIDDEN', 'Only officials of this chamber may do this.');
            if (seen.has(doc.id)) throw new DomainError('CONFLICT', 'This document is already assigned.');
            checkAssignable(doc);
            seen.add(doc.id);
            plans.push([p, await assigner.plan({ ...doc, ...terms }, { kind: 'INITIAL', reason: '' }, { actorId: p.ctx.viewer?.id ?? null, requestId: p.ctx.requestId })]);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            outcomes.set(p, { error: e });
          }
        }
        if (!plans.length) throw NOTHING_TO_WRITE; // every request was refused: roll back, change nothing
        const results = await assigner.write(plans.map(([, plan]) => plan));
        plans.forEach(([p], i) => outcomes.set(p, { ok: results[i]! }));
        return assigner;
      });
      committed.publishCounts();
    } catch (e) {
      if (e === NOTHING_TO_WRITE) {
        for (const p of batch) p.reject((outcomes.get(p) as { error: unknown }).error);
        return;
      }
      // the batch's transaction failed as a whole: nothing of it was written; every request gets the error
      for (const p of batch) if (!outcomes.has(p) || 'ok' in outcomes.get(p)!) outcomes.set(p, { error: e });
    }
    for (const p of batch) {
      const o = outcomes.get(p)!;
      if ('ok' in o) p.resolve(o.ok);
      else p.reject(o.error);
    }
  }
}

/** The chamber whose queue a request joins: the official's one chamber, or (several) the document's. */
async function chamberToQueueIn(ctx: UseCaseContext, documentId: string): Promise<string> {
  const chambers = [...new Set(ctx.viewer?.grants.filter((g) => g.role === 'CHAMBER_OFFICIAL' && g.chamberId).map((g) => g.chamberId!))];
  if (!chambers.length) throw new DomainError('FORBIDDEN', 'Only officials of this chamber may do this.');
  if (chambers.length === 1) return chambers[0]!; // the batch refuses a document of another chamber
  const [found] = await ctx.db.prisma.$queryRaw<{ chamberId: string | null }[]>`
    SELECT c."id" AS "chamberId" FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" x ON x."id" = d."districtId" LEFT JOIN "Chamber" c ON c."regionId" = x."regionId"
    WHERE d."id" = ${documentId}`;
  if (!found?.chamberId) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
  requireChamberOfficial(ctx, found.chamberId);
  return found.chamberId;
}
