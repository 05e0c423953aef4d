// How an assignment's pool is stored (Assignment.pool): compact, because every assignment keeps the full
// candidate list (a chamber has up to a few hundred bailiffs, the country millions of cases). The bailiffs' ids
// are stored once per roster (AssignmentRoster, named by the hash of its members); each assignment keeps, per
// roster member, [count, weight, flags], or null for a member left out of this pool. Pools written before
// rosters keep [bailiffId, count, weight, flags]. The decision is recomputed from these, never trusted as stored.
import { createHash } from 'node:crypto';
import { bucketKey, type Candidate, type PolicyConfig } from '@oryndau/domain';
import type { DocumentCategory } from '@oryndau/db';

const FLAGS = {
  licenceInvalid: 1,
  suspended: 2,
  absent: 4,
  paused: 8,
  notCompetent: 16,
  conflict: 32,
  expelled: 64,
  openCaseWithDebtor: 128,
} as const;

export type CompactCandidate = [bailiffId: string, count: number, weight: number, flags: number];
/** A candidate at its roster position: the id is the roster's. */
export type RosterCandidate = [count: number, weight: number, flags: number];

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

export function rosterId(members: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(members)).digest('hex');
}

/** The pool's entries for `candidates`, at their positions in the roster (null where a member is left out). */
export function encodePool(candidates: readonly Candidate[], roster: readonly string[]): (RosterCandidate | null)[] {
  const byId = new Map(candidates.map((c) => [c.bailiffId, c]));
  return roster.map((id) => {
    const c = byId.get(id);
    if (!c) return null;
    const [, count, weight, flags] = encodeCandidate(c);
    return [count, weight, flags];
  });
}

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
      out.push(decodeCandidate([members[i]!, count, weight, flags]));
    }
  });
  return out;
}

export class PoolError extends Error {}

export function encodeCandidate(c: Candidate): CompactCandidate {
  const flags =
    (c.licenceValid ? 0 : FLAGS.licenceInvalid) |
    (c.suspended ? FLAGS.suspended : 0) |
    (c.absent ? FLAGS.absent : 0) |
    (c.paused ? FLAGS.paused : 0) |
    (c.competentForDistrict ? 0 : FLAGS.notCompetent) |
    (c.conflictWithParty ? FLAGS.conflict : 0) |
    (c.expelled ? FLAGS.expelled : 0) |
    (c.hasOpenCaseWithDebtor ? FLAGS.openCaseWithDebtor : 0);
  return [c.bailiffId, c.count, c.weight, flags];
}

export function decodeCandidate([bailiffId, count, weight, flags]: CompactCandidate): Candidate {
  return {
    bailiffId,
    count,
    weight,
    licenceValid: !(flags & FLAGS.licenceInvalid),
    suspended: !!(flags & FLAGS.suspended),
    absent: !!(flags & FLAGS.absent),
    paused: !!(flags & FLAGS.paused),
    competentForDistrict: !(flags & FLAGS.notCompetent),
    conflictWithParty: !!(flags & FLAGS.conflict),
    expelled: !!(flags & FLAGS.expelled),
    hasOpenCaseWithDebtor: !!(flags & FLAGS.openCaseWithDebtor),
  };
}

/**
 * Every counting bucket an assignment counts in — its year, all time and its day, each with and without its
 * category — so that whichever policy a chamber switches to (calendar year, rolling window, per category)
 * reads true counts without a recount.
 */
export function bucketsFor(day: string, category: DocumentCategory): string[] {
  const base = { name: 'EVEN_COUNT', version: 1, weightByPresence: false, consolidateDebtor: false } as const;
  return (['CALENDAR_YEAR', 'ALL_TIME', 'ROLLING_365_DAYS'] as const).flatMap((period) => [
    bucketKey({ ...base, period, perCategory: false }, day, category),
    bucketKey({ ...base, period, perCategory: true }, day, category),
  ]);
}
