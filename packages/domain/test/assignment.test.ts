import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  assignmentHash,
  assignmentSeed,
  bucketKey,
  bucketKeysInWindow,
  countingWindow,
  decide,
  DEFAULT_POLICY,
  drawIndex,
  evenness,
  presenceWeight,
  verifyChain,
  verifyDecision,
  weightFraction,
  type Candidate,
  type PolicyConfig,
} from '../src/index.ts';

const c = (bailiffId: string, count: number, over: Partial<Candidate> = {}): Candidate => ({
  bailiffId,
  licenceValid: true,
  suspended: false,
  absent: false,
  paused: false,
  competentForDistrict: true,
  conflictWithParty: false,
  count,
  weight: 1,
  hasOpenCaseWithDebtor: false,
  ...over,
});
const policy = (over: Partial<PolicyConfig> = {}): PolicyConfig => ({ ...DEFAULT_POLICY, ...over });

describe('CH2 decision', () => {
  it('CH2: the bailiff with the fewest cases gets the document', () => {
    const d = decide([c('b3', 7), c('b1', 5, { name: 'Aigerim S.' }), c('b2', 6)], DEFAULT_POLICY, 'seed');
    expect(d).toMatchObject({ outcome: 'ASSIGNED', bailiffId: 'b1', rule: 'LOWEST_LOAD', tied: ['b1'], drawIndex: null, excluded: [] });
    expect(d.eligible.map((e) => e.bailiffId)).toEqual(['b1', 'b2', 'b3']);
    expect(d.eligible[0]).toEqual({ bailiffId: 'b1', count: 5, weight: 1, load: 5 });
    expect(d.explanation).toBe('Assigned to Aigerim S., who has the lowest load (5 cases) among 3 eligible bailiffs.');
  });

  it('CH2: only bailiffs who can lawfully act are eligible, each exclusion with its reasons', () => {
    const d = decide(
      [
        c('b1', 0, { licenceValid: false }),
        c('b2', 0, { suspended: true }),
        c('b3', 0, { absent: true }),
        c('b4', 0, { paused: true }),
        c('b5', 0, { competentForDistrict: false }),
        c('b6', 0, { conflictWithParty: true }),
        c('b7', 0, { expelled: true }),
        c('b8', 0, { licenceValid: false, conflictWithParty: true }),
        c('b9', 40),
      ],
      DEFAULT_POLICY,
      'seed',
    );
    expect(d.bailiffId).toBe('b9');
    expect(d.excluded).toEqual([
      { bailiffId: 'b1', reasons: ['LICENCE_INVALID'] },
      { bailiffId: 'b2', reasons: ['SUSPENDED'] },
      { bailiffId: 'b3', reasons: ['ABSENT'] },
      { bailiffId: 'b4', reasons: ['PAUSED'] },
      { bailiffId: 'b5', reasons: ['NOT_COMPETENT'] },
      { bailiffId: 'b6', reasons: ['CONFLICT_OF_INTEREST'] },
      { bailiffId: 'b7', reasons: ['EXPELLED'] },
      { bailiffId: 'b8', reasons: ['LICENCE_INVALID', 'CONFLICT_OF_INTEREST'] },
    ]);
    expect(d.explanation).toMatch(/8 candidates were excluded/);
  });

  it('CH2: with nobody eligible the decision says so and why', () => {
    const d = decide([c('b1', 0, { absent: true }), c('b2', 0, { licenceValid: false })], DEFAULT_POLICY, 's');
    expect(d).toMatchObject({ outcome: 'NO_ELIGIBLE_BAILIFF', bailiffId: null, rule: null, tied: [], drawIndex: null, eligible: [] });
    expect(d.explanation).toBe('No bailiff could be assigned because all 2 candidates were excluded (b1: absent; b2: no valid licence).');
    expect(decide([], DEFAULT_POLICY, 's').explanation).toMatch(/no candidates/);
  });

  it('CH2: a tie at the lowest load is broken by the seeded draw', () => {
    const pool = [c('b2', 3), c('b1', 3), c('b3', 3), c('b4', 9)];
    const d = decide(pool, DEFAULT_POLICY, 'abc');
    expect(d.rule).toBe('LOWEST_LOAD_TIE_DRAW');
    expect(d.tied).toEqual(['b1', 'b2', 'b3']);
    expect(d.drawIndex).toBe(drawIndex('abc', 3));
    expect(d.bailiffId).toBe(d.tied[d.drawIndex!]);
    expect(d.explanation).toBe(
      `Assigned to ${d.bailiffId}, drawn by the seed (number ${d.drawIndex! + 1} of 3) from b1, b2, b3, tied at the lowest load (3 cases) among 4 eligible bailiffs.`,
    );
    // different seeds reach every tied bailiff
    const chosen = new Set(Array.from({ length: 60 }, (_, i) => decide(pool, DEFAULT_POLICY, `seed-${i}`).bailiffId));
    expect(chosen).toEqual(new Set(['b1', 'b2', 'b3']));
  });

  it('CH2: a big tie (every count equal, early in the year) is counted in the explanation, not listed', () => {
    const pool = Array.from({ length: 40 }, (_, i) => c(`b${String(i).padStart(2, '0')}`, 0));
    const d = decide(pool, DEFAULT_POLICY, 'seed');
    expect(d.tied).toHaveLength(40);
    expect(d.explanation).toBe(`Assigned to ${d.bailiffId}, drawn by the seed (number ${d.drawIndex! + 1} of 40), tied at the lowest load (0 cases) among 40 eligible bailiffs.`);
  });

  it('CH2: the draw is sha256(seed) modulo n', () => {
    const seed = 'oryndau';
    const x = BigInt(`0x${createHash('sha256').update(seed).digest('hex')}`);
    for (const n of [1, 2, 3, 7, 1000]) expect(drawIndex(seed, n)).toBe(Number(x % BigInt(n)));
    expect(() => drawIndex(seed, 0)).toThrow(RangeError);
  });

  it('CH2: consolidation sends the document to the debtor’s eligible bailiff, even with a higher load', () => {
    const pool = [c('b1', 2), c('b2', 9, { hasOpenCaseWithDebtor: true })];
    expect(decide(pool, policy({ consolidateDebtor: true }), 's')).toMatchObject({ bailiffId: 'b2', rule: 'CONSOLIDATED_WITH_DEBTOR', tied: ['b2'] });
    expect(decide(pool, policy({ consolidateDebtor: false }), 's')).toMatchObject({ bailiffId: 'b1', rule: 'LOWEST_LOAD' });
    expect(decide(pool, policy({ consolidateDebtor: true }), 's').explanation).toMatch(/open case/);
  });

  it('CH2: consolidation yields to eligibility: an ineligible debtor’s bailiff is passed over', () => {
    const pool = [c('b1', 2), c('b2', 9, { hasOpenCaseWithDebtor: true, conflictWithParty: true }), c('b3', 4)];
    expect(decide(pool, policy({ consolidateDebtor: true }), 's')).toMatchObject({ bailiffId: 'b1', rule: 'LOWEST_LOAD' });
  });

  it('CH2: with several debtor’s bailiffs the least loaded of them is chosen', () => {
    const pool = [c('b1', 0), c('b2', 9, { hasOpenCaseWithDebtor: true }), c('b3', 4, { hasOpenCaseWithDebtor: true })];
    expect(decide(pool, policy({ consolidateDebtor: true }), 's')).toMatchObject({ bailiffId: 'b3', rule: 'CONSOLIDATED_WITH_DEBTOR' });
  });

  it('CH2: with presence weights the load is count / weight', () => {
    // b1 was present half the year: 6 cases weigh as 12
    const pool = [c('b1', 6, { weight: 0.5 }), c('b2', 10)];
    expect(decide(pool, policy({ weightByPresence: true }), 's')).toMatchObject({ bailiffId: 'b2', eligible: [{ load: 12 }, { load: 10 }] });
    expect(decide(pool, policy({ weightByPresence: false }), 's')).toMatchObject({ bailiffId: 'b1', eligible: [{ weight: 1 }, { weight: 1 }] });
    expect(decide(pool, policy({ weightByPresence: true }), 's').explanation).toMatch(/presence weight/);
  });

  it('CH2: weighted loads tie exactly when the fractions are equal (1 case at 1/3 = 3 cases at 1)', () => {
    const d = decide([c('b1', 1, { weight: 1 / 3 }), c('b2', 3), c('b3', 2, { weight: 0.6 })], policy({ weightByPresence: true }), 's');
    expect(d.tied).toEqual(['b1', 'b2']);
    expect(weightFraction(122 / 365)).toEqual({ p: 122n, q: 365n });
    expect(decide([c('b1', 2, { weight: 2 / 3 }), c('b2', 3)], policy({ weightByPresence: true }), 's').tied).toEqual(['b1', 'b2']);
  });

  it('CH2: invalid inputs are refused rather than decided', () => {
    expect(() => decide([c('b1', 1), c('b1', 2)], DEFAULT_POLICY, 's')).toThrow(/twice/);
    expect(() => decide([c('b1', -1)], DEFAULT_POLICY, 's')).toThrow(RangeError);
    expect(() => decide([c('b1', 1.5)], DEFAULT_POLICY, 's')).toThrow(RangeError);
    expect(() => decide([c('b1', 1, { weight: 0 })], policy({ weightByPresence: true }), 's')).toThrow(RangeError);
    expect(() => decide([c('b1', 1, { weight: 1.2 })], policy({ weightByPresence: true }), 's')).toThrow(RangeError);
    expect(decide([c('b1', 1, { weight: 0 })], DEFAULT_POLICY, 's').bailiffId).toBe('b1'); // weights ignored when off
  });
});

