// CH2: the Chamber's assignment policy — even, lawful, deterministic and explainable.
import { sha256Hex } from '#sha256';
import { addDays, assertIsoDate, type IsoDate } from './calendar.ts';

export interface PolicyConfig {
  name: 'EVEN_COUNT'; // one policy family for now
  version: number; // bump when semantics change
  period: 'CALENDAR_YEAR' | 'ROLLING_365_DAYS' | 'ALL_TIME'; // counting window
  perCategory: boolean; // count only documents of the same category
  consolidateDebtor: boolean; // a new document against a debtor with an open case goes to the same bailiff if eligible
  weightByPresence: boolean; // compare count/weight, weight = share of the period the bailiff could receive cases (0<w<=1)
}

/**
 * Where Rules No. 652 are silent, the default is the plainest even distribution: yearly counts over
 * all categories, no consolidation (it would trade evenness for convenience) and no presence
 * weights (they need availability history; with them off every weight is 1). A chamber may adopt
 * another configuration as a new, versioned policy.
 */
export const DEFAULT_POLICY: PolicyConfig = Object.freeze({
  name: 'EVEN_COUNT',
  version: 1,
  period: 'CALENDAR_YEAR',
  perCategory: false,
  consolidateDebtor: false,
  weightByPresence: false,
});

export interface Candidate {
  bailiffId: string;
  name?: string;
  licenceValid: boolean;
  suspended: boolean;
  absent: boolean;
  paused: boolean; // availability facts on the assignment day
  competentForDistrict: boolean;
  conflictWithParty: boolean;
  expelled?: boolean;
  count: number; // assignments in the policy's bucket (period, and category if perCategory)
  weight: number; // presence weight, 1 when weightByPresence is off
  hasOpenCaseWithDebtor: boolean;
}

export type ExclusionReason =
  | 'LICENCE_INVALID'
  | 'SUSPENDED'
  | 'ABSENT'
  | 'PAUSED'
  | 'NOT_COMPETENT'
  | 'CONFLICT_OF_INTEREST'
  | 'EXPELLED';

export type DecisionRule = 'CONSOLIDATED_WITH_DEBTOR' | 'LOWEST_LOAD' | 'LOWEST_LOAD_TIE_DRAW';

export interface Decision {
  outcome: 'ASSIGNED' | 'NO_ELIGIBLE_BAILIFF';
  bailiffId: string | null;
  rule: DecisionRule | null;
  eligible: Array<{ bailiffId: string; count: number; weight: number; load: number }>; // sorted by bailiffId
  excluded: Array<{ bailiffId: string; reasons: ExclusionReason[] }>;
  tied: string[]; // bailiffIds with minimal load (sorted); among the debtor's bailiffs when consolidating
  drawIndex: number | null; // index into `tied` chosen by the seed; null when nobody was drawn
  explanation: string; // one human sentence in English
}

const EXCLUSION_TEXT: Record<ExclusionReason, string> = {
  LICENCE_INVALID: 'no valid licence',
  SUSPENDED: 'suspended',
  ABSENT: 'absent',
  PAUSED: 'distribution paused',
  NOT_COMPETENT: 'not competent for the district',
  CONFLICT_OF_INTEREST: 'conflict of interest with a party',
  EXPELLED: 'expelled from the chamber',
};

/** CH2: why a bailiff cannot lawfully receive the case, in a fixed order. */
/** No exclusion reason: `exclusionReasons(c)` is empty (checked without building the list). */
function canAct(c: Candidate): boolean {
  return c.licenceValid && !c.suspended && !c.absent && !c.paused && c.competentForDistrict && !c.conflictWithParty && !c.expelled;
}

export function exclusionReasons(c: Candidate): ExclusionReason[] {
  const r: ExclusionReason[] = [];
  if (!c.licenceValid) r.push('LICENCE_INVALID');
  if (c.suspended) r.push('SUSPENDED');
  if (c.absent) r.push('ABSENT');
  if (c.paused) r.push('PAUSED');
  if (!c.competentForDistrict) r.push('NOT_COMPETENT');
  if (c.conflictWithParty) r.push('CONFLICT_OF_INTEREST');
  if (c.expelled) r.push('EXPELLED');
  return r;
}

