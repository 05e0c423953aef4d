// What the Chamber's assignment reads: the chamber's chain head, policy and calendar (under its lock, or in the
// snapshot of the optimistic group commit), the documents about to be assigned, the members' facts on the day,
// and their counts in the policy's window. Nothing here writes; ChamberAssigner (chamber-assigner.ts) decides
// and writes from it.
import {
  addDays,
  countingWindow,
  epochDay,
  presenceWeight,
  type CalendarCorrection,
  type PolicyConfig,
} from '@oryndau/domain';
import { Prisma, type DocumentCategory } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { dbDate } from '../dates.ts';
import type { Tx } from './transaction.ts';

export interface ChamberState {
  id: string;
  name: string;
  /** the chamber's region: its documents are those of the region's districts */
  regionId: string;
  /** the region's code: proceedings are numbered per region ("EP-ALA-2026-0000001") */
  regionCode: string;
  /** the working calendar's corrections, read with the lock (E4 terms) */
  corrections: CalendarCorrection[];
  headHash: string;
  sequence: number;
  factsVersion: number;
  policyId: string;
  policy: PolicyConfig;
}

export interface DocumentToAssign {
  id: string;
  districtId: string;
  category: DocumentCategory;
  claimantIdNumber: string;
  debtorIdNumber: string;
  applicationId: string | null;
  /** a proceeding exists already: the document went back to the queue when its cases were redistributed and nobody could take it */
  hasProceeding?: boolean;
}

/**
 * Locks the chamber row (the chamber's assignments serialise here) and reads its chain head and policy, with the
 * working calendar's corrections in the same round trip. The rows the decisions read (documents, counts) are read
 * by later statements, so that they see everything committed before the lock was granted.
 */
export async function lockChamber(tx: Tx, chamberId: string): Promise<ChamberState> {
  const rows = await tx.$queryRaw<ChamberStateRow[]>`${chamberStateSelect(chamberId)} FOR UPDATE OF c`;
  return chamberStateOf(rows[0]);
}

export type ChamberStateRow = Omit<ChamberState, 'policyId' | 'policy' | 'corrections'> & { policyId: string | null; policy: PolicyConfig | null; corrections: CalendarCorrection[] | null };