describe('CH2 audit trail', () => {
  it('CH2: a stored decision is verified by recomputation, and a tampered one is caught', () => {
    const candidates = [c('b1', 3), c('b2', 3), c('b3', 5, { absent: true })];
    const seed = assignmentSeed('genesis', 'doc-1', 1);
    const d = decide(candidates, DEFAULT_POLICY, seed);
    const ok = verifyDecision({ candidates, policy: DEFAULT_POLICY, seed, bailiffId: d.bailiffId! });
    expect(ok.ok).toBe(true);
    expect(ok.recomputed).toEqual(d);
    const other = d.bailiffId === 'b1' ? 'b2' : 'b1';
    expect(verifyDecision({ candidates, policy: DEFAULT_POLICY, seed, bailiffId: other })).toMatchObject({ ok: false, problems: [expect.stringMatching(/policy gives/)] });
    expect(verifyDecision({ candidates, policy: DEFAULT_POLICY, seed, bailiffId: 'b3' }).problems).toEqual([
      `the policy gives ${d.bailiffId}, but b3 was recorded`,
      'b3 was not eligible: ABSENT',
    ]);
  });

  it('CH2: seeds and hashes form a chain that detects any change', () => {
    const s1 = assignmentSeed('genesis', 'doc-1', 1);
    expect(s1).toMatch(/^[0-9a-f]{64}$/);
    expect(assignmentSeed('genesis', 'doc-1', 2)).not.toBe(s1);
    expect(assignmentSeed('genesis', 'doc-2', 1)).not.toBe(s1);
    // canonical JSON: no ambiguity between fields
    expect(assignmentSeed('a|b', 'c', 1)).not.toBe(assignmentSeed('a', 'b|c', 1));

    const r1 = { previousHash: 'genesis', documentId: 'doc-1', bailiffId: 'b1', seed: s1, sequence: 1, policyVersion: 1 };
    const h1 = assignmentHash(r1);
    const s2 = assignmentSeed(h1, 'doc-2', 2);
    const r2 = { previousHash: h1, documentId: 'doc-2', bailiffId: 'b2', seed: s2, sequence: 2, policyVersion: 1 };
    const chain = [{ ...r1, hash: h1 }, { ...r2, hash: assignmentHash(r2) }];
    expect(verifyChain(chain)).toEqual({ ok: true, problems: [] });
    for (const key of ['documentId', 'bailiffId', 'sequence', 'policyVersion'] as const) {
      const changed = { ...r1, [key]: key === 'sequence' || key === 'policyVersion' ? 9 : 'x' };
      expect(assignmentHash(changed)).not.toBe(h1);
    }
    const tampered = [{ ...chain[0]!, bailiffId: 'b9' }, chain[1]!];
    expect(verifyChain(tampered).ok).toBe(false);
    const reordered = [chain[1]!, chain[0]!];
    expect(verifyChain(reordered).problems[0]).toMatch(/does not link/);
  });
});

