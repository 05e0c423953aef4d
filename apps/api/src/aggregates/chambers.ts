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
  bailiffs: BailiffFigure[];
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

/** Every chamber's figure for `year` (optionally only some regions): two statements whatever the number of chambers. */
export async function chamberFigures(prisma: PrismaClient, year: number, today: string, regionIds: string[] | null, chamberId?: string): Promise<ChamberFigure[]> {
  const day = dbDate(today);
  const chambers = await prisma.chamber.findMany({
    where: { ...(regionIds ? { regionId: { in: regionIds } } : {}), ...(chamberId ? { id: chamberId } : {}) },
    select: { id: true, name: true, regionId: true },
    orderBy: { name: 'asc' },
  });
  if (!chambers.length) return [];
  const ids = chambers.map((c) => c.id);
  const [bailiffs, loads] = await Promise.all([
    prisma.privateBailiff.findMany({
      where: { chamberId: { in: ids } },
      select: {
        id: true, chamberId: true, leftOn: true,
        person: { select: { lastName: true, firstName: true, patronymic: true } },
        licence: { select: { status: true } },
        availability: { where: { startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] }, select: { kind: true } },
      },
      orderBy: { id: 'asc' },
    }),
    prisma.bailiffLoad.findMany({ where: { chamberId: { in: ids }, bucket: String(year) }, select: { chamberId: true, bailiffId: true, count: true } }),
  ]);
  const count = new Map(loads.map((l) => [`${l.chamberId}|${l.bailiffId}`, l.count]));
  return chambers.map((c) => {
    const rows: BailiffFigure[] = bailiffs
      .filter((b) => b.chamberId === c.id)
      .filter((b) => !b.leftOn || b.leftOn > day || count.has(`${c.id}|${b.id}`))
      .map((b) => {
        const exclusions = exclusionsOf({ leftOn: b.leftOn, licenceStatus: b.licence?.status ?? null, availability: b.availability.map((a) => a.kind) }, day);
        return { bailiffId: b.id, name: [b.person.lastName, b.person.firstName, b.person.patronymic].filter(Boolean).join(' '), count: count.get(`${c.id}|${b.id}`) ?? 0, canReceiveNow: !exclusions.length, exclusions };
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
      bailiffs: rows.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    };
  });
}
