// How an assignment's pool is stored (Assignment.pool): compact, because every assignment keeps the full
// candidate list (a chamber has up to a few hundred bailiffs, the country millions of cases). The bailiffs' ids
// are stored once per roster (AssignmentRoster, named by the hash of its members); each assignment keeps, per
// roster member, [count, weight, flags], or null for a member left out of this pool. Pools written before
// rosters keep [bailiffId, count, weight, flags]. The decision is recomputed from these, never trusted as stored.
// The encoding itself is the domain's (packages/domain/src/assignment-pool.ts), shared with the demo seed's
// history (`decideInChain` writes a pool); this file adds what only the API reads: pools written before rosters,
// and the checks of a roster.
import { loadBucketsFor, poolCandidate, poolRosterId, type Candidate, type PoolEntry, type PolicyConfig } from '@oryndau/domain';
import type { DocumentCategory } from '@oryndau/db';

export type CompactCandidate = [bailiffId: string, count: number, weight: number, flags: number];
/** A candidate at its roster position: the id is the roster's. */
export type RosterCandidate = PoolEntry;

export interface StoredPool {
  /** the Almaty date the facts were read for */
  day: string;
  category: DocumentCategory;
  bucket: string;
  policy: PolicyConfig;
  /** the roster the entries stand for (AssignmentRoster.id); absent in pools written before rosters */
  roster?: string;
  c: (CompactCandidate | RosterCandidate | null)[];
  /** CH4: the bailiff replaced on this document, left out of the pool */
  replacedBailiffId?: string;
  /** redistribution: the bailiff whose cases were moved, left out of the pool */
  leavingBailiffId?: string;
  /** the outcome as decided, kept to show; verification recomputes it */
  rule: string | null;
  /** the tied bailiffs: roster positions (ids in pools written before rosters) */
  tied: (number | string)[];
  drawIndex: number | null;
}

/** The roster of a member list: its id is the sha256 of the list, so that it cannot change unnoticed. */
export function rosterOf(members: readonly string[]): { id: string; members: readonly string[] } {
  return { id: rosterId(members), members };
}

export const rosterId = poolRosterId;

/**
 * The candidates a stored pool holds. `members` is the pool's roster (required when the pool names one); a
 * roster that is missing, or whose members no longer hash to its id, is an error the verification reports.
 */
export function poolCandidates(pool: StoredPool, members?: readonly string[] | null, checkedRosters?: Set<string>): Candidate[] {
  if (!pool.roster) return (pool.c as CompactCandidate[]).map(decodeCandidate);
  if (!members) throw new PoolError(`The pool's roster ${pool.roster} is missing.`);
  // a replay reads thousands of pools on a few rosters: each roster's hash is checked once (`checkedRosters`)
  if (!checkedRosters?.has(pool.roster)) {
    if (rosterId(members) !== pool.roster) throw new PoolError(`The roster ${pool.roster} was altered: its members no longer match its id.`);
    checkedRosters?.add(pool.roster);
  }
  if (members.length !== pool.c.length) throw new PoolError(`The pool has ${pool.c.length} entries for a roster of ${members.length} members.`);
  const out: Candidate[] = [];
  pool.c.forEach((entry, i) => {
    if (entry) {
      const [count, weight, flags] = entry as RosterCandidate;
      out.push(poolCandidate(members[i]!, count, weight, flags));
    }
  });
  return out;
}

export class PoolError extends Error {}

export function decodeCandidate([bailiffId, count, weight, flags]: CompactCandidate): Candidate {
  return poolCandidate(bailiffId, count, weight, flags);
}

/**
 * Every counting bucket an assignment counts in — its year, all time and its day, each with and without its
 * category — so that whichever policy a chamber switches to (calendar year, rolling window, per category)
 * reads true counts without a recount.
 */
export function bucketsFor(day: string, category: DocumentCategory): string[] {
  return loadBucketsFor(day, category);
}
