// Proof of even distribution: anyone auditing a chamber recomputes each assignment from what was stored — the
// seed derives from the chain, the hash chain links, the policy is the one of record, every count in the pool
// equals a recount of the earlier assignments, and the policy applied to the stored pool with the stored seed
// picks the bailiff who got the case. Here: the check of one row, and the replay of a chamber's whole chain
// (ChainReplay); verify-assignment.ts checks one assignment, evenness-report.ts reports a chamber's counts.
import { assignmentHash, assignmentSeed, bucketKeysInWindow, decide, type Candidate, type PolicyConfig } from '@oryndau/domain';
import type { DocumentCategory, PrismaClient } from '@oryndau/db';
import { bucketsFor, poolCandidates, PoolError, type StoredPool } from './assignment-pool.ts';

export interface Verification {
  assignmentId: string;
  ok: boolean;
  problems: string[];
  storedBailiffId: string;
  recomputedBailiffId: string | null;
  explanation: string;
}

export const GENESIS = 'genesis';

interface AssignmentRow {
  id: string;
  chamberId: string;
  documentId: string;
  bailiffId: string;
  sequence: number;
  seed: string;
  hash: string;
  previousHash: string;
  pool: unknown;
  policyId: string;
}

/** The candidates of a stored pool, or the problem that keeps them from being read (a missing or altered roster). */
export function readPool(pool: StoredPool, members: readonly string[] | null | undefined, checkedRosters?: Set<string>): { candidates: Candidate[]; problem: string | null } {
  try {
    return { candidates: poolCandidates(pool, members, checkedRosters), problem: null };
  } catch (e) {
    if (e instanceof PoolError) return { candidates: [], problem: e.message };
    throw e;
  }
}

/** Members of the rosters with these ids. */
async function loadRosters(prisma: PrismaClient, ids: Iterable<string | null>): Promise<Map<string, string[]>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const rows = await prisma.assignmentRoster.findMany({ where: { id: { in: wanted } }, select: { id: true, members: true } });
  return new Map(rows.map((r) => [r.id, r.members as string[]]));
}

/** The checks that need nothing but the row itself (and the policy of record). */
export function verifyRow(
  a: AssignmentRow,
  candidatesRead: { candidates: Candidate[]; problem: string | null },
  policyOfRecord: { version: number; config: unknown } | undefined,
  previousHash: string | undefined,
  names?: Map<string, string>,
): Verification {
  const problems: string[] = [];
  const pool = a.pool as unknown as StoredPool;
  if (candidatesRead.problem) problems.push(candidatesRead.problem);
  if (a.seed !== assignmentSeed(a.previousHash, a.documentId, a.sequence)) problems.push('The seed does not derive from the previous hash, the document and the sequence.');
  if (a.hash !== assignmentHash({ previousHash: a.previousHash, documentId: a.documentId, bailiffId: a.bailiffId, seed: a.seed, sequence: a.sequence, policyVersion: pool.policy.version })) {
    problems.push('The hash does not match the record: the record was altered.');
  }
  if (previousHash !== undefined && previousHash !== a.previousHash) problems.push(`The chain is broken: assignment ${a.sequence - 1} has another hash than this one links to.`);
  if (!policyOfRecord) problems.push('The policy of record is missing.');
  else if (policyOfRecord.version !== pool.policy.version || JSON.stringify(policyOfRecord.config) !== JSON.stringify(pool.policy)) {
    problems.push(`The stored policy differs from policy version ${policyOfRecord.version} of record.`);
  }
  const candidates = names ? candidatesRead.candidates.map((c) => ({ ...c, name: names.get(c.bailiffId) })) : candidatesRead.candidates;
  const recomputed = decide(candidates, pool.policy, a.seed);
  if (recomputed.bailiffId !== a.bailiffId) problems.push(`The policy picks ${recomputed.bailiffId ?? 'nobody'} from the stored pool, but the case went to ${a.bailiffId}.`);
  return { assignmentId: a.id, ok: problems.length === 0, problems, storedBailiffId: a.bailiffId, recomputedBailiffId: recomputed.bailiffId, explanation: recomputed.explanation };
}

/**
 * Replays a chamber's chain from its first assignment: recomputes every decision and checks every stored count
 * against the running counts, in pages (a chamber may hold hundreds of thousands of assignments).
 */
export async function replayChain(prisma: PrismaClient, chamberId: string): Promise<{ checked: number; failed: Verification[] }> {
  return new ChainReplay(chamberId).continue(prisma);
}

/**
 * A replay that can go on: it keeps the running counts and the chain's tip it reached, so that the next report
 * checks only what was added since. Before going on it checks that the tip it reached is still in the record
 * unchanged (else it starts over). A fresh replay — every API instance's first — checks the whole chain.
 */
export class ChainReplay {
  private readonly running = new Map<string, Map<string, number>>();
  private readonly failed: Verification[] = [];
  private previousHash = GENESIS;
  private expectedSequence = 1;
  private checked = 0;
  private readonly rosters = new Map<string, string[]>(); // a chamber's assignments share a few rosters: each is read once
  private readonly checkedRosters = new Set<string>(); // and its hash checked once
  // bucket keys depend only on the policy's window, the day and the category: computed once per combination
  private readonly keys = new Map<string, { window: string[]; buckets: string[] }>();