// ---------------------------------------------------------------- exact load comparison

/** A finite positive double as the exact fraction m / 2^k (every double is one). */
function dyadic(x: number): { m: bigint; k: bigint } {
  let k = 0n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2; // exact: doubling a double only changes its exponent
    k += 1n;
  }
  return { m: BigInt(v), k };
}

const MAX_WEIGHT_DENOMINATOR = 1_000_000n;
const WEIGHT_TOLERANCE_INVERSE = 10n ** 13n;

/**
 * A presence weight as the fraction p/q it stands for. Weights are shares of days (e.g. 122/365),
 * which a double can only approximate; we recover the fraction exactly: the first continued-fraction
 * convergent of the weight's exact binary value with q <= 1,000,000 that lies within 1e-13 of it
 * (two different fractions with such denominators are at least 1e-12 apart, so the fraction found
 * is the intended one). A weight close to no such fraction is taken at its exact binary value.
 * Everything is integer arithmetic, so every machine decides alike.
 */
export function weightFraction(weight: number): { p: bigint; q: bigint } {
  const { m, k } = dyadic(weight);
  const den = 1n << k; // weight = m / den exactly
  let [hPrev2, hPrev1, kPrev2, kPrev1] = [0n, 1n, 1n, 0n];
  let [num, rem] = [m, den];
  while (rem !== 0n) {
    const a = num / rem;
    const h = a * hPrev1 + hPrev2;
    const q = a * kPrev1 + kPrev2;
    if (q > MAX_WEIGHT_DENOMINATOR) break;
    const diff = m * q - h * den;
    if (h > 0n && (diff < 0n ? -diff : diff) * WEIGHT_TOLERANCE_INVERSE <= den * q) return { p: h, q };
    [hPrev2, hPrev1, kPrev2, kPrev1] = [hPrev1, h, kPrev1, q];
    [num, rem] = [rem, num - a * rem];
  }
  return { p: m, q: den };
}

interface Load {
  count: bigint;
  p: bigint;
  q: bigint;
}

const UNIT = { p: 1n, q: 1n };

function loadOf(count: number, weight: number): Load {
  const { p, q } = weight === 1 ? UNIT : weightFraction(weight);
  return { count: BigInt(count), p, q };
}

/**
 * Compares count_a / w_a with count_b / w_b exactly, as count_a · w_b against count_b · w_a with
 * each weight the fraction p/q it stands for: count_a · q_a · p_b against count_b · q_b · p_a.
 */
