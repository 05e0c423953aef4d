// The demo's assignment history, decided by the platform's own policy (CH2): a chamber's chain of assignments
// built in memory, event after event, exactly as the API's ChamberAssigner would have built it on those days —
// the same candidates (every member of the chamber in id order, the one leaving or replaced left out), the
// same facts per Almaty day, counts read from the running counters of the policy's window, the seed derived
// from the chain, `decide` of @oryndau/domain, the pool encoded with its roster, the hash chain, and the
// BailiffLoad counters per bucket. Nothing here chooses a bailiff: the seed only decides which documents arrive
// when, and which events (a long leave, a suspended licence, a breach decision) happen; the policy does the rest.
// The proof is packages/db/test/seed.test.ts, which replays every seeded assignment from its stored pool, and
// the API's own verification (`verifyAssignment`, the evenness report's replay).
import {
  almatyDate,
  bucketKeysInWindow,
  decideInChain,
  loadBucketsFor,
  poolRosterId,
  type Candidate,
  type Decision,
  type IsoDate,
  type PolicyConfig,
  type PoolRecord,
} from '@oryndau/domain';

/** A member of the chamber, with the facts the policy reads about them on a given Almaty day. */
export interface HistoryMember {
  id: string;
  /** "Last First Patronymic", as the API names a candidate in the explanation */
  name: string;
  districts: ReadonlySet<string>;
  /** identity numbers of parties the bailiff declared a conflict with */
  conflicts: ReadonlySet<string>;
  facts(day: IsoDate): { licenceValid: boolean; suspended: boolean; absent: boolean; paused: boolean };
}

export interface HistoryDocument {
  id: string;
  districtId: string;
  category: string;
  claimantIdNumber: string;
  debtorIdNumber: string;
}

export type HistoryKind = 'INITIAL' | 'REDISTRIBUTION' | 'REPLACEMENT';

/** One Assignment row, as the API writes it, with the decision it came from. */
export interface HistoryAssignment {
  id: string;
  chamberId: string;
  documentId: string;
  activeDocumentId: string | null;
  bailiffId: string;
  kind: HistoryKind;
  policyId: string;
  pool: PoolRecord;
  rosterId: string;
  seed: string;
  sequence: number;
  previousHash: string;
  hash: string;
  reason: string;
  breachDecisionId: string | null;
  assignedById: string | null;
  assignedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  /** not stored: what the policy decided, the bailiff's name, and the use case's own words (AssignOptions.reason) */
  decision: Decision;
  bailiffName: string;
  context: string;
}

export interface AssignOptions {
  kind: HistoryKind;
  /** the use case's own words before the explanation ('' for an initial assignment) */
  reason: string;
  excludeBailiffId?: string;
  breachDecisionId?: string;
  actorId: string | null;
}

/** A chamber's chain: assignments in sequence order, the running counters, who holds each document now. */
export class ChamberChain {
  readonly assignments: HistoryAssignment[] = [];
  readonly roster: { id: string; members: readonly string[]; position: ReadonlyMap<string, number> };
  headHash = 'genesis';
  sequence = 0;
  private readonly members: HistoryMember[];
  private readonly running = new Map<string, Map<string, number>>();
  private readonly active = new Map<string, HistoryAssignment>();
  private readonly debtorDocuments = new Map<string, Set<string>>();
  private lastAt = 0;

  constructor(
    readonly chamberId: string,
    readonly policyId: string,
    readonly policy: PolicyConfig,
    members: readonly HistoryMember[],
    private readonly newId: () => string,
  ) {
    // the API reads a chamber's members ordered by id; the roster lists them in that order
    this.members = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const ids = this.members.map((m) => m.id);
    this.roster = { id: poolRosterId(ids), members: ids, position: new Map(ids.map((id, i) => [id, i])) };
  }

  /** The assignment in force on a document, if any. */
  activeOn(documentId: string): HistoryAssignment | undefined {
    return this.active.get(documentId);
  }

  /** The documents a bailiff holds now. */
  heldBy(bailiffId: string): string[] {
    return [...this.active.values()].filter((a) => a.bailiffId === bailiffId).map((a) => a.documentId);
  }

  /** Ends the assignment in force on a document (redistribution, replacement): the record keeps it. */
  end(documentId: string, at: Date, reason: string): HistoryAssignment {
    const a = this.active.get(documentId);
    if (!a) throw new Error(`history: document ${documentId} has no assignment in force`);
    a.activeDocumentId = null;
    a.endedAt = at;
    a.endReason = reason;
    this.active.delete(documentId);
    return a;
  }

