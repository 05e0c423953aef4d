// The Chamber's assignment engine (CH1–CH4, Rules No. 652), provably even: ChamberAssigner reads a chamber
// (assignment-reads.ts), plans each assignment in memory, and writes a batch in one statement with what it causes
// (assignment-effects.ts). The use cases (assign-document, assign-all-waiting, redistribute-open-cases,
// replace-bailiff) and the group commit (assignment-batcher.ts) drive it.
//
// Concurrency: the assignments of one chamber are serialised by its chain — every write advances the
// chamber's sequence and applies only at the sequence its decisions read (`write`) — so the counts a decision
// reads are the counts at that moment, never stale, while chambers proceed in parallel. Assign-all,
// redistribution and replacement take the Chamber row's lock (SELECT … FOR UPDATE) first; the group commit of
// single assignments reads without it and writes in one guarded statement (`snapshot`), falling back to the
// lock when it loses a race. Lock order is always Chamber, then documents.
// Provability: each assignment stores the pool of candidates with the facts and counts the policy saw, the
// policy and its version, the seed and the hash chain; `verifyAssignment` recomputes it from those alone.
// The seed is derived from the previous assignment's hash and the document, so nobody chooses the draw.
import { almatyDate, bucketKeysInWindow, decideInChain, type Candidate, type Decision } from '@oryndau/domain';
import { Prisma, type ApplicationStageKind, type Assignment, type AssignmentKind, type DocumentCategory, type Role } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { bucketsFor, rosterOf, type StoredPool } from './assignment-pool.ts';
import { currentFacts, type AssignmentCache } from './assignment-cache.ts';
import { assignmentEffects, EFFECT_COLUMNS, effectsOf, proceedingTerms } from './assignment-effects.ts';
import { newId } from './numbers.ts';
import { actingRole } from './stages.ts';
import {
  chamberStateOf,
  chamberStateSelect,
  documentsSelect,
  loadCounts,
  lockChamber,
  StaleSnapshot,
  type BailiffFacts,
  type ChamberState,
  type ChamberStateRow,
  type DocumentRow,
  type DocumentToAssign,
  type LockedDocument,
} from './assignment-reads.ts';
import type { Audit, Tx, UseCaseContext } from './transaction.ts';

/** What the engine needs of the services: the cache of this API instance beside what every use case has. */
export type AssignerContext = UseCaseContext & { assignmentCache: AssignmentCache };

export interface AssignOptions {
  kind: AssignmentKind;
  reason: string;
  /** a bailiff left out of the pool: the one replaced (CH4) or whose cases are redistributed */
  excludeBailiffId?: string;
  breachDecisionId?: string;
}

export interface AssignmentResult {
  assignmentId: string;
  bailiffId: string;
  bailiffName: string;
  decision: Decision;
  /** the Assignment row as written */
  row: Assignment;
}

/** What the write needs to know about the document beyond DocumentToAssign. */
export interface AssignTarget extends DocumentToAssign {
  /** INITIAL: the proceeding is opened now; otherwise it exists and changes bailiff */
  proceedingDueOn?: string;
  proceedingRegisteredAt?: Date;
}

/**
 * The one routine behind every assignment (single, all waiting, redistribution, replacement). The caller holds
 * the chamber lock (`lockChamber`) and has checked the document's state; `state` is advanced in place.
 * Writes are one statement: the assignment, the counters, the chain head, and the document's consequences.
 */
export class ChamberAssigner {
  private counts = new Map<string, Map<string, number>>();

  constructor(
    private readonly tx: Tx,
    private readonly ctx: AssignerContext,
    private readonly audit: Audit,
    readonly state: ChamberState,
    readonly day: string,
    private readonly facts: BailiffFacts[],
  ) {}

  /** The chamber's members in pool order, for these facts: stored once, referenced by every pool. */
  private get roster() {
    let roster = this.ctx.assignmentCache.rosters.get(this.facts);
    if (!roster) {
      const members = this.facts.map((f) => f.id);
      roster = { ...rosterOf(members), position: new Map(members.map((id, i) => [id, i])) };
      this.ctx.assignmentCache.rosters.set(this.facts, roster);
    }
    return roster;
  }

