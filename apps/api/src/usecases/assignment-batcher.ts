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
  proceedingTerms,
  requireChamberOfficial,
  type AssignmentResult,
  type DocumentToAssign,
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

  /** Checks the request (viewer, document), then queues it behind the chamber's current batch. */
  async assign(ctx: UseCaseContext, documentId: string): Promise<AssignmentResult> {
    const [found] = await ctx.db.prisma.$queryRaw<{ chamberId: string | null; routing: string; status: string; originalReceivedAt: Date | null }[]>`
      SELECT c."id" AS "chamberId", d."routing"::text AS "routing", d."status"::text AS "status", d."originalReceivedAt"
      FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" x ON x."id" = d."districtId" LEFT JOIN "Chamber" c ON c."regionId" = x."regionId"
      WHERE d."id" = ${documentId}`;
    const chamberId = found?.chamberId;
    if (!found || !chamberId) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
    requireChamberOfficial(ctx, chamberId);
    checkAssignable(found); // lock-free pre-check: a document just taken fails here without queueing
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
      await inTransaction(lead, async (tx, audit) => {
        const terms = await proceedingTerms(tx, lead);
        const assigner = await ChamberAssigner.open(tx, lead, audit, chamberId);
        const ids = [...new Set(batch.map((p) => p.documentId))];
        const docs = await tx.$queryRaw<(DocumentToAssign & { status: string; routing: string; originalReceivedAt: Date | null })[]>`
          SELECT d."id", d."districtId", d."category"::text AS "category", d."claimantIdNumber", d."debtorIdNumber", d."applicationId",
            d."status"::text AS "status", d."routing"::text AS "routing", d."originalReceivedAt",
            EXISTS (SELECT 1 FROM "EnforcementProceeding" p WHERE p."documentId" = d."id") AS "hasProceeding"
          FROM "ExecutiveDocument" d WHERE d."id" = ANY(${ids})`;
        await assigner.loadCounts(new Set(docs.map((d) => d.category as DocumentCategory)));
        await assigner.loadDebtorCases(docs.map((d) => d.debtorIdNumber));
        const byId = new Map(docs.map((d) => [d.id, d]));
        const seen = new Set<string>();
        const plans: [Pending, PlannedAssignment][] = [];
        for (const p of batch) {
          try {
            const doc = byId.get(p.documentId);
            if (!doc) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
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
      });
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
