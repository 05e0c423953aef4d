// Proof of even distribution: anyone auditing a chamber recomputes each assignment from what was stored.
// verifyAssignment checks one: the seed derives from the chain, the hash chain links, the policy is the one of
// record, every count in the pool equals a recount of the earlier assignments, and the policy applied to the
// stored pool with the stored seed picks the bailiff who got the case. The evenness report replays a chamber's
// whole chain the same way.
import { addDays, assignmentHash, assignmentSeed, bucketKeysInWindow, decide, evenness, type Candidate, type PolicyConfig } from '@oryndau/domain';
import type { DocumentCategory, PrismaClient } from '@oryndau/db';
import { bucketsFor, poolCandidates, PoolError, type StoredPool } from './assignment-pool.ts';
import { dbDate } from '../dates.ts';

export interface Verification {
  assignmentId: string;
  ok: boolean;
  problems: string[];
  storedBailiffId: string;
  recomputedBailiffId: string | null;
  explanation: string;
}

const GENESIS = 'genesis';

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
function readPool(pool: StoredPool, members: readonly string[] | null | undefined, checkedRosters?: Set<string>): { candidates: Candidate[]; problem: string | null } {
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
function verifyRow(
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

/** The instant an Almaty calendar day begins (UTC+5, Kazakhstan's one time zone since March 2024). */
function almatyMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+05:00`);
}

/**
 * Recount of earlier assignments per bailiff, in the window the policy counted in: the assignments of the
 * Almaty calendar year, of the 365 days up to the day, or of all time, as a range of `assignedAt` (indexed with
 * the chamber), joined to the documents only when the policy counts per category.
 */
async function recount(prisma: PrismaClient, chamberId: string, beforeSequence: number, policy: PolicyConfig, day: string, category: DocumentCategory) {
  const from =
    policy.period === 'CALENDAR_YEAR' ? almatyMidnight(`${day.slice(0, 4)}-01-01`) : policy.period === 'ROLLING_365_DAYS' ? almatyMidnight(addDays(day, -364)) : null;
  const until = policy.period === 'CALENDAR_YEAR' ? almatyMidnight(`${Number(day.slice(0, 4)) + 1}-01-01`) : null;
  const rows = policy.perCategory
    ? await prisma.$queryRaw<{ bailiffId: string; n: number }[]>`
        SELECT a."bailiffId", count(*)::int AS n
        FROM "Assignment" a JOIN "ExecutiveDocument" d ON d."id" = a."documentId"
        WHERE a."chamberId" = ${chamberId} AND a."sequence" < ${beforeSequence} AND d."category"::text = ${category}
          AND (${from}::timestamptz IS NULL OR a."assignedAt" >= ${from}::timestamptz) AND (${until}::timestamptz IS NULL OR a."assignedAt" < ${until}::timestamptz)
        GROUP BY 1`
    : await prisma.$queryRaw<{ bailiffId: string; n: number }[]>`
        SELECT a."bailiffId", count(*)::int AS n
        FROM "Assignment" a
        WHERE a."chamberId" = ${chamberId} AND a."sequence" < ${beforeSequence}
          AND (${from}::timestamptz IS NULL OR a."assignedAt" >= ${from}::timestamptz) AND (${until}::timestamptz IS NULL OR a."assignedAt" < ${until}::timestamptz)
        GROUP BY 1`;
  return new Map(rows.map((r) => [r.bailiffId, r.n]));
}

export async function verifyAssignment(prisma: PrismaClient, assignmentId: string): Promise<Verification | null> {
  const a = await prisma.assignment.findUnique({ where: { id: assignmentId }, include: { roster: { select: { members: true } } } });
  if (!a) return null;
  const read = readPool(a.pool as unknown as StoredPool, a.roster?.members as string[] | undefined);
  const [policy, previous] = await Promise.all([
    prisma.assignmentPolicy.findUnique({ where: { id: a.policyId }, select: { version: true, config: true } }),
    a.sequence > 1 ? prisma.assignment.findUnique({ where: { chamberId_sequence: { chamberId: a.chamberId, sequence: a.sequence - 1 } }, select: { hash: true } }) : null,
  ]);
  const names = new Map(
    (await prisma.privateBailiff.findMany({ where: { id: { in: read.candidates.map((c) => c.bailiffId) } }, select: { id: true, person: { select: { lastName: true, firstName: true, patronymic: true } } } })).map(
      (b) => [b.id, [b.person.lastName, b.person.firstName, b.person.patronymic].filter(Boolean).join(' ')],
    ),
  );
  const v = verifyRow(a, read, policy ?? undefined, a.sequence > 1 ? (previous?.hash ?? 'missing') : GENESIS, names);
  const pool = a.pool as unknown as StoredPool;
  const counts = await recount(prisma, a.chamberId, a.sequence, pool.policy, pool.day, pool.category);
  for (const { bailiffId, count } of read.candidates) {
    const actual = counts.get(bailiffId) ?? 0;
    if (actual !== count) v.problems.push(`The pool says ${bailiffId} had ${count} cases, but the record shows ${actual}.`);
  }
  v.ok = v.problems.length === 0;
  return v;
}

export interface EvennessRow {
  bailiffId: string;
  name: string;
  count: number;
  canReceiveNow: boolean;
}

export interface EvennessReport {
  chamberId: string;
  year: number;
  rows: EvennessRow[];
  all: ReturnType<typeof evenness>;
  receiving: ReturnType<typeof evenness>;
  /**
   * The replay of the chamber's chain (every assignment recomputed from what was stored), run only when asked
   * for, once per report: the counts alone need none.
   */
  verification(): Promise<{ checked: number; failed: Verification[] }>;
}

/** Counts per bailiff for a calendar year, and (when asked for) the replay of the chamber's chain. */
export async function evennessReport(prisma: PrismaClient, replays: ChainReplays, chamberId: string, year: number, today: string): Promise<EvennessReport> {
  const bucket = String(year);
  const dayDate = dbDate(today);
  const [bailiffs, loads] = await Promise.all([
    prisma.privateBailiff.findMany({
      where: { chamberId },
      select: {
        id: true, leftOn: true,
        person: { select: { lastName: true, firstName: true, patronymic: true } },
        licence: { select: { status: true } },
        availability: { where: { startsOn: { lte: dayDate }, OR: [{ endsOn: null }, { endsOn: { gte: dayDate } }] }, select: { kind: true } },
      },
      orderBy: { id: 'asc' },
    }),
    prisma.bailiffLoad.findMany({ where: { chamberId, bucket }, select: { bailiffId: true, count: true } }),
  ]);
  const count = new Map(loads.map((l) => [l.bailiffId, l.count]));
  const rows: EvennessRow[] = bailiffs
    .filter((b) => !b.leftOn || b.leftOn > dayDate || count.has(b.id))
    .map((b) => ({
      bailiffId: b.id,
      name: [b.person.lastName, b.person.firstName, b.person.patronymic].filter(Boolean).join(' '),
      count: count.get(b.id) ?? 0,
      canReceiveNow: b.licence?.status === 'ACTIVE' && !b.availability.length && (!b.leftOn || b.leftOn > dayDate),
    }));
  let verification: Promise<{ checked: number; failed: Verification[] }> | null = null;
  return {
    chamberId,
    year,
    rows,
    all: evenness(rows),
    receiving: evenness(rows.filter((r) => r.canReceiveNow)),
    verification: () => (verification ??= replays.check(prisma, chamberId)),
  };
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