/** The chamber's chain head, policy, region and the working calendar's corrections (one row). */
export function chamberStateSelect(chamberId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."name", c."regionId", r."code" AS "regionCode", c."headHash", c."sequence", c."factsVersion", p."id" AS "policyId", p."config" AS "policy",
      (SELECT json_agg(json_build_object('date', k."date"::text, 'kind', k."kind", 'name', k."name") ORDER BY k."date") FROM "CalendarCorrection" k) AS "corrections"
    FROM "Chamber" c
    JOIN "Region" r ON r."id" = c."regionId"
    LEFT JOIN LATERAL (SELECT "id", "config" FROM "AssignmentPolicy" WHERE "chamberId" = c."id" ORDER BY "version" DESC LIMIT 1) p ON true
    WHERE c."id" = ${chamberId}`;
}

export function chamberStateOf(chamber: ChamberStateRow | undefined): ChamberState {
  if (!chamber) throw new DomainError('NOT_FOUND', 'Unknown chamber.');
  if (!chamber.policyId || !chamber.policy) throw new DomainError('INVALID_STATE', `${chamber.name} has no assignment policy.`);
  return { ...chamber, policyId: chamber.policyId, policy: chamber.policy, corrections: chamber.corrections ?? [] };
}

/** A document as the assignment reads it under the chamber lock. */
export type LockedDocument = DocumentToAssign & { regionId: string; status: string; routing: string; originalReceivedAt: Date | null; hasProceeding: boolean };

export type DocumentRow = LockedDocument & { debtorBailiffs: string[] | null };

/**
 * The documents about to be assigned: their state, whether a proceeding exists, and (consolidation) the bailiffs
 * of this chamber with an open case against each debtor. `consolidate` is the policy's flag, or the SQL that
 * reads it where the policy is read in the same statement (`snapshot`).
 */
export function documentsSelect(chamberId: string, ids: string[], consolidate: boolean | Prisma.Sql): Prisma.Sql {
  // The debtor index is the selective one; the status is compared as text so that the planner never walks the
  // status index instead (it would, with statistics a busy day of assignments has made stale).
  return Prisma.sql`
    SELECT d."id", d."districtId", x."regionId", d."category"::text AS "category", d."claimantIdNumber", d."debtorIdNumber", d."applicationId",
      d."status"::text AS "status", d."routing"::text AS "routing", d."originalReceivedAt",
      EXISTS (SELECT 1 FROM "EnforcementProceeding" p WHERE p."documentId" = d."id") AS "hasProceeding",
      CASE WHEN ${consolidate} THEN (
        SELECT array_agg(DISTINCT a."bailiffId") FROM "ExecutiveDocument" o JOIN "Assignment" a ON a."activeDocumentId" = o."id"
        WHERE o."debtorIdNumber" = d."debtorIdNumber" AND o."status"::text = 'ASSIGNED' AND a."chamberId" = ${chamberId}) END AS "debtorBailiffs"
    FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" x ON x."id" = d."districtId" WHERE d."id" = ANY(${ids})
    ORDER BY d."receivedAt", d."id"`;
}

interface FactsRow {
  id: string;
  name: string;
  licenceValid: boolean;
  suspended: boolean;
  absent: boolean;
  paused: boolean;
  districts: string[];
  conflicts: string[];
  memberSince: string;
  away: { s: string; e: string | null }[] | null;
}

/** What the policy reads about one member of the chamber (`readFacts`, then `toFacts`). */
export type BailiffFacts = Omit<FactsRow, 'districts' | 'conflicts' | 'memberSince' | 'away'> & {
  districts: Set<string>;
  conflicts: Set<string>;
  /** share of the counting period the bailiff could receive cases (presence weighting) */
  weight: number;
};

/** The facts the policy reads about every member of a chamber on `day`, with the version they belong to. */
export interface FactsSnapshot {
  factsVersion: number;
  policyId: string | null;
  rows: FactsRow[];
}

/**
 * One statement (one snapshot): every member's licence, availability, districts and conflicts on `day`, and the
 * chamber's factsVersion. Read before the chamber lock is taken; `lockChamber` then tells whether it is still
 * current (the triggers of migration assignment_facts_version bump the version on any change).
 */
export async function readFacts(tx: Tx, chamberId: string, day: string): Promise<FactsSnapshot> {
  const dayDate = dbDate(day);
  const yearBack = dbDate(addDays(day, -366));
  const rows = await tx.$queryRaw<{ factsVersion: number; policyId: string | null; facts: FactsRow[] | null }[]>`
    SELECT c."factsVersion",
      (SELECT "id" FROM "AssignmentPolicy" WHERE "chamberId" = c."id" ORDER BY "version" DESC LIMIT 1) AS "policyId",
      (SELECT json_agg(f ORDER BY f."id") FROM (
        SELECT b."id",
          concat_ws(' ', p."lastName", p."firstName", p."patronymic") AS "name",
          coalesce(l."status" = 'ACTIVE', false) AS "licenceValid",
          coalesce(bool_or(a."kind" = 'SUSPENSION' AND a."startsOn" <= ${dayDate}), false) AS "suspended",
          coalesce(bool_or(a."kind" IN ('LEAVE', 'SICKNESS') AND a."startsOn" <= ${dayDate}), false) AS "absent",
          coalesce(bool_or(a."kind" = 'PAUSE' AND a."startsOn" <= ${dayDate}), false) AS "paused",
          coalesce((SELECT array_agg(d."districtId") FROM "BailiffDistrict" d WHERE d."bailiffId" = b."id"), '{}') AS "districts",
          coalesce((SELECT array_agg(k."partyId") FROM "BailiffConflict" k WHERE k."bailiffId" = b."id"), '{}') AS "conflicts",
          b."memberSince"::text AS "memberSince",
          (SELECT json_agg(json_build_object('s', w."startsOn"::text, 'e', w."endsOn"::text)) FROM "BailiffAvailability" w
            WHERE w."bailiffId" = b."id" AND w."startsOn" <= ${dayDate} AND (w."endsOn" IS NULL OR w."endsOn" >= ${yearBack})) AS "away"
        FROM "PrivateBailiff" b
        JOIN "Person" p ON p."id" = b."personId"
        LEFT JOIN "Licence" l ON l."id" = b."licenceId"
        LEFT JOIN "BailiffAvailability" a ON a."bailiffId" = b."id" AND a."startsOn" <= ${dayDate} AND (a."endsOn" IS NULL OR a."endsOn" >= ${dayDate})
        WHERE b."chamberId" = c."id" AND (b."leftOn" IS NULL OR b."leftOn" > ${dayDate})
        GROUP BY b."id", p."lastName", p."firstName", p."patronymic", l."status"
      ) f) AS "facts"
    FROM "Chamber" c WHERE c."id" = ${chamberId}`;
  const r = rows[0];
  if (!r) throw new DomainError('NOT_FOUND', 'Unknown chamber.');
  return { factsVersion: r.factsVersion, policyId: r.policyId, rows: r.facts ?? [] };
}

export function toFacts(snapshot: FactsSnapshot, policy: PolicyConfig, day: string): BailiffFacts[] {
  const window = countingWindow(policy, day);
  return snapshot.rows.map((b) => ({
    id: b.id,
    name: b.name,
    licenceValid: b.licenceValid,
    suspended: b.suspended,
    absent: b.absent,
    paused: b.paused,
    districts: new Set(b.districts),
    conflicts: new Set(b.conflicts),
    weight: policy.weightByPresence && window.from ? presenceWeightOf(window.from, day, b.memberSince, b.away ?? []) : 1,
  }));
}

/** Share of the days from the window start to `day` on which the bailiff was a member and not away. */
function presenceWeightOf(from: string, day: string, memberSince: string, away: { s: string; e: string | null }[]): number {
  const windowDays = epochDay(day) - epochDay(from) + 1;
  const first = Math.max(epochDay(from), epochDay(memberSince));
  const awayDays = new Set<number>();
  for (const a of away) for (let d = Math.max(epochDay(a.s), first); d <= Math.min(a.e ? epochDay(a.e) : epochDay(day), epochDay(day)); d++) awayDays.add(d);
  const available = Math.max(1, epochDay(day) - first + 1 - awayDays.size);
  return presenceWeight(Math.min(available, windowDays), windowDays);
}

/** Counts per bailiff over the policy's counting window (one bucket, or a day bucket per day of a rolling window). */
export async function loadCounts(tx: Tx, chamber: ChamberState, keys: string[]): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ bailiffId: string; n: number }[]>`
    SELECT "bailiffId", sum("count")::int AS n FROM "BailiffLoad" WHERE "chamberId" = ${chamber.id} AND "bucket" = ANY(${keys}) GROUP BY 1`;
  return new Map(rows.map((r) => [r.bailiffId, r.n]));
}

/**
 * The chamber moved on between the read and the write (another writer's assignment, or a change to its facts):
 * the write changed nothing. Plan again on a fresh read.
 */
export class StaleSnapshot extends Error {
  constructor() {
    super('The chamber changed since it was read; nothing was written.');
  }
}