  /**
   * Decides and records one assignment at `at`, as ChamberAssigner.plan and write do. Returns null when nobody
   * can lawfully take the document (the API leaves it in the queue, or back in it).
   */
  assign(doc: HistoryDocument, at: Date, opts: AssignOptions): HistoryAssignment | null {
    if (at.getTime() < this.lastAt) throw new Error('history: a chamber’s events must come in time order');
    this.lastAt = at.getTime();
    const day = almatyDate(at);
    const keys = bucketKeysInWindow(this.policy, day, doc.category);
    const debtorDocs = this.debtorDocuments.get(doc.debtorIdNumber);
    const withDebtor = new Set<string>();
    if (this.policy.consolidateDebtor) {
      for (const d of debtorDocs ?? []) {
        const holder = this.active.get(d);
        if (holder) withDebtor.add(holder.bailiffId);
      }
    }
    const candidates: Candidate[] = this.members
      .filter((m) => m.id !== opts.excludeBailiffId)
      .map((m) => {
        let count = 0;
        for (const k of keys) count += this.running.get(k)?.get(m.id) ?? 0;
        return {
          bailiffId: m.id,
          name: m.name,
          ...m.facts(day),
          competentForDistrict: m.districts.has(doc.districtId),
          conflictWithParty: m.conflicts.has(doc.claimantIdNumber) || m.conflicts.has(doc.debtorIdNumber),
          expelled: false,
          count,
          weight: 1,
          hasOpenCaseWithDebtor: withDebtor.has(m.id),
        };
      });
    const sequence = this.sequence + 1;
    const previousHash = this.headHash;
    const { seed, decision, chosen } = decideInChain({
      previousHash, sequence, documentId: doc.id, category: doc.category, day, policy: this.policy, roster: this.roster, candidates,
      excluded: opts.excludeBailiffId ? { bailiffId: opts.excludeBailiffId, replaced: opts.kind === 'REPLACEMENT' } : null,
    });
    if (!chosen) return null;
    const { bailiffId, hash, pool } = chosen;
    const a: HistoryAssignment = {
      id: this.newId(),
      chamberId: this.chamberId,
      documentId: doc.id,
      activeDocumentId: doc.id,
      bailiffId,
      kind: opts.kind,
      policyId: this.policyId,
      pool,
      rosterId: this.roster.id,
      seed,
      sequence,
      previousHash,
      hash,
      reason: `${opts.reason} ${decision.explanation}`.trim(),
      breachDecisionId: opts.breachDecisionId ?? null,
      assignedById: opts.actorId,
      assignedAt: at,
      endedAt: null,
      endReason: null,
      decision,
      bailiffName: this.members.find((m) => m.id === bailiffId)!.name,
      context: opts.reason,
    };
    this.assignments.push(a);
    this.active.set(doc.id, a);
    this.headHash = hash;
    this.sequence = sequence;
    for (const b of loadBucketsFor(day, doc.category)) {
      let m = this.running.get(b);
      if (!m) this.running.set(b, (m = new Map()));
      m.set(bailiffId, (m.get(bailiffId) ?? 0) + 1);
    }
    if (debtorDocs) debtorDocs.add(doc.id);
    else this.debtorDocuments.set(doc.debtorIdNumber, new Set([doc.id]));
    return a;
  }

  /**
   * national: hands over the assignments recorded since the last call and lets go of their pools and decisions
   * (a national chain is written as it is built; later decisions read only who holds which document).
   */
  drain(): HistoryAssignment[] {
    const out = this.assignments.splice(0);
    for (const a of out) {
      if (this.active.get(a.documentId) !== a) continue;
      this.active.set(a.documentId, { ...a, pool: { ...a.pool, c: [] }, decision: { ...a.decision, eligible: [], excluded: [] }, reason: '' });
    }
    return out;
  }

  /** The BailiffLoad rows: every bucket's count per bailiff, as the API's writes leave them. */
  loads(): { chamberId: string; bucket: string; bailiffId: string; count: number }[] {
    const out: { chamberId: string; bucket: string; bailiffId: string; count: number }[] = [];
    for (const [bucket, m] of this.running) for (const [bailiffId, count] of m) out.push({ chamberId: this.chamberId, bucket, bailiffId, count });
    return out;
  }
}
