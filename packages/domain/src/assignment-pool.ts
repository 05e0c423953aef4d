// CH2: how an assignment's pool is stored (Assignment.pool), as pure functions: the roster of a chamber's members
// named by the sha256 of its member list, each candidate as [count, weight, flags] at its roster position, and
// the counting buckets an assignment adds to. Shared by everything that writes assignments (the API's
// ChamberAssigner, the demo seed's history), so that what they store is the same thing, byte for byte.
// (apps/api/src/usecases/assignment-pool.ts adds what only the API's audit needs: pools written before rosters.)
import { sha256Hex } from '#sha256';
import { assignmentHash, assignmentSeed, bucketKey, decide, type Candidate, type Decision, type PolicyConfig } from './assignment.ts';

/** The bits of a stored candidate's flags. */
export const POOL_FLAGS = {
  licenceInvalid: 1,
  suspended: 2,
  absent: 4,
  paused: 8,
  notCompetent: 16,
  conflict: 32,
  expelled: 64,
  openCaseWithDebtor: 128,
} as const;

/** A candidate at its roster position: the id is the roster's. */
export type PoolEntry = [count: number, weight: number, flags: number];

/** An assignment's stored pool (the JSON of Assignment.pool). */
export interface PoolRecord {
  /** the Almaty date the facts were read for */
  day: string;
  category: string;
  bucket: string;
  policy: PolicyConfig;
  /** the roster the entries stand for (AssignmentRoster.id) */
  roster: string;
  c: (PoolEntry | null)[];
  /** CH4: the bailiff replaced on this document, left out of the pool */
  replacedBailiffId?: string;
  /** redistribution: the bailiff whose cases were moved, left out of the pool */
  leavingBailiffId?: string;
  /** the outcome as decided, kept to show; verification recomputes it */
  rule: string | null;
  /** the tied bailiffs' roster positions */
  tied: number[];
  drawIndex: number | null;
}

/** The id of a roster: the sha256 of its member list, so that it cannot change unnoticed. */
export function poolRosterId(members: readonly string[]): string {
  return sha256Hex(JSON.stringify(members));
}

/** A candidate's exclusion facts (and the consolidation fact) as the flags stored in a pool. */
export function poolFlags(c: Candidate): number {
  return (
    (c.licenceValid ? 0 : POOL_FLAGS.licenceInvalid) |
    (c.suspended ? POOL_FLAGS.suspended : 0) |
    (c.absent ? POOL_FLAGS.absent : 0) |
    (c.paused ? POOL_FLAGS.paused : 0) |
    (c.competentForDistrict ? 0 : POOL_FLAGS.notCompetent) |
    (c.conflictWithParty ? POOL_FLAGS.conflict : 0) |
    (c.expelled ? POOL_FLAGS.expelled : 0) |
    (c.hasOpenCaseWithDebtor ? POOL_FLAGS.openCaseWithDebtor : 0)
  );
}

/** The candidate a stored entry stands for: the inverse of `poolFlags` (with its count and weight). */
export function poolCandidate(bailiffId: string, count: number, weight: number, flags: number): Candidate {
  return {
    bailiffId,
    count,
    weight,
    licenceValid: !(flags & POOL_FLAGS.licenceInvalid),
    suspended: !!(flags & POOL_FLAGS.suspended),
    absent: !!(flags & POOL_FLAGS.absent),
    paused: !!(flags & POOL_FLAGS.paused),
    competentForDistrict: !(flags & POOL_FLAGS.notCompetent),
    conflictWithParty: !!(flags & POOL_FLAGS.conflict),
    expelled: !!(flags & POOL_FLAGS.expelled),
    hasOpenCaseWithDebtor: !!(flags & POOL_FLAGS.openCaseWithDebtor),
  };
}

/** The pool's entries for `candidates`, at their positions in the roster (null where a member is left out). */
export function poolEntries(candidates: readonly Candidate[], roster: readonly string[]): (PoolEntry | null)[] {
  const byId = new Map(candidates.map((c) => [c.bailiffId, c]));
  return roster.map((id) => {
    const c = byId.get(id);
    return c ? [c.count, c.weight, poolFlags(c)] : null;
  });
}

/**
 * Every counting bucket an assignment counts in — its year, all time and its day, each with and without its
 * category — so that whichever policy a chamber switches to (calendar year, rolling window, per category) reads
 * true counts without a recount (BailiffLoad rows).
 */
export function loadBucketsFor(day: string, category: string): string[] {
  const base = { name: 'EVEN_COUNT', version: 1, weightByPresence: false, consolidateDebtor: false } as const;
  return (['CALENDAR_YEAR', 'ALL_TIME', 'ROLLING_365_DAYS'] as const).flatMap((period) => [
    bucketKey({ ...base, period, perCategory: false }, day, category),
    bucketKey({ ...base, period, perCategory: true }, day, category),
  ]);
}

/** What `decideInChain` needs: the chain's position, the document, the policy, the roster and the pool's candidates. */
export interface ChainStep {
  /** the chain's head before this assignment, and this assignment's sequence (the head's + 1) */
  previousHash: string;
  sequence: number;
  documentId: string;
  category: string;
  /** the Almaty date the facts were read for */
  day: string;
  policy: PolicyConfig;
  roster: { id: string; members: readonly string[]; position: ReadonlyMap<string, number> };
  candidates: readonly Candidate[];
  /** the bailiff left out of the pool: the one replaced (CH4) or whose cases are redistributed */
  excluded?: { bailiffId: string; replaced: boolean } | null;
}

/**
 * CH2: one assignment of a chamber's chain, decided as every writer decides it (the API's ChamberAssigner, the
 * demo seed's history): the draw's seed from the chain, the policy's decision over the pool, and, when a bailiff
 * is chosen, the chain's next hash and the pool as stored (Assignment.pool). `chosen` is null when nobody can
 * lawfully take the document.
 */
export function decideInChain(step: ChainStep): { seed: string; decision: Decision; chosen: { bailiffId: string; hash: string; pool: PoolRecord } | null } {
  const { previousHash, sequence, documentId, category, day, policy, roster, candidates, excluded } = step;
  const seed = assignmentSeed(previousHash, documentId, sequence);
  const decision = decide(candidates, policy, seed);
  if (decision.outcome !== 'ASSIGNED' || !decision.bailiffId) return { seed, decision, chosen: null };
  const bailiffId = decision.bailiffId;
  const hash = assignmentHash({ previousHash, documentId, bailiffId, seed, sequence, policyVersion: policy.version });
  const pool: PoolRecord = {
    day,
    category,
    bucket: bucketKey(policy, day, category),
    policy,
    roster: roster.id,
    c: poolEntries(candidates, roster.members),
    ...(excluded ? (excluded.replaced ? { replacedBailiffId: excluded.bailiffId } : { leavingBailiffId: excluded.bailiffId }) : {}),
    rule: decision.rule,
    tied: decision.tied.map((id) => roster.position.get(id)!),
    drawIndex: decision.drawIndex,
  };
  return { seed, decision, chosen: { bailiffId, hash, pool } };
}
