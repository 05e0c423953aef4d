// Shared by the seed tests: a query helper, the pool's candidates, and the replay of every chamber chain.
import pg from 'pg';
import { expect } from 'vitest';
import { type PrismaClient } from '../src/generated/prisma/client.ts';
import { almatyDate, assignmentHash, assignmentSeed, bucketKeysInWindow, decide, loadBucketsFor, poolRosterId, POOL_FLAGS, type Candidate, type PolicyConfig, type PoolRecord } from '@oryndau/domain';

export const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}


export function candidatesOf(pool: PoolRecord, members: string[]): Candidate[] {
  const out: Candidate[] = [];
  pool.c.forEach((e, i) => {
    if (!e) return;
    const [count, weight, f] = e;
    out.push({
      bailiffId: members[i]!, count, weight,
      licenceValid: !(f & POOL_FLAGS.licenceInvalid), suspended: !!(f & POOL_FLAGS.suspended), absent: !!(f & POOL_FLAGS.absent), paused: !!(f & POOL_FLAGS.paused),
      competentForDistrict: !(f & POOL_FLAGS.notCompetent), conflictWithParty: !!(f & POOL_FLAGS.conflict), expelled: !!(f & POOL_FLAGS.expelled),
      hasOpenCaseWithDebtor: !!(f & POOL_FLAGS.openCaseWithDebtor),
    });
  });
  return out;
}


export async function replayChains(prisma: PrismaClient): Promise<number> {
  const chambers = await prisma.chamber.findMany({ include: { policies: true, region: true } });
  const rosters = new Map((await prisma.assignmentRoster.findMany()).map((r) => [r.id, r]));
  let replayed = 0;
  for (const chamber of chambers) {
    const chain = await prisma.assignment.findMany({ where: { chamberId: chamber.id }, orderBy: { sequence: 'asc' }, include: { document: { select: { category: true } } } });
    const policy = chamber.policies[0]!;
    let previous = 'genesis';
    const earlier: { bailiffId: string; day: string; category: string; buckets: string[] }[] = [];
    for (const [i, a] of chain.entries()) {
      const pool = a.pool as unknown as PoolRecord;
      const where = `${chamber.region.code} #${a.sequence}`;
      expect(a.sequence, where).toBe(i + 1);
      expect(a.previousHash, where).toBe(previous);
      expect(a.seed, where).toBe(assignmentSeed(previous, a.documentId, a.sequence));
      expect(a.hash, where).toBe(assignmentHash({ previousHash: previous, documentId: a.documentId, bailiffId: a.bailiffId, seed: a.seed, sequence: a.sequence, policyVersion: pool.policy.version }));
      expect(a.policyId).toBe(policy.id);
      expect(JSON.stringify(pool.policy), where).toBe(JSON.stringify(policy.config));
      expect(pool.day, where).toBe(almatyDate(a.assignedAt));
      expect(pool.category).toBe(a.document.category);
      const roster = rosters.get(a.rosterId!)!;
      const members = roster.members as string[];
      expect(poolRosterId(members)).toBe(roster.id);
      const candidates = candidatesOf(pool, members);
      const decision = decide(candidates, pool.policy as PolicyConfig, a.seed);
      expect(decision.bailiffId, where).toBe(a.bailiffId);
      // the counts the policy saw: the earlier assignments in the window, recounted from the record
      const window = new Set(bucketKeysInWindow(pool.policy as PolicyConfig, pool.day, pool.category));
      const keyOf = (e: (typeof earlier)[number]) => e.buckets.some((k) => window.has(k));
      const recount = new Map<string, number>();
      for (const e of earlier) if (keyOf(e)) recount.set(e.bailiffId, (recount.get(e.bailiffId) ?? 0) + 1);
      for (const c of candidates) expect(c.count, `${where} ${c.bailiffId}`).toBe(recount.get(c.bailiffId) ?? 0);
      if (a.kind !== 'INITIAL') expect(candidates.map((c) => c.bailiffId), where).not.toContain(pool.leavingBailiffId ?? pool.replacedBailiffId);
      earlier.push({ bailiffId: a.bailiffId, day: pool.day, category: a.document.category, buckets: loadBucketsFor(pool.day, a.document.category) });
      previous = a.hash;
      replayed++;
    }
    // the chamber's head is the chain's tip: the API's next assignment links to it
    expect([chamber.headHash, chamber.sequence], chamber.region.code).toEqual([previous, chain.length]);
    // the BailiffLoad counters are a recount of the chain, bucket by bucket
    const recounted = new Map<string, number>();
    for (const e of earlier) for (const b of e.buckets) recounted.set(`${b}|${e.bailiffId}`, (recounted.get(`${b}|${e.bailiffId}`) ?? 0) + 1);
    const loads = await prisma.bailiffLoad.findMany({ where: { chamberId: chamber.id } });
    expect(new Map(loads.map((l) => [`${l.bucket}|${l.bailiffId}`, l.count])), chamber.region.code).toEqual(recounted);
  }
  return replayed;
}

