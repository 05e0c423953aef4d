// CH2: on the day a long absence recorded in advance begins, the bailiff's open cases move (run by scheduler.ts).
import { almatyDate } from '@oryndau/domain';
import type { AvailabilityKind } from '@oryndau/db';
import { dbDate } from '../dates.ts';
import type { AssignerContext } from './chamber-assigner.ts';
import { isLongAbsence, redistributeOpenCases } from './redistribute-open-cases.ts';
import { inTransaction } from './transaction.ts';

/**
 * CH2: a long absence recorded in advance moves the bailiff's open cases on the day it begins. The API's scheduler
 * runs this at start and every few minutes (scheduler.ts). Idempotent: a bailiff whose cases have moved has none
 * left and, absent, receives no new ones; the chamber lock serialises the runs of several API instances. Each
 * bailiff's cases move in a transaction of their own, so that one failure holds back nobody else's.
 */
export async function redistributeBegunAbsences(ctx: AssignerContext): Promise<{ bailiffId: string; moved: number; stranded: number }[]> {
  const today = almatyDate(ctx.now());
  const due = await ctx.db.prisma.$queryRaw<{ bailiffId: string; kind: AvailabilityKind; startsOn: string; endsOn: string | null }[]>`
    SELECT w."bailiffId", w."kind"::text AS "kind", w."startsOn"::text AS "startsOn", w."endsOn"::text AS "endsOn"
    FROM "BailiffAvailability" w
    WHERE w."kind" IN ('LEAVE', 'SICKNESS', 'SUSPENSION') AND w."startsOn" <= ${dbDate(today)} AND (w."endsOn" IS NULL OR w."endsOn" >= ${dbDate(today)})
      AND EXISTS (SELECT 1 FROM "Assignment" a JOIN "EnforcementProceeding" p ON p."documentId" = a."documentId"
                  WHERE a."bailiffId" = w."bailiffId" AND a."activeDocumentId" IS NOT NULL AND p."status" IN ('AWAITING_DECISION', 'INITIATED'))
    ORDER BY w."bailiffId", w."startsOn"`;
  const results: { bailiffId: string; moved: number; stranded: number }[] = [];
  const done = new Set<string>();
  for (const w of due) {
    if (done.has(w.bailiffId) || !isLongAbsence(w.kind, w.startsOn, w.endsOn)) continue;
    done.add(w.bailiffId);
    const reason = `${w.kind.toLowerCase()} from ${w.startsOn}${w.endsOn ? ` to ${w.endsOn}` : ''}, begun`;
    const r = await inTransaction(ctx, (tx, audit) => redistributeOpenCases(ctx, tx, audit, w.bailiffId, reason));
    results.push({ bailiffId: w.bailiffId, moved: r.moved.length, stranded: r.stranded.length });
  }
  return results;
}
