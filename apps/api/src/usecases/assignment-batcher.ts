// Group commit for the Chamber's single assignments. Officials of one chamber assigning at once queue here; one
// write serves the whole queue: one read of the chamber and the documents, every decision in sequence in memory
// (the same policy, the same chain, so evenness and verification are unchanged), one statement writing them all.
// Each request gets its own result (or its own refusal) and its own audit record.
//
// The batch is optimistic (ChamberAssigner.snapshot): two round trips, no transaction held open between them;
// the write applies only if the chamber's chain and facts are still those read, so a batch that lost a race
// with another API instance (or with assignAllWaiting, a redistribution, a change of facts) writes nothing and
// plans again under the chamber's row lock, as every other assignment does, where it cannot lose. A chamber
// where a race was lost is assigned under the lock for a second: another instance is busy there too, and
// taking turns wastes less than racing (measured with ORYNDAU_API_WORKERS=2).
import type { DocumentCategory } from '@oryndau/db';
import { requireDocumentOfChamber } from '../access.ts';
import { DomainError } from '../errors.ts';
import { inTransaction, statementAudit } from './transaction.ts';
import { StaleSnapshot, type LockedDocument } from './assignment-reads.ts';
import { assignmentActor, ChamberAssigner, checkAssignable, type AssignerContext, type AssignmentResult, type PlannedAssignment } from './chamber-assigner.ts';

interface Pending {
  ctx: AssignerContext;
  documentId: string;
  resolve(r: AssignmentResult): void;
  reject(e: unknown): void;
}

type Outcome = { ok: AssignmentResult } | { error: unknown };

const MAX_BATCH = 200;
/** how long a chamber where a race was lost is assigned under the lock */
const CONTENDED_MS = 1_000;
const NOTHING_TO_WRITE = new Error('nothing to write');

export class AssignmentBatcher {
  private readonly queues = new Map<string, Pending[]>();
  private readonly running = new Set<string>();
  /** batches written optimistically, races lost, batches written under the lock (for the benchmark and tests) */
  readonly stats = { optimistic: 0, stale: 0, locked: 0 };
  /** chambers where an optimistic batch lost a race lately, until when they are assigned under the lock */
  private readonly contendedUntil = new Map<string, number>();

  /**
   * Queues the request behind its chamber's current batch (assign-document.ts chose the chamber); the batch
   * checks that the document is the chamber's.
   */
  assign(ctx: AssignerContext, chamberId: string, documentId: string): Promise<AssignmentResult> {
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
        const outcomes = await this.runBatch(chamberId, batch);
        for (const p of batch) {
          const o = outcomes.get(p)!;
          if ('ok' in o) p.resolve(o.ok);
          else p.reject(o.error);
        }
      }
    } finally {
      this.running.delete(chamberId);
      if (this.queues.get(chamberId)?.length) void this.drain(chamberId);
    }
  }

  private async runBatch(chamberId: string, batch: Pending[]): Promise<Map<Pending, Outcome>> {
    const lead = batch[0]!.ctx;
    const ids = [...new Set(batch.map((p) => p.documentId))];
    // a chamber another instance is assigning in too: optimistic batches would keep losing races, so take turns
    // under the lock for a while
    if ((this.contendedUntil.get(chamberId) ?? 0) > Date.now()) return this.runLocked(chamberId, batch, ids);
    try {
      const { assigner, docs } = await ChamberAssigner.snapshot(lead.db.prisma, lead, statementAudit(lead), chamberId, ids);
      const { plans, outcomes } = await planBatch(assigner, docs, batch);
      if (plans.length) {
        const results = await assigner.write(plans.map(([, plan]) => plan), { guardFacts: true });
        plans.forEach(([p], i) => outcomes.set(p, { ok: results[i]! }));
        assigner.publishCounts(); // the statement has committed
      }
      this.stats.optimistic++;
      return outcomes;
    } catch (e) {
      if (!(e instanceof StaleSnapshot)) return failAll(batch, e);
      // lost a race: nothing was written; plan again under the lock, which cannot lose
      this.stats.stale++;
      this.contendedUntil.set(chamberId, Date.now() + CONTENDED_MS);
      return this.runLocked(chamberId, batch, ids);
    }
  }

  /** The batch under the chamber's row lock, in one transaction: it cannot lose a race. */
  private async runLocked(chamberId: string, batch: Pending[], ids: string[]): Promise<Map<Pending, Outcome>> {
    const lead = batch[0]!.ctx;
    let outcomes = new Map<Pending, Outcome>();
    try {
      const committed = await inTransaction(lead, async (tx, audit) => {
        const assigner = await ChamberAssigner.open(tx, lead, audit, chamberId);
        // no FOR UPDATE: a document is assigned, or sent back to the queue, only by a write that advances the
        // chamber's chain, which the lock we hold excludes
        const docs = await assigner.readDocuments(ids, { lock: false });
        const planned = await planBatch(assigner, docs, batch);
        outcomes = planned.outcomes;
        if (!planned.plans.length) throw NOTHING_TO_WRITE; // every request was refused: roll back, change nothing
        const results = await assigner.write(planned.plans.map(([, plan]) => plan));
        planned.plans.forEach(([p], i) => outcomes.set(p, { ok: results[i]! }));
        return assigner;
      });
      committed.publishCounts();
      this.stats.locked++;
      return outcomes;
    } catch (e) {
      if (e === NOTHING_TO_WRITE) return outcomes;
      return failAll(batch, e);
    }
  }
}

/** Checks and decides every request of the batch in order, in memory; a refused request gets its own error. */
async function planBatch(assigner: ChamberAssigner, docs: LockedDocument[], batch: Pending[]) {
  const terms = assigner.proceedingTerms();
  await assigner.loadCounts(new Set(docs.map((d) => d.category as DocumentCategory)));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const outcomes = new Map<Pending, Outcome>();
  const plans: [Pending, PlannedAssignment][] = [];
  for (const p of batch) {
    try {
      const doc = byId.get(p.documentId);
      if (!doc) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
      requireDocumentOfChamber(doc, assigner.state);
      if (seen.has(doc.id)) throw new DomainError('CONFLICT', 'This document is already assigned.');
      checkAssignable(doc);
      seen.add(doc.id);
      plans.push([p, await assigner.plan({ ...doc, ...terms }, { kind: 'INITIAL', reason: '' }, assignmentActor(p.ctx))]);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      outcomes.set(p, { error: e });
    }
  }
  return { plans, outcomes };
}

/** The batch's write failed as a whole: nothing of it was written; every request gets the error. */
function failAll(batch: Pending[], e: unknown): Map<Pending, Outcome> {
  return new Map(batch.map((p) => [p, { error: e }]));
}