  /** Takes the chamber lock and the facts current under it. */
  static async open(tx: Tx, ctx: AssignerContext, audit: Audit, chamberId: string) {
    const day = almatyDate(ctx.now());
    const state = await lockChamber(tx, chamberId);
    const assigner = new ChamberAssigner(tx, ctx, audit, state, day, await currentFacts(tx, ctx.assignmentCache, state, day));
    assigner.takeCachedCounts();
    return assigner;
  }

  /** The counts this instance kept for the chamber, when they are for the sequence and facts read now. */
  private takeCachedCounts() {
    const cached = this.ctx.assignmentCache.counts.get(this.state.id);
    if (cached && cached.sequence === this.state.sequence && cached.day === this.day && cached.policyId === this.state.policyId) {
      // copies: this batch advances its own counts, and may still be rolled back or refused
      for (const [key, counts] of cached.counts) this.counts.set(key, new Map(counts));
    }
  }

  /**
   * After the transaction committed: the counts as this assigner advanced them are the chamber's counts at its
   * new sequence. Never call it before the commit (a rolled-back batch must leave no trace).
   */
  publishCounts() {
    this.ctx.assignmentCache.storedRosters.add(this.roster.id);
    this.ctx.assignmentCache.counts.set(this.state.id, { sequence: this.state.sequence, day: this.day, policyId: this.state.policyId, counts: this.counts });
  }

  /**
   * E4 terms for the proceedings opened now: registered on the day the bailiff receives the document (on
   * provider hours: an assignment at 19:00 counts from the next working day), decided within 3 working days.
   */
  proceedingTerms() {
    const terms = proceedingTerms(this.ctx.now(), this.ctx.calendar.fromCorrections(this.state.corrections));
    return { proceedingRegisteredAt: terms.registeredAt, proceedingDueOn: terms.dueOn };
  }

  /**
   * The documents about to be assigned, in one statement after the lock: their state, whether a proceeding
   * exists, and (consolidation) the bailiffs of this chamber with an open case against each debtor.
   * `lock`: FOR UPDATE as well (redistribution and replacement change documents that are already assigned).
   */
  async readDocuments(ids: string[], { lock }: { lock: boolean }): Promise<LockedDocument[]> {
    if (!ids.length) return [];
    const rows = await this.tx.$queryRaw<DocumentRow[]>`${documentsSelect(this.state.id, ids, this.state.policy.consolidateDebtor)} ${lock ? Prisma.sql`FOR UPDATE OF d` : Prisma.empty}`;
    return this.absorbDocuments(rows);
  }

  /** Keeps the debtors' open cases of the documents read (consolidation), and returns the documents. */
  private absorbDocuments(rows: DocumentRow[]): LockedDocument[] {
    for (const r of rows) {
      if (!this.state.policy.consolidateDebtor) continue;
      const set = this.debtorCases.get(r.debtorIdNumber) ?? new Set<string>();
      for (const b of r.debtorBailiffs ?? []) set.add(b);
      this.debtorCases.set(r.debtorIdNumber, set);
    }
    return rows.map(({ debtorBailiffs: _d, ...doc }) => doc);
  }

  /**
   * Group commit without holding a lock (optimistic): ONE statement reads the chamber's state (chain head,
   * policy, calendar, facts version) and the documents, all in one snapshot; the decisions are made in memory;
   * then ONE statement writes them, only if the chamber is still where it was read (`write` with
   * `guardFacts`: same sequence, same facts version; checked on the row's latest version, after any concurrent
   * writer committed). Two round trips and no transaction left open across them. When another writer got there
   * first the write changes nothing (StaleSnapshot) and the caller plans again under the chamber lock.
   */
  static async snapshot(db: Tx, ctx: AssignerContext, audit: Audit, chamberId: string, ids: string[]) {
    const day = almatyDate(ctx.now());
    const rows = await db.$queryRaw<(ChamberStateRow & { docs: (Omit<DocumentRow, 'originalReceivedAt'> & { originalReceivedAt: string | null })[] | null })[]>`
      SELECT s.*, (SELECT json_agg(docs) FROM (${documentsSelect(chamberId, ids, Prisma.sql`coalesce((s."policy"->>'consolidateDebtor')::boolean, false)`)}) docs) AS "docs"
      FROM (${chamberStateSelect(chamberId)}) s`;
    const state = chamberStateOf(rows[0]);
    const assigner = new ChamberAssigner(db, ctx, audit, state, day, await currentFacts(db, ctx.assignmentCache, state, day));
    assigner.takeCachedCounts();
    const docs = assigner.absorbDocuments(
      (rows[0]!.docs ?? []).map((d) => ({ ...d, originalReceivedAt: d.originalReceivedAt ? new Date(d.originalReceivedAt) : null })),
    );
    return { assigner, docs };
  }

