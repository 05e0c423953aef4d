// G2 (issue 10) and issue 11: the open items past their deadline (how late, by body and region) and those due in
// the next 3 working days, judged in the database with the domain's rules: the effective last day under calendar
// corrections (effectiveDueOn: a correction recorded after registration and falling inside the period moves it),
// the standing and the working days late or left on today's calendar (openItemStanding, T6; dashboard_add_working_days,
// dashboard_effective_due and dashboard_working_days, migrations dashboard_counters and dashboard_calendar_exact).
// Only open items are read, through the partial indexes of open items by due date, up to a bound past the window;
// each distinct last day is judged once; the counts are one statement and the list a page of another.
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

/** The margin by which corrections may bring an effective last day before the recorded one (calendar days). */
const CORRECTION_MARGIN_DAYS = 14;

const BODY_OF_KIND = `CASE WHEN a."kind" IN ('ATTESTATION', 'ATTESTATION_AND_LICENCE') THEN 'ATTESTATION_COMMISSION' WHEN a."kind" IN ('LICENCE', 'LICENCE_REISSUE') THEN 'MINISTRY_LICENSING' ELSE 'JUSTICE_OFFICE' END`;

/** The judged open items (a CTE named `judged`; $1 today, $2 regions, $3 services, $4 bodies, $5 standing), for the figure and EXPLAIN. */
export const JUDGED = `
WITH p AS MATERIALIZED (SELECT $1::date AS today, "dashboard_add_working_days"($1::date, 3) AS soon),
corr AS MATERIALIZED (SELECT "date", "createdAt" FROM "CalendarCorrection"),
cand AS (
  SELECT 'APPLICATION' AS "kind", a."id", a."number", a."kind"::text AS "service", a."status"::text AS "status", a."providerRegionId" AS "regionId",
    ${BODY_OF_KIND} AS "body", NULL::text AS "chamberId", a."registeredAt", a."dueOn" AS "recorded"
  FROM "ServiceApplication" a, p
  WHERE a."status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING') AND a."dueOn" <= p.soon + ${CORRECTION_MARGIN_DAYS} AND a."registeredAt" IS NOT NULL
    AND ($2::text[] IS NULL OR a."providerRegionId" = ANY($2::text[]))
    AND NOT EXISTS (SELECT 1 FROM "ExecutiveDocument" e JOIN "EnforcementProceeding" ep ON ep."documentId" = e."id" WHERE e."applicationId" = a."id")
  UNION ALL
  SELECT 'PROCEEDING', ep."id", ep."number", 'ENFORCEMENT_INITIATION', ep."status"::text, d."regionId",
    CASE WHEN ep."stateBailiffId" IS NOT NULL THEN 'STATE_BAILIFF' ELSE 'CHAMBER' END, b."chamberId", ep."registeredAt", ep."decisionDueOn"
  FROM "EnforcementProceeding" ep JOIN "ExecutiveDocument" e ON e."id" = ep."documentId" JOIN "EnforcementDistrict" d ON d."id" = e."districtId"
    LEFT JOIN "PrivateBailiff" b ON b."id" = ep."bailiffId", p
  WHERE ep."status" = 'AWAITING_DECISION' AND ep."decisionDueOn" <= p.soon + ${CORRECTION_MARGIN_DAYS} AND ($2::text[] IS NULL OR d."regionId" = ANY($2::text[]))
  UNION ALL
  SELECT 'COMPLAINT', c."id", c."number", a."kind"::text, c."status"::text, COALESCE(a."providerRegionId", d."regionId"),
    c."addressee"::text, NULL::text, c."registeredAt", COALESCE(c."extendedDueOn", c."dueOn")
  FROM "Complaint" c LEFT JOIN "ServiceApplication" a ON a."id" = c."applicationId"
    LEFT JOIN "EnforcementProceeding" ep ON ep."id" = c."proceedingId" LEFT JOIN "ExecutiveDocument" e ON e."id" = ep."documentId"
    LEFT JOIN "EnforcementDistrict" d ON d."id" = e."districtId", p
  WHERE c."status" IN ('REGISTERED', 'EXTENDED') AND COALESCE(c."extendedDueOn", c."dueOn") <= p.soon + ${CORRECTION_MARGIN_DAYS}
    AND ($2::text[] IS NULL OR COALESCE(a."providerRegionId", d."regionId") = ANY($2::text[]))
),
picked AS (
  SELECT cand.*, "dashboard_day"(cand."registeredAt") AS "start",
    (SELECT min(corr."createdAt") FROM corr WHERE corr."createdAt" > cand."registeredAt") AS "since"
  FROM cand WHERE ($3::text[] IS NULL OR cand."service" = ANY($3::text[])) AND ($4::text[] IS NULL OR cand."body" = ANY($4::text[]))
),
moved AS MATERIALIZED (
  SELECT k."start", k."recorded", k."since", "dashboard_effective_due"(k."start", k."recorded", k."since") AS "dueOn"
  FROM (SELECT DISTINCT "start", "recorded", "since" FROM picked WHERE "since" IS NOT NULL AND "recorded" > "start") k
),
eff AS (
  SELECT x.*, COALESCE(m."dueOn", x."recorded") AS "dueOn"
  FROM picked x LEFT JOIN moved m ON m."start" = x."start" AND m."recorded" = x."recorded" AND m."since" = x."since"
),
judge AS MATERIALIZED (
  SELECT e."dueOn", CASE WHEN e."dueOn" < p.today THEN 'OVERDUE' WHEN e."dueOn" <= p.soon THEN 'DUE_SOON' END AS "standing",
    CASE WHEN e."dueOn" < p.today THEN GREATEST(1, "dashboard_working_days"(e."dueOn", p.today)) ELSE 0 END AS "late",
    CASE WHEN e."dueOn" < p.today THEN 0 ELSE "dashboard_working_days"(p.today, e."dueOn") END AS "left"
  FROM (SELECT DISTINCT "dueOn" FROM eff) e, p
),
judged AS (SELECT eff.*, j."late", j."left" FROM eff JOIN judge j USING ("dueOn") WHERE j."standing" = $5)`;

