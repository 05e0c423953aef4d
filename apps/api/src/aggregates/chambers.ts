// Issue 11, CH2, CH4: the Chambers' figures — per chamber, assignments per bailiff this year (the running
// counts the assignment engine keeps, BailiffLoad), max − min among those who can take cases today, the bailiffs
// excluded and why, redistributions and replacements (the counters), and, when asked, the share of the chamber's
// assignments that verify (the replay of its chain, usecases/assignment-audit.ts). Drill-down: country →
// region (its chamber) → bailiff.
import { evenness } from '@oryndau/domain';
import type { PrismaClient } from '@oryndau/db';
import { dbDate } from '../dates.ts';

/** Why a member of a chamber cannot take cases today (CH2: licence, suspension, leave, pause, membership). */
export type BailiffExclusion =
  | 'NO_LICENCE' | 'LICENCE_SUSPENDED' | 'LICENCE_REVOKED' | 'LICENCE_TERMINATED'
  | 'LEAVE' | 'SICKNESS' | 'SUSPENSION' | 'PAUSE' | 'LEFT_CHAMBER';
export const BAILIFF_EXCLUSIONS: readonly BailiffExclusion[] = ['NO_LICENCE', 'LICENCE_SUSPENDED', 'LICENCE_REVOKED', 'LICENCE_TERMINATED', 'LEAVE', 'SICKNESS', 'SUSPENSION', 'PAUSE', 'LEFT_CHAMBER'];

export interface BailiffFigure {
  bailiffId: string;
  name: string;
  count: number;
  canReceiveNow: boolean;
  exclusions: BailiffExclusion[];
}

export interface ChamberFigure {
  chamberId: string;
  name: string;
  regionId: string;
  year: number;
  members: number;
  receiving: number;
  assignmentsThisYear: number;
  /** max − min, min, max, mean among the members who can take cases today */
  spread: number;
  min: number;
  max: number;
  mean: number;
  excluded: { reason: BailiffExclusion; count: number }[];
  /** the members, most assignments first; null when only the totals were asked (dashperf) */
  bailiffs: BailiffFigure[] | null;
}

/** Why a bailiff cannot take cases today; empty when they can. */
export function exclusionsOf(b: { leftOn: Date | null; licenceStatus: string | null; availability: string[] }, day: Date): BailiffExclusion[] {
  const out: BailiffExclusion[] = [];
  if (b.leftOn && b.leftOn <= day) out.push('LEFT_CHAMBER');
  if (!b.licenceStatus) out.push('NO_LICENCE');
  else if (b.licenceStatus === 'SUSPENDED') out.push('LICENCE_SUSPENDED');
  else if (b.licenceStatus === 'REVOKED') out.push('LICENCE_REVOKED');
  else if (b.licenceStatus !== 'ACTIVE') out.push('LICENCE_TERMINATED');
  for (const a of new Set(b.availability)) out.push(a as BailiffExclusion);
  return out;
}

interface MemberRow {
  id: string;
  chamberId: string;
  leftOn: Date | null;
  licenceStatus: string | null;
  availability: string[];
  name: string;
}

/**
 * Every chamber's figure for `year` (optionally only some regions): two statements whatever the number of chambers.
 * dashperf: without `withBailiffs` (the country view's totals) the members are read by one plain statement —
 * no names, no relations — and `bailiffs` is null; the drill-down asks with `withBailiffs`.
 */
