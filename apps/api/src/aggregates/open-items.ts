// G2 (issue 10) and issue 11: the open items past their deadline (how late, by body and region) and those due in
// the next 3 working days, judged in the database with the domain's rules: the effective last day under calendar
// corrections (effectiveDueOn: a correction recorded after registration and falling inside the period moves it),
// the standing and the working days late or left on today's calendar (openItemStanding, T6; dashboard_add_working_days,
// dashboard_effective_due and dashboard_working_days, migrations dashboard_counters and dashboard_calendar_exact).
// overdue (issue 11): each open item's effective last day is kept materialised in "DashboardOpenItem" by triggers in
// the writer's transaction (migration 20261203080000_dashboard_open_items); a request reads the range of last days
// of its standing through one index, judges each distinct last day once, and pages in index order with a LIMIT.
import { almatyDate } from '@oryndau/domain';
import type { PrismaClient } from '@oryndau/db';
import type { CalendarService } from '../services/calendar.ts';
import { isoDate } from '../dates.ts';

export type OpenItemKind = 'APPLICATION' | 'PROCEEDING' | 'COMPLAINT';
/** Who must act on an open item: the service provider's body (for a complaint: its addressee, C1). */
export type ResponsibleBody =
  | 'JUSTICE_OFFICE' | 'ATTESTATION_COMMISSION' | 'MINISTRY_LICENSING' | 'CHAMBER' | 'STATE_BAILIFF'
  | 'PROVIDER_HEAD' | 'MINISTRY' | 'STATE_CORPORATION' | 'QUALITY_CONTROL_BODY';
export const RESPONSIBLE_BODIES: readonly ResponsibleBody[] = ['JUSTICE_OFFICE', 'ATTESTATION_COMMISSION', 'MINISTRY_LICENSING', 'CHAMBER', 'STATE_BAILIFF', 'PROVIDER_HEAD', 'MINISTRY', 'STATE_CORPORATION', 'QUALITY_CONTROL_BODY'];

/** The body that provides each service (000: Appendix 1 the attestation commission, 2 the Ministry, 3 the justice body). */
export function bodyOfService(kind: string): ResponsibleBody {
  if (kind === 'ATTESTATION' || kind === 'ATTESTATION_AND_LICENCE') return 'ATTESTATION_COMMISSION';
  if (kind === 'LICENCE' || kind === 'LICENCE_REISSUE') return 'MINISTRY_LICENSING';
  return 'JUSTICE_OFFICE';
}

export interface OpenItem {
  kind: OpenItemKind;
  id: string;
  number: string;
  /** the service kind (applications), ENFORCEMENT_INITIATION (proceedings), the complaint's subject service or null */
  service: string | null;
  status: string;
  regionId: string | null;
  body: ResponsibleBody;
  chamberId: string | null;
  registeredAt: Date;
  recordedDueOn: string;
  dueOn: string;
  standing: 'OVERDUE' | 'DUE_SOON';
  workingDaysLate: number;
  workingDaysLeft: number;
}

export interface OpenItemsFilter {
  regionIds: string[] | null;
  services: string[] | null;
  bodies: ResponsibleBody[] | null;
}

/** How many open items of the standing for one region or one body, and the most working days late among them. */
export interface OpenItemCount<K> {
  key: K;
  count: number;
  maxWorkingDaysLate: number;
}

export interface OpenItemsResult {
  today: string;
  asOf: Date;
  totalCount: number;
  byRegion: OpenItemCount<string | null>[];
  byBody: OpenItemCount<ResponsibleBody>[];
  /** a page of the items: overdue the latest first, due soon the soonest first (then by number) */
  page(limit: number, offset: number): Promise<OpenItem[]>;
}

/** The rows of the standing ($1 today, $2 regions, $3 services, $4 bodies, $5 standing) by their effective last day:
 * overdue before today, due soon from today to the 3rd working day after (T6). */
const OF_STANDING = `o."dueOn" >= CASE WHEN $5::text = 'OVERDUE' THEN '-infinity'::date ELSE $1::date END
    AND o."dueOn" <= CASE WHEN $5::text = 'OVERDUE' THEN $1::date - 1 ELSE "dashboard_add_working_days"($1::date, 3) END
    AND ($2::text[] IS NULL OR o."regionId" = ANY($2::text[])) AND ($3::text[] IS NULL OR o."service" = ANY($3::text[])) AND ($4::text[] IS NULL OR o."body" = ANY($4::text[]))`;

/** The working days late or left (T6, openItemStanding) of each distinct last day among the rows of CTE `src`: from
 * one running count of working days over the dates between the earliest of them and today (a correction first, then
 * the library's exceptions, then Monday–Friday, as dashboard_is_working), days(a, b) = cum(b) − cum(a), as
 * dashboard_working_days counts — one pass, no function per day. */
