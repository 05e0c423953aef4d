// CH2: the stored form of an assignment's pool, shared by every writer of assignments (the API, the demo history).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decide, DEFAULT_POLICY, loadBucketsFor, poolCandidate, poolEntries, poolFlags, poolRosterId, POOL_FLAGS, type Candidate } from '../src/index.ts';

const candidate = (bailiffId: string, over: Partial<Candidate> = {}): Candidate => ({
  bailiffId, licenceValid: true, suspended: false, absent: false, paused: false, competentForDistrict: true, conflictWithParty: false,
  count: 0, weight: 1, hasOpenCaseWithDebtor: false, ...over,
});

describe('assignment pool encoding', () => {
  it('CH2: a roster is named by the sha256 of its member list, so that a changed list has another name', () => {
    expect(poolRosterId(['a', 'b'])).toBe(createHash('sha256').update('["a","b"]').digest('hex'));
    expect(poolRosterId(['b', 'a'])).not.toBe(poolRosterId(['a', 'b']));
  });

  it('CH2: each candidate is [count, weight, flags] at its roster position; a member left out is null; the flags say why others were excluded', () => {
    const cs = [candidate('a', { count: 3 }), candidate('c', { absent: true, conflictWithParty: true, count: 1 })];
    expect(poolEntries(cs, ['a', 'b', 'c'])).toEqual([[3, 1, 0], null, [1, 1, POOL_FLAGS.absent | POOL_FLAGS.conflict]]);
    expect(poolFlags(candidate('x', { licenceValid: false, competentForDistrict: false, hasOpenCaseWithDebtor: true }))).toBe(
      POOL_FLAGS.licenceInvalid | POOL_FLAGS.notCompetent | POOL_FLAGS.openCaseWithDebtor,
    );
    // the stored pool decides as the candidates did: the absent one is passed over
    expect(decide(cs, DEFAULT_POLICY, 'seed').bailiffId).toBe('a');
  });

  it('CH2: a stored entry reads back as the candidate it was written from, for every combination of flags', () => {
    const facts = ['licenceValid', 'suspended', 'absent', 'paused', 'competentForDistrict', 'conflictWithParty', 'expelled', 'hasOpenCaseWithDebtor'] as const;
    for (let bits = 0; bits < 1 << facts.length; bits++) {
      const c = candidate('x', { count: bits, weight: 0.5, ...Object.fromEntries(facts.map((f, i) => [f, !!(bits & (1 << i))])) });
      const [count, weight, flags] = poolEntries([c], ['x'])[0]!;
      expect(poolCandidate('x', count, weight, flags)).toEqual(c);
    }
  });

  it('CH2: an assignment counts in its year, all time and its day, each with and without its category', () => {
    expect(loadBucketsFor('2026-03-15', 'ALIMONY')).toEqual(['2026', '2026|ALIMONY', 'ALL', 'ALL|ALIMONY', '2026-03-15', '2026-03-15|ALIMONY']);
  });
});
