// Issue 11: reading the dashboards' counters (migration dashboard_counters). A figure is the sum of the
// compacted counters and the deltas not yet folded in, read in one statement (one snapshot): it is never behind
// the committed data, and says as of when (the statement's time). Compaction runs off the request's path.
import type { PrismaClient } from '@oryndau/db';

export type Subject = 'APPLICATION' | 'PROCEEDING' | 'MEASURE' | 'COMPLAINT' | 'INSPECTION' | 'ASSIGNMENT';
export const COUNTER_COLUMNS = ['service', 'regionId', 'body', 'month', 'channel', 'outcome', 'term', 'days'] as const;
export type CounterColumn = (typeof COUNTER_COLUMNS)[number];

export interface CounterFilter {
  /** null: every region; otherwise only these */
  regionIds: string[] | null;
  fromMonth: string;
  toMonth: string;
  services?: string[] | null;
  bodies?: string[] | null;
  outcomes?: string[] | null;
  terms?: string[] | null;
}

export type CounterRow = Partial<Record<Exclude<CounterColumn, 'days'>, string>> & { days?: number; count: number };

export interface CounterRead {
  asOf: Date;
  rows: CounterRow[];
}

/** Sums of `subject`'s counters grouped by `by`, under `filter`: one statement over counters and deltas. */
export async function readCounters(prisma: PrismaClient, subject: Subject, filter: CounterFilter, by: readonly CounterColumn[]): Promise<CounterRead> {
  const cols = by.map((c) => `"${c}"`);
  const params: unknown[] = [subject, filter.fromMonth, filter.toMonth];
  const where = ['"subject" = $1', '"month" >= $2', '"month" <= $3'];
  const list = (column: string, values: string[] | null | undefined) => {
    if (!values) return;
    params.push(values);
    where.push(`"${column}" = ANY($${params.length}::text[])`);
  };
  list('regionId', filter.regionIds);
  list('service', filter.services);
  list('body', filter.bodies);
  list('outcome', filter.outcomes);
  list('term', filter.terms);
  const w = where.join(' AND ');
  const select = cols.length ? `${cols.join(', ')}, ` : '';
  const group = cols.length ? `GROUP BY ${cols.join(', ')}` : '';
  const sql = `SELECT ${select}sum(c)::float8 AS "count", now() AS "asOf" FROM (
      SELECT ${select}"count" AS c FROM "DashboardCounter" WHERE ${w}
      UNION ALL SELECT ${select}"delta" AS c FROM "DashboardDelta" WHERE ${w}) x ${group} HAVING sum(c) <> 0`;
  const rows = await prisma.$queryRawUnsafe<Array<Record<string, unknown> & { count: number; asOf: Date }>>(sql, ...params);
  maybeCompact(prisma);
  const asOf = rows[0]?.asOf ?? (await prisma.$queryRawUnsafe<{ now: Date }[]>('SELECT now() AS "now"'))[0]!.now;
  return { asOf, rows: rows.map(({ asOf: _a, ...r }) => r as CounterRow) };
}

// ---------------------------------------------------------------- compaction: at most every 5 s per process

const lastCompaction = new WeakMap<PrismaClient, number>();
export const COMPACTION_INTERVAL_MS = 5_000;

/** Folds the deltas into the counters when the last compaction of this process is older than 5 s (off the path). */
export function maybeCompact(prisma: PrismaClient, now = Date.now()): void {
  if (now - (lastCompaction.get(prisma) ?? 0) < COMPACTION_INTERVAL_MS) return;
  lastCompaction.set(prisma, now);
  compact(prisma).catch((e) => console.error('[oryndau] dashboard compaction failed', e));
}

/** Folds every committed delta into the counters now; returns how many delta rows were folded (0 when another compactor runs). */
export async function compact(prisma: PrismaClient): Promise<number> {
  const [r] = await prisma.$queryRawUnsafe<{ moved: number }[]>('SELECT "dashboard_compact"()::int AS "moved"');
  return r?.moved ?? 0;
}

/** Recounts every counter from the base tables (after a bulk load with the triggers off). */
export async function rebuild(prisma: PrismaClient, fromMonth: string | null = null): Promise<void> {
  await prisma.$executeRawUnsafe('SELECT "dashboard_rebuild"($1::text)', fromMonth);
}