const judgeOf = (src: string) => `ds AS MATERIALIZED (SELECT DISTINCT "dueOn" FROM ${src}),
wd AS MATERIALIZED (
  SELECT g.d::date AS d, sum((COALESCE(c."kind" = 'WORKING_DAY', l."working", extract(isodow FROM g.d) < 6))::int) OVER (ORDER BY g.d)::int AS cum
  FROM generate_series((SELECT LEAST(min("dueOn"), $1::date) FROM ds), (SELECT GREATEST(max("dueOn"), $1::date) FROM ds), interval '1 day') g(d)
  LEFT JOIN "CalendarCorrection" c ON c."date" = g.d::date LEFT JOIN "DashboardCalendarDay" l ON l."date" = g.d::date
),
judge AS MATERIALIZED (
  SELECT ds."dueOn",
    CASE WHEN ds."dueOn" < $1::date THEN GREATEST(1, t.cum - w.cum) ELSE 0 END AS "late",
    CASE WHEN ds."dueOn" < $1::date THEN 0 ELSE w.cum - t.cum END AS "left"
  FROM ds JOIN wd w ON w.d = ds."dueOn" JOIN wd t ON t.d = $1::date
)`;
/** The counts by region and by body and the most working days late in each: a sum over the counter rows of the
 * range of days ("DashboardOpenCount", kept with the rows by migration 20261203080000_dashboard_open_items). */
export const OPEN_ITEM_COUNTS = `WITH days AS MATERIALIZED (
  SELECT o."regionId", o."body", o."dueOn", sum(o."n") AS "n" FROM "DashboardOpenCount" o WHERE ${OF_STANDING} AND o."n" <> 0 GROUP BY 1, 2, 3
), ${judgeOf('days')}
  SELECT GROUPING("regionId") = 0 AS "byRegion", CASE WHEN GROUPING("regionId") = 0 THEN "regionId" ELSE "body" END AS "key", sum("n")::int AS "count", max("late")::int AS "max"
  FROM days JOIN judge USING ("dueOn") GROUP BY GROUPING SETS (("regionId"), ("body"))`;
/** A page ($6 limit, $7 offset) of the materialised open items in the order of the index on the last day (overdue:
 * the most working days late first, as working days late never grow with the last day), then number. */
export const OPEN_ITEM_PAGE = `WITH pg AS (SELECT o.* FROM "DashboardOpenItem" o WHERE ${OF_STANDING} ORDER BY o."dueOn", o."number" COLLATE "C", o."id" LIMIT $6 OFFSET $7), ${judgeOf('pg')}
  SELECT pg.*, j."late", j."left" FROM pg JOIN judge j USING ("dueOn") ORDER BY pg."dueOn", pg."number" COLLATE "C", pg."id"`;

interface CountRow { byRegion: boolean; key: string | null; count: number; max: number }
interface ItemRow { kind: OpenItemKind; id: string; number: string; service: string | null; status: string; regionId: string | null; body: ResponsibleBody; chamberId: string | null; registeredAt: Date; recorded: Date; dueOn: Date; late: number; left: number }

const byCount = <K>(a: OpenItemCount<K>, b: OpenItemCount<K>) => b.count - a.count || String(a.key).localeCompare(String(b.key));

export async function openItems(prisma: PrismaClient, _calendars: CalendarService, now: Date, filter: OpenItemsFilter, standing: 'OVERDUE' | 'DUE_SOON'): Promise<OpenItemsResult> {
  const today = almatyDate(now);
  const params = [today, filter.regionIds, filter.services, filter.bodies, standing] as const;
  const [counts, asOf] = await Promise.all([
    prisma.$queryRawUnsafe<CountRow[]>(OPEN_ITEM_COUNTS, ...params),
    prisma.$queryRawUnsafe<{ now: Date }[]>('SELECT now() AS "now"'),
  ]);
  const byRegion = counts.filter((c) => c.byRegion).map((c) => ({ key: c.key, count: c.count, maxWorkingDaysLate: c.max })).sort(byCount);
  const byBody = counts.filter((c) => !c.byRegion).map((c) => ({ key: c.key as ResponsibleBody, count: c.count, maxWorkingDaysLate: c.max })).sort(byCount);
  return {
    today,
    asOf: asOf[0]!.now,
    totalCount: byBody.reduce((s, c) => s + c.count, 0),
    byRegion,
    byBody,
    async page(limit, offset) {
      const rows = await prisma.$queryRawUnsafe<ItemRow[]>(OPEN_ITEM_PAGE, ...params, limit, offset);
      return rows.map((r) => ({
        kind: r.kind, id: r.id, number: r.number, service: r.service, status: r.status, regionId: r.regionId, body: r.body, chamberId: r.chamberId, registeredAt: r.registeredAt,
        recordedDueOn: isoDate(r.recorded), dueOn: isoDate(r.dueOn), standing, workingDaysLate: r.late, workingDaysLeft: r.left,
      }));
    },
  };
}