  /** Reads the counts (under the lock) for the categories about to be assigned. */
  async loadCounts(categories: Iterable<DocumentCategory>) {
    for (const c of categories) await this.countsFor(c);
  }

  /** counts in the policy's window for a category, cached for the transaction and advanced by each assignment */
  private async countsFor(category: DocumentCategory) {
    const key = this.state.policy.perCategory ? category : '*';
    let c = this.counts.get(key);
    if (!c) {
      c = await loadCounts(this.tx, this.state, bucketKeysInWindow(this.state.policy, this.day, category));
      this.counts.set(key, c);
    }
    return c;
  }

  /**
   * Consolidation (policy.consolidateDebtor): the bailiffs of the chamber with an open case against each debtor,
   * read with the documents (`readDocuments`) and kept up to date by the batch's own plans.
   */
  private debtorCases = new Map<string, Set<string>>();

  async candidatesFor(doc: DocumentToAssign, excludeBailiffId?: string): Promise<{ candidates: Candidate[]; names: Map<string, string> }> {
    const counts = await this.countsFor(doc.category);
    const openWithDebtor = this.debtorCases.get(doc.debtorIdNumber);
    if (this.state.policy.consolidateDebtor && !openWithDebtor) throw new Error('Read a document with readDocuments before planning its assignment.');
    const names = new Map<string, string>();
    const candidates = this.facts
      .filter((f) => f.id !== excludeBailiffId)
      .map((f): Candidate => {
        names.set(f.id, f.name);
        return {
          bailiffId: f.id,
          name: f.name, // for the explanation only; the stored pool keeps ids
          licenceValid: f.licenceValid,
          suspended: f.suspended,
          absent: f.absent,
          paused: f.paused,
          competentForDistrict: f.districts.has(doc.districtId),
          conflictWithParty: f.conflicts.has(doc.claimantIdNumber) || f.conflicts.has(doc.debtorIdNumber),
          expelled: false,
          count: counts.get(f.id) ?? 0,
          weight: f.weight,
          hasOpenCaseWithDebtor: !!openWithDebtor?.has(f.id),
        };
      });
    return { candidates, names };
  }

  /** Decides one assignment in memory and advances the chain and counts; nothing is written yet. */
  async plan(doc: AssignTarget, opts: AssignOptions, actor: PlannedAssignment['actor'] = this.actor()): Promise<PlannedAssignment> {
    const { candidates, names } = await this.candidatesFor(doc, opts.excludeBailiffId);
    const sequence = this.state.sequence + 1;
    const previousHash = this.state.headHash;
    const { seed, decision, chosen } = decideInChain({
      previousHash, sequence, documentId: doc.id, category: doc.category, day: this.day, policy: this.state.policy, roster: this.roster, candidates,
      excluded: opts.excludeBailiffId ? { bailiffId: opts.excludeBailiffId, replaced: opts.kind === 'REPLACEMENT' } : null,
    });
    if (!chosen) {
      throw new DomainError('NO_ELIGIBLE_BAILIFF', `No private bailiff of ${this.state.name} can lawfully take this document now: ${decision.explanation}`);
    }
    const { bailiffId, hash } = chosen;
    const pool = chosen.pool as StoredPool;
    const bailiffName = names.get(bailiffId) ?? bailiffId;
    for (const [key, cached] of this.counts) {
      if (key === '*' || key === doc.category) cached.set(bailiffId, (cached.get(bailiffId) ?? 0) + 1);
    }
    this.debtorCases.get(doc.debtorIdNumber)?.add(bailiffId);
    this.state.headHash = hash;
    this.state.sequence = sequence;
    const initial = opts.kind === 'INITIAL';
    return {
      id: newId(),
      doc,
      kind: opts.kind,
      bailiffId,
      bailiffName,
      decision,
      pool,
      seed,
      sequence,
      previousHash,
      hash,
      reason: `${opts.reason} ${decision.explanation}`.trim(),
      breachDecisionId: opts.breachDecisionId ?? null,
      actor,
      stage: initial ? 'BAILIFF_ASSIGNED' : opts.kind === 'REPLACEMENT' ? 'BAILIFF_REPLACED' : 'BAILIFF_REASSIGNED',
      stageNote: initial
        ? `Private bailiff ${bailiffName} appointed by the Chamber. ${decision.explanation}`
        : opts.kind === 'REPLACEMENT'
          ? `Bailiff replaced by ${bailiffName} after a final decision confirming a breach of duty (CH4).`
          : `Case redistributed to ${bailiffName}: ${opts.reason}`,
    };
  }