function compareLoads(a: Load, b: Load): number {
  const left = a.count * a.q * b.p;
  const right = b.count * b.q * a.p;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Code-unit order: locale-independent, so every machine sorts bailiff ids alike. */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Candidates usually come in id order already (a chamber's roster): then they need no sorting. */
function isSortedById(candidates: readonly Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) if (candidates[i - 1]!.bailiffId >= candidates[i]!.bailiffId) return false;
  return true;
}

function validateInput(candidates: readonly Candidate[], policy: PolicyConfig): void {
  if (policy.name !== 'EVEN_COUNT') throw new RangeError(`unknown policy ${String(policy.name)}`);
  if (!Number.isInteger(policy.version) || policy.version < 1) throw new RangeError(`invalid policy version ${policy.version}`);
  const ids = new Set<string>();
  for (const c of candidates) {
    if (typeof c.bailiffId !== 'string' || c.bailiffId === '') throw new RangeError('a candidate needs a bailiffId');
    if (ids.has(c.bailiffId)) throw new RangeError(`candidate ${c.bailiffId} is listed twice`);
    ids.add(c.bailiffId);
    if (!Number.isSafeInteger(c.count) || c.count < 0) throw new RangeError(`count of ${c.bailiffId} must be a non-negative integer`);
    if (policy.weightByPresence && !(Number.isFinite(c.weight) && c.weight > 0 && c.weight <= 1)) {
      throw new RangeError(`weight of ${c.bailiffId} must be in (0, 1]`);
    }
  }
}

// ---------------------------------------------------------------- the decision

/**
 * CH2: chooses the bailiff for one document.
 * 1. Exclude every candidate who cannot lawfully act (licence, suspension, absence, pause,
 *    competence, conflict of interest, expulsion).
 * 2. With `consolidateDebtor`, an eligible bailiff who already has an open case against the debtor
 *    gets the document. Where the rules are silent: if several do, the lowest load among them wins,
 *    a tie drawn by the seed; an ineligible debtor's bailiff is simply passed over.
 * 3. Otherwise the lowest load (count, or count/weight with `weightByPresence`) wins; a tie is broken
 *    by `drawIndex(seed, tied.length)` over the tied ids in code-unit order.
 * The result depends only on the set of candidates (not their order), the policy and the seed.
 */
export function decide(candidates: readonly Candidate[], policy: PolicyConfig, seed: string): Decision {
  validateInput(candidates, policy);
  const sorted = isSortedById(candidates) ? candidates : [...candidates].sort((a, b) => byId(a.bailiffId, b.bailiffId));

  const excluded: Decision['excluded'] = [];
  const pool: Array<{ c: Candidate; weight: number; load: Load | null }> = [];
  for (const c of sorted) {
    if (!canAct(c)) excluded.push({ bailiffId: c.bailiffId, reasons: exclusionReasons(c) });
    else {
      const weight = policy.weightByPresence ? c.weight : 1;
      // without weights a load is the count itself, compared as a number (exactly: counts are safe integers)
      pool.push({ c, weight, load: policy.weightByPresence ? loadOf(c.count, weight) : null });
    }
  }
  const compare = (a: (typeof pool)[number], b: (typeof pool)[number]) => (a.load && b.load ? compareLoads(a.load, b.load) : a.c.count - b.c.count);
  const eligible = pool.map((p) => ({ bailiffId: p.c.bailiffId, count: p.c.count, weight: p.weight, load: p.c.count / p.weight }));

  if (pool.length === 0) {
    return {
      outcome: 'NO_ELIGIBLE_BAILIFF',
      bailiffId: null,
      rule: null,
      eligible,
      excluded,
      tied: [],
      drawIndex: null,
      explanation: noEligibleSentence(candidates.length, excluded),
    };
  }

  const debtorPool = policy.consolidateDebtor ? pool.filter((p) => p.c.hasOpenCaseWithDebtor) : [];
  const consolidating = debtorPool.length > 0;
  const field = consolidating ? debtorPool : pool;

  let best = field[0]!;
  for (const p of field) if (compare(p, best) < 0) best = p;
  const tied = field.filter((p) => compare(p, best) === 0).map((p) => p.c.bailiffId);

  const index = tied.length > 1 ? drawIndex(seed, tied.length) : null;
  const chosenId = tied[index ?? 0]!;
  const chosen = field.find((p) => p.c.bailiffId === chosenId)!;
  const rule: DecisionRule = consolidating ? 'CONSOLIDATED_WITH_DEBTOR' : index === null ? 'LOWEST_LOAD' : 'LOWEST_LOAD_TIE_DRAW';

  return {
    outcome: 'ASSIGNED',
    bailiffId: chosenId,
    rule,
    eligible,
    excluded,
    tied,
    drawIndex: index,
    explanation: assignedSentence({
      rule,
      chosen: chosen.c,
      weight: chosen.weight,
      policy,
      eligible: pool.length,
      excluded: excluded.length,
      tied: tied.map((id) => who(candidates.find((c) => c.bailiffId === id)!)),
      index,
    }),
  };
}

function who(c: Candidate): string {
  return c.name ?? c.bailiffId;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const MAX_TIED_NAMED = 5;

function assignedSentence(x: {
  rule: DecisionRule;
  chosen: Candidate;
  weight: number;
  policy: PolicyConfig;
  eligible: number;
  excluded: number;
  tied: string[];
  index: number | null;
}): string {
  const load = x.policy.weightByPresence
    ? `${plural(x.chosen.count, 'case')} at presence weight ${x.weight}`
    : plural(x.chosen.count, 'case');
  const excludedPart = x.excluded ? `; ${plural(x.excluded, 'candidate was', 'candidates were')} excluded` : '';
  // a few tied bailiffs are named; a big tie (early in the year, every count equal) only counted
  const among = x.tied.length <= MAX_TIED_NAMED ? ` from ${x.tied.join(', ')}` : '';
  const draw = x.index !== null ? `, drawn by the seed (number ${x.index + 1} of ${x.tied.length})${among}` : '';
  if (x.rule === 'CONSOLIDATED_WITH_DEBTOR') {
    return `Assigned to ${who(x.chosen)} because the debtor already has an open case with this eligible bailiff (${load})${draw}${excludedPart}.`;
  }
  if (x.rule === 'LOWEST_LOAD_TIE_DRAW') {
    return `Assigned to ${who(x.chosen)}${draw}, tied at the lowest load (${load}) among ${plural(x.eligible, 'eligible bailiff')}${excludedPart}.`;
  }
  return `Assigned to ${who(x.chosen)}, who has the lowest load (${load}) among ${plural(x.eligible, 'eligible bailiff')}${excludedPart}.`;
}

function noEligibleSentence(total: number, excluded: Decision['excluded']): string {
  if (total === 0) return 'No bailiff could be assigned because the chamber has no candidates.';
  const list = excluded.map((e) => `${e.bailiffId}: ${e.reasons.map((r) => EXCLUSION_TEXT[r]).join(', ')}`).join('; ');
  return `No bailiff could be assigned because all ${plural(total, 'candidate')} were excluded (${list}).`;
}

// ---------------------------------------------------------------- the seeded draw and the hash chain
// sha256Hex: node:crypto on Node.js, pure JavaScript in a browser (#sha256, see ./sha256.ts).

const TWO_256 = 1n << 256n;

/**
 * A uniform index in [0, n) derived from sha256(seed). Rejection sampling makes it exactly uniform:
 * a hash value in the incomplete top range is rejected and the next value is sha256 of the previous
 * hash's hex (the chance of even one rejection is below n / 2^256).
 */
export function drawIndex(seed: string, n: number): number {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const bn = BigInt(n);
  const limit = TWO_256 - (TWO_256 % bn);
  let hex = sha256Hex(seed);
  for (;;) {
    const x = BigInt(`0x${hex}`);
    if (x < limit) return Number(x % bn);
    hex = sha256Hex(hex);
  }
}

/** The seed of the draw for one document: sha256 of a canonical, unambiguous JSON array. */
export function assignmentSeed(previousHash: string, documentId: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0) throw new RangeError(`invalid sequence ${sequence}`);
  return sha256Hex(JSON.stringify(['oryndau/assignment-seed/v1', previousHash, documentId, sequence]));
}

export interface AssignmentRecord {
  previousHash: string;
  documentId: string;
  bailiffId: string;
  seed: string;
  sequence: number;
  policyVersion: number;
}

/** The hash of one assignment, chained to the previous one ("genesis" for a chamber's first). */
export function assignmentHash(record: AssignmentRecord): string {
  return sha256Hex(
    JSON.stringify([
      'oryndau/assignment/v1',
      record.previousHash,
      record.documentId,
      record.bailiffId,
      record.seed,
      record.sequence,
      record.policyVersion,
    ]),
  );
}

/**
 * Checks a chain of assignments (in sequence order) from `genesis`: each links to the previous hash,
 * each seed is the one derived from the chain, each hash is recomputed.
 */
export function verifyChain(
  records: ReadonlyArray<AssignmentRecord & { hash: string }>,
  genesis = 'genesis',
): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  let previous = genesis;
  records.forEach((r, i) => {
    if (r.previousHash !== previous) problems.push(`#${i} (sequence ${r.sequence}) does not link to the previous hash`);
    if (r.seed !== assignmentSeed(r.previousHash, r.documentId, r.sequence)) problems.push(`#${i} (sequence ${r.sequence}) has a seed that is not derived from the chain`);
    if (r.hash !== assignmentHash(r)) problems.push(`#${i} (sequence ${r.sequence}) has a hash that does not match its contents`);
    previous = r.hash;
  });
  return { ok: problems.length === 0, problems };
}

