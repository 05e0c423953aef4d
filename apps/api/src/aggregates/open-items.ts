// G2 (issue 10) and issue 11: the open items past their deadline (how late, by body and region) and those due in
// the next 3 working days. Read from the partial indexes of open items by due date (a small set: the open items
// near or past their last day), then judged against today's calendar: a correction of the calendar recorded
// after an item was registered and falling inside its period moves its effective last day (effectiveDueOn).
import { addDays, almatyDate, effectiveDueOn, openItemStanding, WorkingCalendar, type DatedCorrection } from '@oryndau/domain';
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

export interface OpenItemsResult {
  today: string;
  asOf: Date;
  items: OpenItem[];
}

/** The margin by which corrections may bring an effective last day before the recorded one (calendar days). */
const CORRECTION_MARGIN_DAYS = 14;

export async function openItems(prisma: PrismaClient, calendars: CalendarService, now: Date, filter: OpenItemsFilter, standing: 'OVERDUE' | 'DUE_SOON'): Promise<OpenItemsResult> {
  const today = almatyDate(now);
  const corrections = await prisma.$queryRawUnsafe<{ date: Date; kind: 'HOLIDAY' | 'WORKING_DAY'; name: string; createdAt: Date }[]>(
    'SELECT "date", "kind"::text AS "kind", "name", "createdAt" FROM "CalendarCorrection" ORDER BY "date"',
  );
  const dated: DatedCorrection[] = corrections.map((c) => ({ date: isoDate(c.date), kind: c.kind, name: c.name, createdAt: c.createdAt }));
  const cal = calendars.fromCorrections(dated);
  const bound = addDays(cal.addWorkingDays(today, 3), CORRECTION_MARGIN_DAYS);
  const regionParam = filter.regionIds;
  const [apps, procs, complaints, asOf] = await Promise.all([
    prisma.$queryRawUnsafe<Row[]>(
      `SELECT a."id", a."number", a."kind"::text AS "service", a."status"::text AS "status", a."providerRegionId" AS "regionId", a."registeredAt", a."dueOn" AS "due", NULL::text AS "chamberId", NULL::text AS "addressee", false AS "state"
       FROM "ServiceApplication" a
       WHERE a."status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING') AND a."dueOn" <= $1::date AND a."registeredAt" IS NOT NULL
         AND ($2::text[] IS NULL OR a."providerRegionId" = ANY($2::text[]))
         AND NOT EXISTS (SELECT 1 FROM "ExecutiveDocument" e JOIN "EnforcementProceeding" p ON p."documentId" = e."id" WHERE e."applicationId" = a."id")`,
      bound, regionParam,
    ),
    prisma.$queryRawUnsafe<Row[]>(
      `SELECT p."id", p."number", 'ENFORCEMENT_INITIATION' AS "service", p."status"::text AS "status", d."regionId", p."registeredAt", p."decisionDueOn" AS "due", b."chamberId", NULL::text AS "addressee", (p."stateBailiffId" IS NOT NULL) AS "state"
       FROM "EnforcementProceeding" p JOIN "ExecutiveDocument" e ON e."id" = p."documentId" JOIN "EnforcementDistrict" d ON d."id" = e."districtId"
       LEFT JOIN "PrivateBailiff" b ON b."id" = p."bailiffId"
       WHERE p."status" = 'AWAITING_DECISION' AND p."decisionDueOn" <= $1::date AND ($2::text[] IS NULL OR d."regionId" = ANY($2::text[]))`,
      bound, regionParam,
    ),
    prisma.$queryRawUnsafe<Row[]>(
      `SELECT c."id", c."number", a."kind"::text AS "service", c."status"::text AS "status", COALESCE(a."providerRegionId", d."regionId") AS "regionId", c."registeredAt", COALESCE(c."extendedDueOn", c."dueOn") AS "due", NULL::text AS "chamberId", c."addressee"::text AS "addressee", false AS "state"
       FROM "Complaint" c LEFT JOIN "ServiceApplication" a ON a."id" = c."applicationId"
       LEFT JOIN "EnforcementProceeding" p ON p."id" = c."proceedingId" LEFT JOIN "ExecutiveDocument" e ON e."id" = p."documentId" LEFT JOIN "EnforcementDistrict" d ON d."id" = e."districtId"
       WHERE c."status" IN ('REGISTERED', 'EXTENDED') AND COALESCE(c."extendedDueOn", c."dueOn") <= $1::date
         AND ($2::text[] IS NULL OR COALESCE(a."providerRegionId", d."regionId") = ANY($2::text[]))`,
      bound, regionParam,
    ),
    prisma.$queryRawUnsafe<{ now: Date }[]>('SELECT now() AS "now"'),
  ]);
  // one calendar per set of corrections known at registration (few: corrections are rare)
  const thenCalendars = new Map<string, WorkingCalendar>();
  const calendarAt = (known: readonly DatedCorrection[]) => {
    const k = known.map((c) => c.date).join(',');
    let c = thenCalendars.get(k);
    if (!c) thenCalendars.set(k, (c = new WorkingCalendar(known)));
    return c;
  };
  const items: OpenItem[] = [];
  const judge = (kind: OpenItemKind, r: Row, body: ResponsibleBody) => {
    if (filter.bodies && !filter.bodies.includes(body)) return;
    if (filter.services && !(r.service && filter.services.includes(r.service))) return;
    const recorded = isoDate(r.due);
    const due = effectiveDueOn({ start: almatyDate(r.registeredAt), recordedDueOn: recorded, registeredAt: r.registeredAt }, dated, cal, calendarAt);
    const s = openItemStanding(due, today, cal);
    if (s.standing !== standing) return;
    items.push({ kind, id: r.id, number: r.number, service: r.service, status: r.status, regionId: r.regionId, body, chamberId: r.chamberId, registeredAt: r.registeredAt, recordedDueOn: recorded, dueOn: due, standing, workingDaysLate: s.workingDaysLate, workingDaysLeft: s.workingDaysLeft });
  };
  for (const r of apps) judge('APPLICATION', r, bodyOfService(r.service!));
  for (const r of procs) judge('PROCEEDING', r, r.state ? 'STATE_BAILIFF' : 'CHAMBER');
  for (const r of complaints) judge('COMPLAINT', r, r.addressee as ResponsibleBody);
  items.sort(standing === 'OVERDUE'
    ? (a, b) => b.workingDaysLate - a.workingDaysLate || a.dueOn.localeCompare(b.dueOn) || a.number.localeCompare(b.number)
    : (a, b) => a.dueOn.localeCompare(b.dueOn) || a.number.localeCompare(b.number));
  return { today, asOf: asOf[0]!.now, items };
}

interface Row {
  id: string;
  number: string;
  service: string | null;
  status: string;
  regionId: string | null;
  registeredAt: Date;
  due: Date;
  chamberId: string | null;
  addressee: string | null;
  state: boolean;
}

export function countBy<T>(items: readonly T[], keyOf: (t: T) => string | null): { key: string | null; count: number }[] {
  const m = new Map<string | null, number>();
  for (const i of items) m.set(keyOf(i), (m.get(keyOf(i)) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}
