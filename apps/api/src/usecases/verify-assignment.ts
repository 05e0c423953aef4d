// CH2: anyone who may see an assignment recomputes it from what was stored, and learns whether it followed the policy.
import { addDays, type PolicyConfig } from '@oryndau/domain';
import type { DocumentCategory, PrismaClient } from '@oryndau/db';
import type { StoredPool } from './assignment-pool.ts';
import { GENESIS, readPool, verifyRow, type Verification } from './assignment-audit.ts';

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