export async function chamberFigures(prisma: PrismaClient, year: number, today: string, regionIds: string[] | null, chamberId?: string, opts: { withBailiffs?: boolean } = { withBailiffs: true }): Promise<ChamberFigure[]> {
  const day = dbDate(today);
  const chambers = await prisma.chamber.findMany({
    where: { ...(regionIds ? { regionId: { in: regionIds } } : {}), ...(chamberId ? { id: chamberId } : {}) },
    select: { id: true, name: true, regionId: true },
    orderBy: { name: 'asc' },
  });
  if (!chambers.length) return [];
  const ids = chambers.map((c) => c.id);
  const [members, loads] = await Promise.all([opts.withBailiffs ? withNames(prisma, ids, day) : totalsOnly(prisma, ids, today, day), prisma.bailiffLoad.findMany({ where: { chamberId: { in: ids }, bucket: String(year) }, select: { chamberId: true, bailiffId: true, count: true } })]);
  const count = new Map(loads.map((l) => [`${l.chamberId}|${l.bailiffId}`, l.count]));
  return chambers.map((c) => {
    const rows: BailiffFigure[] = members
      .filter((b) => b.chamberId === c.id)
      .filter((b) => !b.leftOn || b.leftOn > day || count.has(`${c.id}|${b.id}`))
      .map((b) => {
        const exclusions = exclusionsOf(b, day);
        return { bailiffId: b.id, name: b.name, count: count.get(`${c.id}|${b.id}`) ?? 0, canReceiveNow: !exclusions.length, exclusions };
      });
    const receiving = rows.filter((r) => r.canReceiveNow);
    const e = evenness(receiving);
    const excluded = new Map<BailiffExclusion, number>();
    for (const r of rows) for (const x of r.exclusions) excluded.set(x, (excluded.get(x) ?? 0) + 1);
    return {
      chamberId: c.id, name: c.name, regionId: c.regionId, year,
      members: rows.length, receiving: receiving.length,
      assignmentsThisYear: rows.reduce((s, r) => s + r.count, 0),
      spread: e.spread, min: e.min, max: e.max, mean: e.mean,
      excluded: [...excluded].map(([reason, n]) => ({ reason, count: n })).sort((a, b) => b.count - a.count),
      bailiffs: opts.withBailiffs ? rows.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) : null,
    };
  });
}

async function withNames(prisma: PrismaClient, ids: string[], day: Date): Promise<MemberRow[]> {
  const bailiffs = await prisma.privateBailiff.findMany({
    where: { chamberId: { in: ids } },
    select: {
      id: true, chamberId: true, leftOn: true,
      person: { select: { lastName: true, firstName: true, patronymic: true } },
      licence: { select: { status: true } },
      availability: { where: { startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] }, select: { kind: true } },
    },
    orderBy: { id: 'asc' },
  });
  return bailiffs.map((b) => ({ id: b.id, chamberId: b.chamberId, leftOn: b.leftOn, licenceStatus: b.licence?.status ?? null, availability: b.availability.map((a) => a.kind), name: [b.person.lastName, b.person.firstName, b.person.patronymic].filter(Boolean).join(' ') }));
}

/** The members' standing today in one statement (no names): what the totals need. */
async function totalsOnly(prisma: PrismaClient, ids: string[], today: string, day: Date): Promise<MemberRow[]> {
  const rows = await prisma.$queryRawUnsafe<Array<{ id: string; chamberId: string; left: boolean; licenceStatus: string | null; availability: string[] }>>(
    `SELECT b."id", b."chamberId", (b."leftOn" IS NOT NULL AND b."leftOn" <= $2::date) AS "left", l."status"::text AS "licenceStatus",
       ARRAY(SELECT DISTINCT a."kind"::text FROM "BailiffAvailability" a WHERE a."bailiffId" = b."id" AND a."startsOn" <= $2::date AND (a."endsOn" IS NULL OR a."endsOn" >= $2::date)) AS "availability"
     FROM "PrivateBailiff" b LEFT JOIN "Licence" l ON l."id" = b."licenceId" WHERE b."chamberId" = ANY($1::text[])`,
    ids, today,
  );
  // leftOn as far as the figure needs it: on or before today (the day itself), or not yet (null)
  return rows.map((r) => ({ id: r.id, chamberId: r.chamberId, leftOn: r.left ? day : null, licenceStatus: r.licenceStatus, availability: r.availability, name: '' }));
}