  private actor() {
    return assignmentActor(this.ctx);
  }

  /**
   * Writes planned assignments in one statement: the assignments, the counters, the chain head, and each
   * document's consequences (status, the proceeding opened or moved, the application's stage), with one audit
   * record each. PostgreSQL runs the data-modifying CTEs of one statement together, atomically.
   */
  async write(plans: PlannedAssignment[], { guardFacts = false }: { guardFacts?: boolean } = {}): Promise<AssignmentResult[]> {
    if (!plans.length) return [];
    // the chain position the plans were made at: the statement writes nothing unless the chamber is still there
    // (and, for a snapshot read without the lock, still on the same facts)
    const fromSequence = plans[0]!.sequence - 1;
    const now = this.ctx.now();
    // what each assignment causes: its document off the queue, its proceeding opened or moved, its application's stage
    const effects = effectsOf(plans, now, this.day);
    const rows = plans.map((p, i) => ({
      id: p.id,
      documentId: p.doc.id,
      bailiffId: p.bailiffId,
      kind: p.kind,
      pool: p.pool,
      seed: p.seed,
      sequence: p.sequence,
      previousHash: p.previousHash,
      hash: p.hash,
      reason: p.reason,
      breachDecisionId: p.breachDecisionId,
      assignedById: p.actor.actorId,
      ...effects.rows[i]!,
    }));
    const loads = new Map<string, { bucket: string; bailiffId: string; n: number }>();
    for (const p of plans) {
      for (const bucket of bucketsFor(this.day, p.doc.category)) {
        const key = `${bucket}|${p.bailiffId}`;
        const l = loads.get(key) ?? { bucket, bailiffId: p.bailiffId, n: 0 };
        l.n++;
        loads.set(key, l);
      }
    }
    const last = plans[plans.length - 1]!;
    const auditRows = this.audit.inline(
      Prisma.sql`EXISTS (SELECT 1 FROM head)`,
      plans.map((p) => ({
        action: `assignment.${p.kind.toLowerCase()}`,
        entityType: 'Assignment',
        entityId: p.id,
        data: { documentId: p.doc.id, bailiffId: p.bailiffId, sequence: p.sequence, hash: p.hash, rule: p.decision.rule, tiedCount: p.decision.tied.length, drawIndex: p.decision.drawIndex },
        actorId: p.actor.actorId,
        requestId: p.actor.requestId,
      })),
    );
    // the roster's members travel only until a committed batch has stored them
    const roster = this.roster;
    const rosterMembers = this.ctx.assignmentCache.storedRosters.has(roster.id) ? null : JSON.stringify(roster.members);
    const [written] = await this.tx.$queryRaw<{ applied: boolean }[]>`
      WITH
      head AS (
        UPDATE "Chamber" SET "headHash" = ${last.hash}, "sequence" = ${last.sequence}
        WHERE "id" = ${this.state.id} AND "sequence" = ${fromSequence} AND (NOT ${guardFacts} OR "factsVersion" = ${this.state.factsVersion})
        RETURNING 1),
      x AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
          "id" text, "documentId" text, "bailiffId" text, "kind" text, "pool" jsonb, "seed" text, "sequence" int, "previousHash" text, "hash" text,
          "reason" text, "breachDecisionId" text, "assignedById" text,
          ${EFFECT_COLUMNS})
        WHERE EXISTS (SELECT 1 FROM head)),
      asg AS (
        INSERT INTO "Assignment" ("id", "chamberId", "documentId", "activeDocumentId", "bailiffId", "kind", "policyId", "pool", "rosterId", "seed", "sequence", "previousHash", "hash", "reason", "breachDecisionId", "assignedById", "assignedAt")
        SELECT x."id", ${this.state.id}, x."documentId", x."documentId", x."bailiffId", x."kind"::"AssignmentKind", ${this.state.policyId}, x."pool", ${roster.id}, x."seed", x."sequence",
               x."previousHash", x."hash", x."reason", x."breachDecisionId", x."assignedById", ${now}
        FROM x RETURNING 1),
      ros AS (
        INSERT INTO "AssignmentRoster" ("id", "chamberId", "members") SELECT ${roster.id}, ${this.state.id}, ${rosterMembers}::jsonb
        WHERE ${rosterMembers}::text IS NOT NULL AND EXISTS (SELECT 1 FROM head)
        ON CONFLICT ("id") DO NOTHING),
      loads AS (
        INSERT INTO "BailiffLoad" ("chamberId", "bucket", "bailiffId", "count")
        SELECT ${this.state.id}, l."bucket", l."bailiffId", l."n" FROM jsonb_to_recordset(${JSON.stringify([...loads.values()])}::jsonb) AS l("bucket" text, "bailiffId" text, "n" int)
        WHERE EXISTS (SELECT 1 FROM head)
        ON CONFLICT ("chamberId", "bucket", "bailiffId") DO UPDATE SET "count" = "BailiffLoad"."count" + EXCLUDED."count"),
      ${assignmentEffects({ regionCode: this.state.regionCode, year: effects.year, opened: effects.opened, now })},
      aud AS (${auditRows})
      SELECT EXISTS (SELECT 1 FROM head) AS "applied"`;
    if (!written?.applied) throw new StaleSnapshot();
    return plans.map((p) => ({
      assignmentId: p.id,
      bailiffId: p.bailiffId,
      bailiffName: p.bailiffName,
      decision: p.decision,
      // the row as written: the payload resolves from it without reading it back
      row: {
        id: p.id, chamberId: this.state.id, documentId: p.doc.id, activeDocumentId: p.doc.id, bailiffId: p.bailiffId, kind: p.kind, policyId: this.state.policyId,
        pool: p.pool as unknown as Assignment['pool'], rosterId: roster.id, seed: p.seed, sequence: p.sequence, previousHash: p.previousHash, hash: p.hash, reason: p.reason,
        breachDecisionId: p.breachDecisionId, assignedById: p.actor.actorId, assignedAt: now, endedAt: null, endReason: null,
      },
    }));
  }

