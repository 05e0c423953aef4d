// Inspections (issue 10): what the quality-control inspection use cases share — loading an inspection with what
// its rules read, who may write it, its stages (G2) and its validity (Q5). Each use case is its own file.
import { almatyDate, inspectionValidity, type GrossViolation, type InspectionStatus, type NextStatus, type IsoDate, type OtherViolation, type WorkingCalendar } from '@oryndau/domain';
import type { InspectionStageKind, Prisma } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { isoDate } from '../dates.ts';
import { hasRole, requireMayWriteInspection } from '../access.ts';
import type { Tx, UseCaseContext } from './transaction.ts';

export const INSPECTION_INCLUDE = { provider: true, plan: true, suspensions: { orderBy: { fromOn: 'asc' } } } as const satisfies Prisma.InspectionInclude;
export type LoadedInspection = Prisma.InspectionGetPayload<{ include: typeof INSPECTION_INCLUDE }>;

/** The inspection, locked for this transaction (two inspectors acting at once change it one after the other). */
export async function loadForWrite(ctx: UseCaseContext, tx: Tx, inspectionId: string): Promise<LoadedInspection> {
  await tx.$executeRaw`SELECT 1 FROM "Inspection" WHERE "id" = ${inspectionId} FOR UPDATE`;
  const row = await tx.inspection.findUnique({ where: { id: inspectionId }, include: INSPECTION_INCLUDE });
  if (!row || row.chamberId || !row.providerId) throw new DomainError('NOT_FOUND', 'Unknown quality-control inspection.', ['input', 'inspectionId']);
  requireMayWriteInspection(ctx.viewer, row);
  return row;
}

/** The role that acted, for the stages (G2 names the role, not the person). */
export function actingRole(ctx: UseCaseContext): string {
  return hasRole(ctx.viewer, 'QUALITY_INSPECTOR') ? 'QUALITY_INSPECTOR' : hasRole(ctx.viewer, 'MINISTRY_INSPECTOR') ? 'MINISTRY_INSPECTOR' : 'SYSTEM';
}

export async function recordStage(
  ctx: UseCaseContext,
  tx: Tx,
  s: { inspectionId: string; status: NextStatus<'inspection', InspectionStatus>; stage: InspectionStageKind; dueOn?: IsoDate | null; late?: boolean; note?: string | null },
): Promise<void> {
  await tx.inspectionStage.create({
    data: {
      inspectionId: s.inspectionId,
      status: s.status,
      stage: s.stage,
      at: ctx.now(),
      actorRole: actingRole(ctx),
      dueOn: s.dueOn ? new Date(`${s.dueOn}T00:00:00.000Z`) : null,
      late: s.late ?? false,
      note: s.note ?? null,
    },
  });
}

export function today(ctx: UseCaseContext): IsoDate {
  return almatyDate(ctx.now());
}

/** A date given by the inspector for a decision: a valid date, not in the future. */
export function decisionDate(ctx: UseCaseContext, value: string | null | undefined, field: string[]): IsoDate {
  const t = today(ctx);
  if (value == null) return t;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new DomainError('INVALID_INPUT', 'A date must be YYYY-MM-DD.', field, { key: 'input.dateFormat' });
  if (value > t) throw new DomainError('INVALID_INPUT', 'A decision cannot be dated in the future.', field, { key: 'inspection.decisionInFuture' });
  return value;
}

export interface Validity {
  valid: boolean;
  gross: GrossViolation[];
  other: OtherViolation[];
}

/**
 * Q5: the inspection's validity from its record. Where the law is silent: a scheduled inspection's ground is the
 * approved plan — without an approval by its start day it has no ground; "without notice" is a violation once the
 * start day has come (or the inspection started) with no notice sent; outside competence: a subject in another
 * region than the conducting territorial division's, or (Ministry) a subject that is not its territorial body.
 */
export function validityOf(row: LoadedInspection, cal: WorkingCalendar, on: IsoDate): Validity {
  const startsOn = isoDate(row.startsOn);
  const begun = on >= startsOn || !['PLANNED', 'NOTIFIED'].includes(row.status);
  const ground = row.kind === 'SCHEDULED' && (!row.plan?.approvedAt || almatyDate(row.plan.approvedAt) > startsOn) ? (begun ? null : 'PLAN') : row.ground;
  const v = inspectionValidity(
    {
      kind: row.kind,
      ground,
      startsOn,
      noticeSentAt: row.noticeSentAt,
      notice: (row.notice as Record<string, unknown> | null) ?? undefined,
      withinCompetence: withinCompetence(row),
    },
    cal,
  );
  const gross = v.gross.filter((g) => g !== 'NO_NOTICE' || begun);
  const recorded = row.invalidReasons.filter((r): r is GrossViolation => ['NO_GROUNDS', 'NO_NOTICE', 'OUTSIDE_COMPETENCE'].includes(r) && !gross.includes(r as GrossViolation));
  const all = [...gross, ...recorded];
  return { valid: all.length === 0, gross: all, other: v.other };
}

export function withinCompetence(row: Pick<LoadedInspection, 'conductingRegionId' | 'conductedBy' | 'provider'>): boolean {
  if (!row.provider) return false;
  if (row.conductingRegionId && row.provider.regionId !== row.conductingRegionId) return false;
  if (row.conductedBy === 'MINISTRY' && row.provider.kind !== 'TERRITORIAL_JUSTICE_BODY') return false;
  return true;
}

/** The suspensions as the domain counts them. */
export function suspensionsOf(row: LoadedInspection): { fromOn: IsoDate; resumedOn: IsoDate | null }[] {
  return row.suspensions.map((s) => ({ fromOn: isoDate(s.fromOn), resumedOn: s.toOn ? isoDate(s.toOn) : null }));
}