  constructor(
    readonly chamberId: string,
    private readonly pageSize = 1000,
  ) {}

  get checkedSoFar(): number {
    return this.checked;
  }

  /** Whether the tip this replay reached is still the record's (no assignment up to it was rewritten since). */
  async tipHolds(prisma: PrismaClient): Promise<boolean> {
    if (this.expectedSequence === 1) return true;
    const tip = await prisma.assignment.findUnique({ where: { chamberId_sequence: { chamberId: this.chamberId, sequence: this.expectedSequence - 1 } }, select: { hash: true } });
    return tip?.hash === this.previousHash;
  }

  /** Checks the assignments added since the last call (all of them, the first time). */
  async continue(prisma: PrismaClient): Promise<{ checked: number; failed: Verification[] }> {
    const { chamberId, pageSize, running } = this;
    const policies = new Map((await prisma.assignmentPolicy.findMany({ where: { chamberId } })).map((p) => [p.id, p]));
    const readPage = (from: number) =>
      prisma.assignment.findMany({
        where: { chamberId, sequence: { gte: from } },
        orderBy: { sequence: 'asc' },
        take: pageSize,
        select: { id: true, chamberId: true, documentId: true, bailiffId: true, sequence: true, seed: true, hash: true, previousHash: true, pool: true, rosterId: true, policyId: true, document: { select: { category: true } } },
      });
    let next = readPage(this.expectedSequence);
    for (;;) {
      const page = await next;
      // the next page is read while this one is checked (pages follow by sequence: a gap is reported, not skipped)
      if (page.length === pageSize) next = readPage(page[page.length - 1]!.sequence + 1);
      for (const [id, members] of await loadRosters(prisma, page.map((a) => a.rosterId).filter((id) => id && !this.rosters.has(id)))) this.rosters.set(id, members);
      for (const a of page) {
        const read = readPool(a.pool as unknown as StoredPool, a.rosterId ? this.rosters.get(a.rosterId) : null, this.checkedRosters);
        const v = verifyRow(a, read, policies.get(a.policyId), this.previousHash);
        if (a.sequence !== this.expectedSequence) v.problems.push(`Sequence ${this.expectedSequence} is missing from the chain.`);
        const pool = a.pool as unknown as StoredPool;
        const { window: windowKeys, buckets } = this.keysFor(pool.policy, pool.day, a.document.category);
        const window = windowKeys.map((key) => running.get(key)).filter((m) => m !== undefined);
        for (const { bailiffId, count: c } of read.candidates) {
          let replayed = 0;
          for (const m of window) replayed += m.get(bailiffId) ?? 0;
          if (replayed !== c) v.problems.push(`The pool says ${bailiffId} had ${c} cases, but the replay counts ${replayed}.`);
        }
        for (const b of buckets) {
          const m = running.get(b) ?? new Map<string, number>();
          m.set(a.bailiffId, (m.get(a.bailiffId) ?? 0) + 1);
          running.set(b, m);
        }
        v.ok = v.problems.length === 0;
        if (!v.ok) this.failed.push(v);
        this.previousHash = a.hash;
        this.expectedSequence = a.sequence + 1;
        this.checked++;
      }
      if (page.length < pageSize) break;
    }
    return { checked: this.checked, failed: [...this.failed] };
  }

  private keysFor(policy: PolicyConfig, day: string, category: DocumentCategory) {
    const k = `${policy.period}|${policy.perCategory}|${day}|${category}`;
    let entry = this.keys.get(k);
    if (!entry) this.keys.set(k, (entry = { window: bucketKeysInWindow(policy, day, category), buckets: bucketsFor(day, category) }));
    return entry;
  }
}

/**
 * The replays of an API instance, one per chamber (the most recently used few): a report checks only what was
 * added since the last. Concurrent reports of one chamber share one replay.
 */
export class ChainReplays {
  private readonly replays = new Map<string, { replay: ChainReplay; busy: Promise<unknown> }>();
  /** assignments recomputed, and replays started over, by this instance (for tests and the benchmark) */
  readonly stats = { recomputed: 0, startedOver: 0 };
  constructor(private readonly max = 8) {}

  async check(prisma: PrismaClient, chamberId: string): Promise<{ checked: number; failed: Verification[] }> {
    let entry = this.replays.get(chamberId);
    this.replays.delete(chamberId); // re-inserted last: most recently used
    if (!entry) {
      entry = { replay: new ChainReplay(chamberId), busy: Promise.resolve() };
      if (this.replays.size >= this.max) this.replays.delete(this.replays.keys().next().value!);
    }
    this.replays.set(chamberId, entry);
    const current = entry;
    const run = current.busy.then(async () => {
      if (!(await current.replay.tipHolds(prisma))) {
        current.replay = new ChainReplay(chamberId); // rewritten: start over
        this.stats.startedOver++;
      }
      const before = current.replay.checkedSoFar;
      const result = await current.replay.continue(prisma);
      this.stats.recomputed += result.checked - before;
      return result;
    });
    current.busy = run.catch(() => {});
    return run;
  }
}