  /** Plans and writes one assignment. */
  async assign(doc: AssignTarget, opts: AssignOptions): Promise<AssignmentResult> {
    const [result] = await this.write([await this.plan(doc, opts)]);
    return result!;
  }
}

export interface PlannedAssignment {
  id: string;
  doc: AssignTarget;
  kind: AssignmentKind;
  bailiffId: string;
  bailiffName: string;
  decision: Decision;
  pool: StoredPool;
  seed: string;
  sequence: number;
  previousHash: string;
  hash: string;
  reason: string;
  breachDecisionId: string | null;
  actor: { actorId: string | null; actorRole: Role | null; requestId: string };
  stage: ApplicationStageKind;
  stageNote: string;
}

/** Who assigns: the viewer (null for the platform: the scheduler) and the role they act in (G2). */
export function assignmentActor(ctx: Pick<UseCaseContext, 'viewer' | 'requestId'>): PlannedAssignment['actor'] {
  return { actorId: ctx.viewer?.id ?? null, actorRole: actingRole(ctx.viewer, ['CHAMBER_OFFICIAL', 'LICENSING_OFFICER']), requestId: ctx.requestId };
}


/** The document can be assigned now (CH1, CH3), or the reason it cannot. */
export function checkAssignable(doc: { routing: string; status: string; originalReceivedAt: Date | null }) {
  if (doc.routing !== 'CHAMBER') throw new DomainError('INVALID_STATE', 'This document is enforced by a state bailiff, not assigned by the Chamber (CH1).');
  if (doc.status === 'AWAITING_ORIGINAL' || !doc.originalReceivedAt) throw new DomainError('INVALID_STATE', 'The original paper decision has not been handed to the Chamber yet (CH3).');
  if (doc.status === 'ASSIGNED') throw new DomainError('CONFLICT', 'This document is already assigned.');
  if (doc.status !== 'AWAITING_ASSIGNMENT') throw new DomainError('INVALID_STATE', `A document in status ${doc.status} cannot be assigned.`);
}
