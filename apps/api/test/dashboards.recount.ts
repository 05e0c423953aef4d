// Issue 11: a full recount of the dashboards' counters from the base tables, written independently of the SQL
// triggers (in TypeScript, with the domain's rules and WorkingCalendar): the tests hold the two equal.
import { almatyDate, effectiveDueOn, openItemStanding, termOutcome, WorkingCalendar, workingDaysTaken, type DatedCorrection } from '@oryndau/domain';
import type { PrismaClient } from '@oryndau/db';

const month = (d: Date) => almatyDate(d).slice(0, 7);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function calendarOf(prisma: PrismaClient): Promise<WorkingCalendar> {
  const cs = await prisma.calendarCorrection.findMany();
  return new WorkingCalendar(cs.map((c) => ({ date: iso(c.date), kind: c.kind, name: c.name })));
}

/** key → count, from the base tables. */
export async function recount(prisma: PrismaClient): Promise<Map<string, number>> {
  const cal = await calendarOf(prisma);
  const out = new Map<string, number>();
  const add = (...k: (string | number)[]) => {
    const key = k.join('|');
    out.set(key, (out.get(key) ?? 0) + 1);
  };
  const term = (decided: boolean, open: boolean, decidedAt: Date | null, due: Date | null) =>
    decided && decidedAt && due ? termOutcome(decidedAt, iso(due)) : open ? 'OPEN' : '';
  const [apps, procs, measures, complaints, inspections, assignments, chambers, bailiffs] = await Promise.all([
    prisma.serviceApplication.findMany({ select: { kind: true, providerRegionId: true, registeredAt: true, createdAt: true, channel: true, status: true, decidedAt: true, dueOn: true } }),
    prisma.enforcementProceeding.findMany({ select: { stateBailiffId: true, bailiffId: true, registeredAt: true, status: true, refusalGround: true, decidedAt: true, decisionDueOn: true, document: { select: { district: { select: { regionId: true } } } } } }),
    prisma.enforcementMeasure.findMany({ select: { kind: true, takenOn: true, proceeding: { select: { document: { select: { district: { select: { regionId: true } } } } } } } }),
    prisma.complaint.findMany({ select: { addressee: true, registeredAt: true, status: true, decidedAt: true, dueOn: true, extendedDueOn: true, application: { select: { providerRegionId: true } }, proceeding: { select: { document: { select: { district: { select: { regionId: true } } } } } } } }),
    prisma.inspection.findMany({ select: { kind: true, subjectRegionId: true, chamber: { select: { regionId: true } }, planId: true, startsOn: true, status: true } }),
    prisma.assignment.findMany({ select: { kind: true, chamberId: true, assignedAt: true } }),
    prisma.chamber.findMany({ select: { id: true, regionId: true } }),
    prisma.privateBailiff.findMany({ select: { id: true, chamberId: true } }),
  ]);
  const chamberRegion = new Map(chambers.map((c) => [c.id, c.regionId]));
  const bailiffChamber = new Map(bailiffs.map((b) => [b.id, b.chamberId]));
  for (const a of apps) {
    const decided = a.status === 'APPROVED' || a.status === 'REFUSED';
    const open = ['REGISTERED', 'IN_REVIEW', 'HEARING'].includes(a.status);
    const days = decided && a.decidedAt && a.registeredAt ? workingDaysTaken(a.registeredAt, a.decidedAt, cal) : -1;
    add('APPLICATION', a.kind, a.providerRegionId ?? '', '', month(a.registeredAt ?? a.createdAt), a.channel, a.status, term(decided, open, a.decidedAt, a.dueOn), days);
  }
  for (const p of procs) {
    const outcome = p.status === 'REFUSED' && p.refusalGround ? `REFUSED:${p.refusalGround}` : p.status;
    const days = p.decidedAt ? workingDaysTaken(p.registeredAt, p.decidedAt, cal) : -1;
    add('PROCEEDING', p.stateBailiffId ? 'STATE_BAILIFF' : 'CHAMBER', p.document.district.regionId, (p.bailiffId && bailiffChamber.get(p.bailiffId)) ?? '', month(p.registeredAt), '', outcome, term(!!p.decidedAt, p.status === 'AWAITING_DECISION', p.decidedAt, p.decisionDueOn), days);
  }
  for (const m of measures) add('MEASURE', m.kind, m.proceeding.document.district.regionId, '', iso(m.takenOn).slice(0, 7), '', '', '', -1);
  for (const c of complaints) {
    const decided = c.status === 'UPHELD' || c.status === 'REJECTED';
    const days = decided && c.decidedAt ? workingDaysTaken(c.registeredAt, c.decidedAt, cal) : -1;
    const region = c.application?.providerRegionId ?? c.proceeding?.document.district.regionId ?? '';
    add('COMPLAINT', c.addressee, region, '', month(c.registeredAt), '', c.status, term(decided, c.status === 'REGISTERED' || c.status === 'EXTENDED', c.decidedAt, c.extendedDueOn ?? c.dueOn), days);
  }
  for (const i of inspections) add('INSPECTION', i.kind, i.subjectRegionId ?? i.chamber?.regionId ?? '', i.planId ?? '', iso(i.startsOn).slice(0, 7), '', i.status, '', -1);
  for (const s of assignments) add('ASSIGNMENT', s.kind, chamberRegion.get(s.chamberId) ?? '', s.chamberId, month(s.assignedAt), '', '', '', -1);
  return out;
}