interface CountRow { byRegion: boolean; key: string | null; count: number; max: number }
interface ItemRow { kind: OpenItemKind; id: string; number: string; service: string | null; status: string; regionId: string | null; body: ResponsibleBody; chamberId: string | null; registeredAt: Date; recorded: Date; dueOn: Date; late: number; left: number }

const byCount = <K>(a: OpenItemCount<K>, b: OpenItemCount<K>) => b.count - a.count || String(a.key).localeCompare(String(b.key));

export async function openItems(prisma: PrismaClient, _calendars: CalendarService, now: Date, filter: OpenItemsFilter, standing: 'OVERDUE' | 'DUE_SOON'): Promise<OpenItemsResult> {
  const today = almatyDate(now);
  const params = [today, filter.regionIds, filter.services, filter.bodies, standing] as const;
  const [counts, asOf] = await Promise.all([
    prisma.$queryRawUnsafe<CountRow[]>(
      `${JUDGED}
       SELECT GROUPING("regionId") = 0 AS "byRegion", CASE WHEN GROUPING("regionId") = 0 THEN "regionId" ELSE "body" END AS "key", count(*)::int AS "count", max("late")::int AS "max"
       FROM judged GROUP BY GROUPING SETS (("regionId"), ("body"))`,
      ...params,
    ),
    prisma.$queryRawUnsafe<{ now: Date }[]>('SELECT now() AS "now"'),
  ]);
  const byRegion = counts.filter((c) => c.byRegion).map((c) => ({ key: c.key, count: c.count, maxWorkingDaysLate: c.max })).sort(byCount);
  const byBody = counts.filter((c) => !c.byRegion).map((c) => ({ key: c.key as ResponsibleBody, count: c.count, maxWorkingDaysLate: c.max })).sort(byCount);
  const order = standing === 'OVERDUE' ? '"late" DESC, "dueOn", "number" COLLATE "C", "id"' : '"dueOn", "number" COLLATE "C", "id"';
  return {
    today,
    asOf: asOf[0]!.now,
    totalCount: byBody.reduce((s, c) => s + c.count, 0),
    byRegion,
    byBody,
    async page(limit, offset) {
      const rows = await prisma.$queryRawUnsafe<ItemRow[]>(`${JUDGED} SELECT * FROM judged ORDER BY ${order} LIMIT $6 OFFSET $7`, ...params, limit, offset);
      return rows.map((r) => ({
        kind: r.kind, id: r.id, number: r.number, service: r.service, status: r.status, regionId: r.regionId, body: r.body, chamberId: r.chamberId, registeredAt: r.registeredAt,
        recordedDueOn: isoDate(r.recorded), dueOn: isoDate(r.dueOn), standing, workingDaysLate: r.late, workingDaysLeft: r.left,
      }));
    },
  };
}
