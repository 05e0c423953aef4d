// How an assignment's pool is stored (Assignment.pool): compact, because every assignment keeps the full
// candidate list (a chamber has up to a few hundred bailiffs, the country millions of cases). Each candidate
// is [bailiffId, count, weight, flags]; the decision itself is recomputed from these, never trusted as stored.
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

export interface StoredPool {
  /** the Almaty date the facts were read for */
  day: string;
  category: DocumentCategory;
  bucket: string;
  policy: PolicyConfig;
  c: CompactCandidate[];
  /** CH4: the bailiff replaced on this document, left out of the pool */
  replacedBailiffId?: string;
  /** redistribution: the bailiff whose cases were moved, left out of the pool */
  leavingBailiffId?: string;
  /** the outcome as decided, kept to show; verification recomputes it */
  rule: string | null;
  tied: string[];
  drawIndex: number | null;
}

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