/** key → count, as the dashboards read it: counters plus the deltas not yet compacted. */
export async function counted(prisma: PrismaClient): Promise<Map<string, number>> {
  const rows = await prisma.$queryRawUnsafe<{ k: string; n: number }[]>(`
    SELECT concat_ws('|', subject, service, "regionId", body, month, channel, outcome, term, days) AS k, sum(c)::int AS n FROM (
      SELECT subject, service, "regionId", body, month, channel, outcome, term, days, "count" AS c FROM "DashboardCounter"
      UNION ALL SELECT subject, service, "regionId", body, month, channel, outcome, term, days, delta FROM "DashboardDelta") x
    GROUP BY 1 HAVING sum(c) <> 0`);
  return new Map(rows.map((r) => [r.k, r.n]));
}

/** The keys where the two differ (empty when equal). */
export function differences(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) if ((a.get(k) ?? 0) !== (b.get(k) ?? 0)) out.push(`${k}: counters ${a.get(k) ?? 0}, recount ${b.get(k) ?? 0}`);
  return out.sort();
}

/**
 * G2, T6: the open items overdue or due soon on `today`, judged in TypeScript with the domain's rules over every open
 * item (effectiveDueOn under the corrections with their instants, openItemStanding on today's calendar) — the
 * reference the database's judgement (aggregates/open-items.ts) is held equal to.
 */
export async function openItemsRecount(prisma: PrismaClient, today: string, standing: 'OVERDUE' | 'DUE_SOON'): Promise<{ id: string; body: string; regionId: string | null; dueOn: string; late: number; left: number }[]> {
  const cs = await prisma.calendarCorrection.findMany();
  const dated: DatedCorrection[] = cs.map((c) => ({ date: iso(c.date), kind: c.kind, name: c.name, createdAt: c.createdAt }));
  const cal = new WorkingCalendar(dated);
  const rows = await prisma.$queryRawUnsafe<{ id: string; body: string; regionId: string | null; registeredAt: Date; due: Date | null }[]>(`
    SELECT a."id", CASE WHEN a."kind" IN ('ATTESTATION', 'ATTESTATION_AND_LICENCE') THEN 'ATTESTATION_COMMISSION' WHEN a."kind" IN ('LICENCE', 'LICENCE_REISSUE') THEN 'MINISTRY_LICENSING' ELSE 'JUSTICE_OFFICE' END AS "body",
      a."providerRegionId" AS "regionId", a."registeredAt", a."dueOn" AS "due"
    FROM "ServiceApplication" a WHERE a."status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING') AND a."registeredAt" IS NOT NULL
      AND a."id" NOT IN (SELECT e."applicationId" FROM "ExecutiveDocument" e JOIN "EnforcementProceeding" p ON p."documentId" = e."id" WHERE e."applicationId" IS NOT NULL)
    UNION ALL SELECT p."id", CASE WHEN p."stateBailiffId" IS NULL THEN 'CHAMBER' ELSE 'STATE_BAILIFF' END, d."regionId", p."registeredAt", p."decisionDueOn"
    FROM "EnforcementProceeding" p JOIN "ExecutiveDocument" e ON e."id" = p."documentId" JOIN "EnforcementDistrict" d ON d."id" = e."districtId" WHERE p."status" = 'AWAITING_DECISION'
    UNION ALL SELECT c."id", c."addressee"::text, COALESCE(a."providerRegionId", d."regionId"), c."registeredAt", COALESCE(c."extendedDueOn", c."dueOn")
    FROM "Complaint" c LEFT JOIN "ServiceApplication" a ON a."id" = c."applicationId" LEFT JOIN "EnforcementProceeding" p ON p."id" = c."proceedingId"
      LEFT JOIN "ExecutiveDocument" e ON e."id" = p."documentId" LEFT JOIN "EnforcementDistrict" d ON d."id" = e."districtId"
    WHERE c."status" IN ('REGISTERED', 'EXTENDED')`);
  const out = [];
  for (const r of rows) {
    if (!r.due) continue; // no last day recorded: neither overdue nor due soon
    const dueOn = effectiveDueOn({ start: almatyDate(r.registeredAt), recordedDueOn: iso(r.due), registeredAt: r.registeredAt }, dated, cal);
    const s = openItemStanding(dueOn, today, cal);
    if (s.standing === standing) out.push({ id: r.id, body: r.body, regionId: r.regionId, dueOn, late: s.workingDaysLate, left: s.workingDaysLeft });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
