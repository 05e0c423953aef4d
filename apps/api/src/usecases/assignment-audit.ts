// Proof of even distribution: anyone auditing a chamber recomputes each assignment from what was stored.
// verifyAssignment checks one: the seed derives from the chain, the hash chain links, the policy is the one of
// record, every count in the pool equals a recount of the earlier assignments, and the policy applied to the
// stored pool with the stored seed picks the bailiff who got the case. The evenness report replays a chamber's
// whole chain the same way.
import { assignmentHash, assignmentSeed, bucketKeysInWindow, decide, evenness, type Candidate, type PolicyConfig } from '@oryndau/domain';
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
function readPool(pool: StoredPool, members: readonly string[] | null | undefined): { candidates: Candidate[]; problem: string | null } {
  try {
    return { candidates: poolCandidates(pool, members), problem: null };
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
  const candidates = candidatesRead.candidates.map((c) => ({ ...c, name: names?.get(c.bailiffId) }));
  const recomputed = decide(candidates, pool.policy, a.seed);
  if (recomputed.bailiffId !== a.bailiffId) problems.push(`The policy picks ${recomputed.bailiffId ?? 'nobody'} from the stored pool, but the case went to ${a.bailiffId}.`);
  return { assignmentId: a.id, ok: problems.length === 0, problems, storedBailiffId: a.bailiffId, recomputedBailiffId: recomputed.bailiffId, explanation: recomputed.explanation };
}

/** Recount of earlier assignments per bailiff, in the bucket the policy counted in. */
async function recount(prisma: PrismaClient, chamberId: string, beforeSequence: number, policy: PolicyConfig, day: string, category: DocumentCategory) {
  const year = policy.period === 'CALENDAR_YEAR' ? day.slice(0, 4) : null;
  const rollingFrom = policy.period === 'ROLLING_365_DAYS' ? new Date(dbDate(day).getTime() - 364 * 86_400_000) : null;
  const cat = policy.perCategory ? category : null;
  const rows = await prisma.$queryRaw<{ bailiffId: string; n: number }[]>`
    SELECT a."bailiffId", count(*)::int AS n
    FROM "Assignment" a JOIN "ExecutiveDocument" d ON d."id" = a."documentId"
    WHERE a."chamberId" = ${chamberId} AND a."sequence" < ${beforeSequence}
      AND (${year}::text IS NULL OR to_char(a."assignedAt" + interval '5 hours', 'YYYY') = ${year}::text)
      AND (${rollingFrom}::timestamptz IS NULL OR (a."assignedAt" + interval '5 hours')::date >= (${rollingFrom}::timestamptz)::date)
      AND (${cat}::text IS NULL OR d."category"::text = ${cat}::text)
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
  assignmentsChecked: number;
  failed: Verification[];
}

/** Counts per bailiff for a calendar year, and a full replay of the chamber's chain. */
export async function evennessReport(prisma: PrismaClient, chamberId: string, year: number, today: string): Promise<EvennessReport> {
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
  const { checked, failed } = await replayChain(prisma, chamberId);
  return {
    chamberId,
    year,
    rows,
    all: evenness(rows),
    receiving: evenness(rows.filter((r) => r.canReceiveNow)),
    assignmentsChecked: checked,
    failed,
  };
}

/**
 * Replays a chamber's chain from its first assignment: recomputes every decision and checks every stored count
 * against the running counts, in batches (a chamber may hold hundreds of thousands of assignments).
 */
export async function replayChain(prisma: PrismaClient, chamberId: string, batch = 2000): Promise<{ checked: number; failed: Verification[] }> {
  const policies = new Map((await prisma.assignmentPolicy.findMany({ where: { chamberId } })).map((p) => [p.id, p]));
  const running = new Map<string, Map<string, number>>();
  const failed: Verification[] = [];
  let previousHash = GENESIS;
  let expectedSequence = 1;
  let checked = 0;
  const rosters = new Map<string, string[]>(); // a chamber's assignments share a few rosters: each is read once
  for (;;) {
    const page = await prisma.assignment.findMany({
      where: { chamberId, sequence: { gte: expectedSequence } },
      orderBy: { sequence: 'asc' },
      take: batch,
      select: { id: true, chamberId: true, documentId: true, bailiffId: true, sequence: true, seed: true, hash: true, previousHash: true, pool: true, rosterId: true, policyId: true, document: { select: { category: true } } },
    });
    for (const [id, members] of await loadRosters(prisma, page.map((a) => a.rosterId).filter((id) => id && !rosters.has(id)))) rosters.set(id, members);
    for (const a of page) {
      const read = readPool(a.pool as unknown as StoredPool, a.rosterId ? rosters.get(a.rosterId) : null);
      const v = verifyRow(a, read, policies.get(a.policyId), previousHash);
      if (a.sequence !== expectedSequence) v.problems.push(`Sequence ${expectedSequence} is missing from the chain.`);
      const pool = a.pool as unknown as StoredPool;
      const window = bucketKeysInWindow(pool.policy, pool.day, a.document.category);
      for (const { bailiffId, count: c } of read.candidates) {
        const replayed = window.reduce((sum, key) => sum + (running.get(key)?.get(bailiffId) ?? 0), 0);
        if (replayed !== c) v.problems.push(`The pool says ${bailiffId} had ${c} cases, but the replay counts ${replayed}.`);
      }
      for (const b of bucketsFor(pool.day, a.document.category)) {
        const m = running.get(b) ?? new Map<string, number>();
        m.set(a.bailiffId, (m.get(a.bailiffId) ?? 0) + 1);
        running.set(b, m);
      }
      v.ok = v.problems.length === 0;
      if (!v.ok) failed.push(v);
      previousHash = a.hash;
      expectedSequence = a.sequence + 1;
      checked++;
    }
    if (page.length < batch) break;
  }
  return { checked, failed };
}
