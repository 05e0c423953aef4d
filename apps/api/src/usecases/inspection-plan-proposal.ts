// Q1: the subjects the semi-annual plan proposes, from the data the platform holds, each with the criteria it
// meets and the figure behind each (area `inspections`, issue 10). A read: no transaction, no audit record.
//
// Figures (interpretations, written down):
//  - services provided: applications registered in the window that the provider provides (its region, service
//    kinds and channels; the Ministry's licensing unit nationwide);
//  - a recommendation to remove violations: a completed inspection of the subject whose certificate (with its
//    recommendation) was sent in the window;
//  - an appeal: a complaint about one of the subject's services received by the authorised body for quality
//    control (C1's third addressee) in the window — the plan is that body's, built from the appeals it received;
//  - art. 465 fines and monitoring recommendations: as recorded (ProviderFine, MonitoringRecommendation); a
//    monitoring recommendation issued in the window counts as not implemented when its due day passed without
//    implementation;
//  - unscheduled inspections "conducted": started (not planned, not invalid) in the last year;
//  - the last scheduled inspection: the latest start of a scheduled inspection that was conducted.
import {
  almatyDate,
  almatyInstant,
  planApprovalDeadline,
  planFindings,
  planPeriodDays,
  planReferenceOn,
  planWindows,
  type CriterionFinding,
  type IsoDate,
  type PlanPeriod,
  type SubjectStatistics,
} from '@oryndau/domain';
import type { Prisma, ServiceProvider } from '@oryndau/db';
import { isoDate, dbDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import type { UseCaseContext } from './transaction.ts';
import { today } from './quality-inspection-common.ts';

type Client = Prisma.TransactionClient | UseCaseContext['db']['prisma'];

export interface ProviderStatistics extends SubjectStatistics {
  violationRecommendations: number;
  monitoringNotImplemented: number;
}

const CONDUCTED = ['IN_PROGRESS', 'SUSPENDED', 'DRAFT_CERTIFICATE_SENT', 'COMPLETED'] as const;

/** Q1: every provider's figures for a plan whose reference day is `referenceOn`. */
export async function providerStatistics(db: Client, referenceOn: IsoDate, providerIds?: string[]): Promise<Map<string, ProviderStatistics>> {
  const w = planWindows(referenceOn);
  const from6 = almatyInstant(w.sixMonthsFromOn);
  const until = almatyInstant(w.untilOn);
  const only = providerIds ? { id: { in: providerIds } } : {};
  const providers = await db.serviceProvider.findMany({ where: only, select: { id: true } });
  const ids = providers.map((p) => p.id);
  const [services, appeals, recs, fines, monitoring, unscheduled, lastScheduled] = await Promise.all([
    db.$queryRaw<{ id: string; n: number }[]>`
      SELECT p."id", count(a."id")::int AS n FROM "ServiceProvider" p
      JOIN "ServiceApplication" a ON a."kind" = ANY(p."serviceKinds") AND a."channel" = ANY(p."channels")
        AND (p."regionId" IS NULL OR a."providerRegionId" = p."regionId")
      WHERE p."id" = ANY(${ids}::text[]) AND a."registeredAt" >= ${from6} AND a."registeredAt" < ${until}
      GROUP BY p."id"`,
    db.$queryRaw<{ id: string; n: number }[]>`
      SELECT p."id", count(DISTINCT c."id")::int AS n FROM "Complaint" c
      LEFT JOIN "EnforcementProceeding" ep ON ep."id" = c."proceedingId"
      LEFT JOIN "ExecutiveDocument" d ON d."id" = ep."documentId"
      JOIN "ServiceApplication" a ON a."id" = coalesce(c."applicationId", d."applicationId")
      JOIN "ServiceProvider" p ON a."kind" = ANY(p."serviceKinds") AND a."channel" = ANY(p."channels")
        AND (p."regionId" IS NULL OR a."providerRegionId" = p."regionId")
      WHERE p."id" = ANY(${ids}::text[]) AND c."addressee"::text = 'QUALITY_CONTROL_BODY' AND c."registeredAt" >= ${from6} AND c."registeredAt" < ${until}
      GROUP BY p."id"`,
    db.inspection.groupBy({
      by: ['providerId'],
      where: { providerId: { in: ids }, recommendation: { not: null }, status: { not: 'INVALID' }, certificateSentAt: { gte: from6, lt: until } },
      _count: { _all: true },
    }),
    db.providerFine.groupBy({
      by: ['providerId'],
      where: { providerId: { in: ids }, article: '465', decidedOn: { gte: dbDate(w.yearFromOn), lt: dbDate(w.untilOn) } },
      _count: { _all: true },
    }),
    db.monitoringRecommendation.groupBy({
      by: ['providerId'],
      where: { providerId: { in: ids }, issuedOn: { gte: dbDate(w.sixMonthsFromOn), lt: dbDate(w.untilOn) }, dueOn: { lt: dbDate(w.untilOn) }, implementedOn: null },
      _count: { _all: true },
    }),
    db.inspection.groupBy({
      by: ['providerId'],
      where: { providerId: { in: ids }, kind: 'UNSCHEDULED', status: { in: [...CONDUCTED] }, startsOn: { gte: dbDate(w.yearFromOn), lt: dbDate(w.untilOn) } },
      _count: { _all: true },
    }),
    db.inspection.groupBy({
      by: ['providerId'],
      where: { providerId: { in: ids }, kind: 'SCHEDULED', status: { in: [...CONDUCTED] }, startsOn: { lt: dbDate(w.untilOn) } },
      _max: { startsOn: true },
    }),
  ]);
  const count = (rows: { providerId: string | null; _count: { _all: number } }[]) => new Map(rows.map((r) => [r.providerId!, r._count._all]));
  const s = new Map(services.map((r) => [r.id, r.n]));
  const ap = new Map(appeals.map((r) => [r.id, r.n]));
  const rc = count(recs);
  const fn = count(fines);
  const mo = count(monitoring);
  const un = count(unscheduled);
  const last = new Map(lastScheduled.map((r) => [r.providerId!, r._max.startsOn ? isoDate(r._max.startsOn) : null]));
  return new Map(
    ids.map((id) => [
      id,
      {
        servicesLast6Months: s.get(id) ?? 0,
        violationRecommendationLast6Months: (rc.get(id) ?? 0) > 0,
        violationRecommendations: rc.get(id) ?? 0,
        appealsLast6Months: ap.get(id) ?? 0,
        art465FinesLastYear: fn.get(id) ?? 0,
        monitoringRecommendationNotImplemented: (mo.get(id) ?? 0) > 0,
        monitoringNotImplemented: mo.get(id) ?? 0,
        unscheduledInspectionsLastYear: un.get(id) ?? 0,
        lastScheduledInspectionOn: last.get(id) ?? null,
      },
    ]),
  );
}

export interface ProposedSubject {
  provider: ServiceProvider;
  statistics: ProviderStatistics;
  findings: CriterionFinding[];
  /** Q1 p.5: the scheduled inspection of this subject already in this calendar year, if any */
  scheduledThisYearId: string | null;
}

export interface PlanProposal {
  period: PlanPeriod;
  referenceOn: IsoDate;
  approvalDueOn: IsoDate;
  periodFromOn: IsoDate;
  periodToOn: IsoDate;
  planId: string | null;
  /** every subject meeting at least one criterion, most criteria first */
  subjects: ProposedSubject[];
}

export async function inspectionPlanProposal(ctx: UseCaseContext, period: PlanPeriod): Promise<PlanProposal> {
  if (!Number.isInteger(period.year) || period.year < 2000 || period.year > 2999 || (period.half !== 1 && period.half !== 2)) {
    throw new DomainError('INVALID_INPUT', 'A plan is for a year and a half (1 or 2).', ['half'], { key: 'inspection.planPeriod', rule: 'Q1' });
  }
  const prisma = ctx.db.prisma;
  const plan = await prisma.inspectionPlan.findUnique({ where: { year_half: { year: period.year, half: period.half } } });
  const referenceOn = plan?.approvedAt ? almatyDate(plan.approvedAt) : planReferenceOn(period, today(ctx));
  const stats = await providerStatistics(prisma, referenceOn);
  const providers = await prisma.serviceProvider.findMany({ orderBy: { code: 'asc' } });
  const scheduled = await prisma.inspection.findMany({
    where: { kind: 'SCHEDULED', status: { not: 'INVALID' }, providerId: { not: null }, startsOn: { gte: dbDate(`${period.year}-01-01`), lte: dbDate(`${period.year}-12-31`) } },
    select: { id: true, providerId: true },
  });
  const byProvider = new Map(scheduled.map((s) => [s.providerId!, s.id]));
  const subjects = providers
    .map((provider) => {
      const statistics = stats.get(provider.id)!;
      return { provider, statistics, findings: planFindings(statistics, referenceOn), scheduledThisYearId: byProvider.get(provider.id) ?? null };
    })
    .filter((s) => s.findings.length > 0)
    .sort((a, b) => b.findings.length - a.findings.length || a.provider.code.localeCompare(b.provider.code));
  const days = planPeriodDays(period);
  return {
    period,
    referenceOn,
    approvalDueOn: planApprovalDeadline(period.year, period.half),
    periodFromOn: days.fromOn,
    periodToOn: days.toOn,
    planId: plan?.id ?? null,
    subjects,
  };
}