/** CH2 audit: recompute a stored decision from its inputs and compare. */
export function verifyDecision(stored: {
  candidates: Candidate[];
  policy: PolicyConfig;
  seed: string;
  bailiffId: string;
}): { ok: boolean; recomputed: Decision; problems: string[] } {
  const recomputed = decide(stored.candidates, stored.policy, stored.seed);
  const problems: string[] = [];
  if (recomputed.outcome !== 'ASSIGNED') {
    problems.push(`no bailiff was eligible, but ${stored.bailiffId} was recorded`);
  } else if (recomputed.bailiffId !== stored.bailiffId) {
    problems.push(`the policy gives ${String(recomputed.bailiffId)}, but ${stored.bailiffId} was recorded`);
  }
  const excluded = recomputed.excluded.find((e) => e.bailiffId === stored.bailiffId);
  if (excluded) problems.push(`${stored.bailiffId} was not eligible: ${excluded.reasons.join(', ')}`);
  if (!stored.candidates.some((c) => c.bailiffId === stored.bailiffId)) problems.push(`${stored.bailiffId} is not among the candidates`);
  return { ok: problems.length === 0, recomputed, problems };
}

// ---------------------------------------------------------------- counting buckets

/**
 * The counter bucket an assignment made on `assignedOn` adds to: "2026", "2026|ALIMONY", "ALL",
 * "ALL|ALIMONY". A rolling window cannot be one counter, so ROLLING_365_DAYS counts per day
 * ("2026-03-15", "2026-03-15|ALIMONY") and the count is the sum over `bucketKeysInWindow`.
 */