describe('CH2 counting buckets', () => {
  it('CH2: bucket keys follow the policy’s period and category', () => {
    expect(bucketKey(DEFAULT_POLICY, '2026-03-15', 'ALIMONY')).toBe('2026');
    expect(bucketKey(policy({ perCategory: true }), '2026-03-15', 'ALIMONY')).toBe('2026|ALIMONY');
    expect(bucketKey(policy({ period: 'ALL_TIME' }), '2026-03-15', 'ALIMONY')).toBe('ALL');
    expect(bucketKey(policy({ period: 'ALL_TIME', perCategory: true }), '2026-03-15', 'ALIMONY')).toBe('ALL|ALIMONY');
    expect(bucketKey(policy({ period: 'ROLLING_365_DAYS' }), '2026-03-15', 'ALIMONY')).toBe('2026-03-15');
  });

  it('CH2: the counting window of each period', () => {
    expect(countingWindow(DEFAULT_POLICY, '2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-03-15' });
    expect(countingWindow(policy({ period: 'ALL_TIME' }), '2026-03-15')).toEqual({ from: null, to: '2026-03-15' });
    expect(countingWindow(policy({ period: 'ROLLING_365_DAYS' }), '2026-03-15')).toEqual({ from: '2025-03-16', to: '2026-03-15' });
    const keys = bucketKeysInWindow(policy({ period: 'ROLLING_365_DAYS', perCategory: true }), '2026-03-15', 'ALIMONY');
    expect(keys).toHaveLength(365);
    expect(keys[0]).toBe('2025-03-16|ALIMONY');
    expect(keys.at(-1)).toBe('2026-03-15|ALIMONY');
    expect(bucketKeysInWindow(DEFAULT_POLICY, '2026-03-15', 'X')).toEqual(['2026']);
  });

  it('CH2: presence weight is the share of the window the bailiff could receive cases', () => {
    expect(presenceWeight(73, 365)).toBe(0.2);
    expect(presenceWeight(365, 365)).toBe(1);
    expect(() => presenceWeight(0, 365)).toThrow(RangeError);
    expect(() => presenceWeight(366, 365)).toThrow(RangeError);
  });

  it('CH2: evenness summarises the spread of loads', () => {
    expect(evenness([])).toEqual({ min: 0, max: 0, spread: 0, mean: 0, stddev: 0 });
    expect(evenness([{ bailiffId: 'a', count: 4 }, { bailiffId: 'b', count: 6 }])).toEqual({ min: 4, max: 6, spread: 2, mean: 5, stddev: 1 });
    expect(evenness([{ bailiffId: 'a', count: 3, weight: 0.5 }, { bailiffId: 'b', count: 6 }]).spread).toBe(0);
  });
});
