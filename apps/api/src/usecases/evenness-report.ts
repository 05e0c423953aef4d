// CH2: how evenly a chamber distributed its cases in a year, and (when asked for) the replay of its whole chain.
import { evenness } from '@oryndau/domain';
import type { PrismaClient } from '@oryndau/db';
import { dbDate } from '../dates.ts';
import type { ChainReplays, Verification } from './assignment-audit.ts';

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