export function bucketKey(policy: PolicyConfig, assignedOn: IsoDate, category: string): string {
  assertIsoDate(assignedOn);
  const base = policy.period === 'CALENDAR_YEAR' ? assignedOn.slice(0, 4) : policy.period === 'ALL_TIME' ? 'ALL' : assignedOn;
  return policy.perCategory ? `${base}|${category}` : base;
}

/** The window of past assignments counted for a decision on `on` (from = null: no lower bound). */
export function countingWindow(policy: PolicyConfig, on: IsoDate): { from: IsoDate | null; to: IsoDate } {
  assertIsoDate(on);
  switch (policy.period) {
    case 'CALENDAR_YEAR':
      return { from: `${on.slice(0, 4)}-01-01`, to: on };
    case 'ROLLING_365_DAYS':
      return { from: addDays(on, -364), to: on }; // 365 days including `on`
    case 'ALL_TIME':
      return { from: null, to: on };
  }
}

/** Every bucket whose counts add up to a candidate's count for a decision on `on`. */
export function bucketKeysInWindow(policy: PolicyConfig, on: IsoDate, category: string): string[] {
  if (policy.period !== 'ROLLING_365_DAYS') return [bucketKey(policy, on, category)];
  const { from } = countingWindow(policy, on);
  const keys: string[] = [];
  for (let d = from!; d <= on; d = addDays(d, 1)) keys.push(bucketKey(policy, d, category));
  return keys;
}

/**
 * A presence weight: the share of the counting window (so far) in which the bailiff could receive
 * cases. Where the rules are silent: a bailiff available today has at least one day, so w > 0.
 */
export function presenceWeight(availableDays: number, windowDays: number): number {
  if (!Number.isInteger(availableDays) || !Number.isInteger(windowDays) || windowDays < 1 || availableDays < 1 || availableDays > windowDays) {
    throw new RangeError(`need 1 <= availableDays (${availableDays}) <= windowDays (${windowDays})`);
  }
  return availableDays / windowDays;
}

/** CH2 dashboards: how even the loads (count/weight, weight 1 by default) are. */
export function evenness(counts: ReadonlyArray<{ bailiffId: string; count: number; weight?: number }>): {
  min: number;
  max: number;
  spread: number;
  mean: number;
  stddev: number;
} {
  if (counts.length === 0) return { min: 0, max: 0, spread: 0, mean: 0, stddev: 0 };
  const loads = counts.map((c) => c.count / (c.weight ?? 1));
  const min = Math.min(...loads);
  const max = Math.max(...loads);
  const mean = loads.reduce((s, l) => s + l, 0) / loads.length;
  const variance = loads.reduce((s, l) => s + (l - mean) ** 2, 0) / loads.length;
  return { min, max, spread: max - min, mean, stddev: Math.sqrt(variance) };
}
