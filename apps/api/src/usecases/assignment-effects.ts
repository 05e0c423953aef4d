// What an assignment causes beside the assignment itself: the document leaves the queue (ASSIGNED), its
// proceeding is opened (numbered in its region's series, registered and given its E4 term) or, when it has one
// already, changes bailiff; its application moves to review and gets a stage. ChamberAssigner.write sends all of
// it in the one statement that writes the assignments (`assignmentEffects`: CTEs over the batch's rows `x`, which
// hold only when the chain's guard passed); a proceeding a state bailiff enforces, which no assignment precedes,
// is opened with the same number series and terms by `openProceeding`.
//
// The statuses written are parameters (ASSIGNMENT_STATUSES), so that they can come from the domain's transition
// tables without touching the SQL.
import {
  almatyDate,
  APPLICATION,
  EXECUTIVE_DOCUMENT,
  PROCEEDING,
  enforcementDecisionDueOn,
  PROCEEDING_NUMBER_DIGITS,
  proceedingNumber,
  proceedingSeries,
  register,
  type Registration,
  type WorkingCalendar,
} from '@oryndau/domain';
import { createAs, moveTo } from '../transitions.ts';
import { Prisma, stageLabel, type ApplicationStageKind, type ApplicationStatus, type AssignmentKind, type DocumentStatus, type ProceedingStatus, type Role } from '@oryndau/db';
import { dbDate } from '../dates.ts';
import { newId, nextInSeries } from './numbers.ts';
import type { Tx, UseCaseContext } from './transaction.ts';

/** The statuses an assignment moves its records to. */
export const ASSIGNMENT_STATUSES = {
  /** the document of an INITIAL assignment leaves the queue (CH2) */
  document: moveTo(EXECUTIVE_DOCUMENT, 'AWAITING_ASSIGNMENT', 'ASSIGNED'),
  /** its application (and the stage written for every assignment of a document with one) (CH1, E4) */
  application: moveTo(APPLICATION, 'REGISTERED', 'IN_REVIEW'),
  /** the proceeding opened: the bailiff decides within 3 working days (E4) */
  openedProceeding: createAs(PROCEEDING, 'AWAITING_DECISION'),
} satisfies { document: DocumentStatus; application: ApplicationStatus; openedProceeding: ProceedingStatus };

/**
 * E4 terms of a proceeding opened now: registered on the day the enforcing bailiff receives the document (on
 * provider hours: an assignment at 19:00 counts from the next working day), decided within 3 working days.
 */
export function proceedingTerms(receivedAt: Date, calendar: WorkingCalendar, registration: Registration = register(receivedAt, 'JUSTICE_OFFICE', calendar)) {
  return { registeredAt: registration.registeredAt, registeredOn: registration.registeredOn, dueOn: enforcementDecisionDueOn(registration, calendar) };
}

/** What one assignment of a batch causes, as the columns of its row in `x` (`EFFECT_COLUMNS`). */
export interface EffectRow {
  /** an INITIAL assignment: the document leaves the queue and its application moves to review */
  initial: boolean;
  /** a proceeding is opened (INITIAL, and the document has none yet); otherwise the existing one changes bailiff */
  opens: boolean;
  /** 1, 2, … among the proceedings the batch opens: its place in the region's number series */
  ordinal: number | null;
  applicationId: string | null;
  proceedingId: string;
  stageId: string;
  /** the stored label of the stage kind (`stageLabel`) */
  stage: string;
  stageNote: string;
  /** G2: the role the assigning actor acted in */
  stageActorRole: Role | null;
  dueOn: string | null;
  registeredAt: string;
}

/** The SQL column list of `EffectRow` in the batch's recordset. */
export const EFFECT_COLUMNS = Prisma.sql`"initial" boolean, "opens" boolean, "ordinal" int, "applicationId" text, "proceedingId" text,
          "stageId" text, "stage" text, "stageNote" text, "stageActorRole" text, "dueOn" date, "registeredAt" timestamptz`;

/**
 * The CTEs of what the batch `x` causes (after the chain's guard `head`): documents assigned, proceedings
 * opened in the series `EP-<region>-<year>` (`opened` of them, numbered in the same statement) or moved to their
 * new bailiff, applications moved to review, and a stage for each application.
 */
export function assignmentEffects(args: { regionCode: string; year: string; opened: number; now: Date }): Prisma.Sql {
  const { regionCode, year, opened, now } = args;
  const series = proceedingSeries(regionCode, year);
  const s = ASSIGNMENT_STATUSES;
  // the number as proceedingNumber(regionCode, year, n) writes it, with n drawn in this statement
  const numberPrefix = `${series}-`;
  const digits = Prisma.raw(String(PROCEEDING_NUMBER_DIGITS));
  return Prisma.sql`
      docs AS (UPDATE "ExecutiveDocument" d SET "status" = ${s.document}::"DocumentStatus" FROM x WHERE d."id" = x."documentId" AND x."initial"),
      num AS (
        INSERT INTO "NumberSequence" ("key", "value") SELECT ${series}, ${opened} WHERE ${opened} > 0 AND EXISTS (SELECT 1 FROM head)
        ON CONFLICT ("key") DO UPDATE SET "value" = "NumberSequence"."value" + EXCLUDED."value" RETURNING "value"),
      opened AS (
        INSERT INTO "EnforcementProceeding" ("id", "number", "documentId", "bailiffId", "status", "registeredAt", "decisionDueOn")
        SELECT x."proceedingId", ${numberPrefix} || lpad((num."value" - ${opened} + x."ordinal")::text, ${digits}, '0'), x."documentId", x."bailiffId",
               ${s.openedProceeding}::"ProceedingStatus", x."registeredAt", x."dueOn"
        FROM x, num WHERE x."opens"),
      moved AS (UPDATE "EnforcementProceeding" p SET "bailiffId" = x."bailiffId" FROM x WHERE p."documentId" = x."documentId" AND NOT x."opens"),
      app AS (UPDATE "ServiceApplication" a SET "status" = ${s.application}::"ApplicationStatus", "updatedAt" = ${now} FROM x WHERE a."id" = x."applicationId" AND x."initial"),
      stage AS (
        INSERT INTO "ApplicationStage" ("id", "applicationId", "status", "stage", "at", "actorId", "actorRole", "note")
        SELECT x."stageId", x."applicationId", ${s.application}::"ApplicationStatus", x."stage"::"ApplicationStageKind", ${now}, x."assignedById",
               x."stageActorRole"::"Role", x."stageNote" FROM x WHERE x."applicationId" IS NOT NULL)`;
}

/** What an assignment's effects depend on: its kind, its document, and the stage it writes. */
export interface AssignmentCause {
  kind: AssignmentKind;
  doc: { applicationId: string | null; hasProceeding?: boolean; proceedingDueOn?: string; proceedingRegisteredAt?: Date };
  stage: ApplicationStageKind;
  stageNote: string;
  actor: { actorRole: Role | null };
}

/**
 * The effects of a batch, row by row, and how many proceedings it opens in which year's series. INITIAL
 * assignments take a document off the queue; they open its proceeding unless it has one already (a document
 * stranded by a redistribution keeps its proceeding, number and terms, and only gets its new bailiff).
 */
export function effectsOf(plans: readonly AssignmentCause[], now: Date, day: string): { rows: EffectRow[]; opened: number; year: string } {
  const opening = plans.filter((p) => p.kind === 'INITIAL' && !p.doc.hasProceeding);
  const first = opening[0]?.doc.proceedingRegisteredAt;
  const rows = plans.map((p): EffectRow => {
    const opens = p.kind === 'INITIAL' && !p.doc.hasProceeding;
    return {
      initial: p.kind === 'INITIAL',
      opens,
      ordinal: opens ? opening.indexOf(p) + 1 : null,
      applicationId: p.doc.applicationId,
      proceedingId: newId(),
      stageId: newId(),
      stage: stageLabel(p.stage),
      stageNote: p.stageNote,
      stageActorRole: p.actor.actorRole,
      dueOn: p.doc.proceedingDueOn ?? null,
      registeredAt: (p.doc.proceedingRegisteredAt ?? now).toISOString(),
    };
  });
  // the series of the year the proceedings are registered in
  return { rows, opened: opening.length, year: (first ? almatyDate(first) : day).slice(0, 4) };
}

/**
 * E4: the proceeding is registered in the enforcement bodies' system on the day the enforcing bailiff receives
 * the document — for the Chamber's categories, the day of assignment (`assignmentEffects`) — and the bailiff
 * decides within 3 working days of that registration. This opens one outside an assignment (a state bailiff's).
 */
export async function openProceeding(
  tx: Tx,
  args: { documentId: string; bailiffId: string | null; receivedAt: Date; registration?: Registration },
  ctx: Pick<UseCaseContext, 'calendar'>,
) {
  const calendar = await ctx.calendar.get(tx);
  const terms = proceedingTerms(args.receivedAt, calendar, args.registration);
  const [region] = await tx.$queryRaw<{ code: string }[]>`
    SELECT r."code" FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" x ON x."id" = d."districtId" JOIN "Region" r ON r."id" = x."regionId" WHERE d."id" = ${args.documentId}`;
  const year = terms.registeredOn.slice(0, 4);
  return tx.enforcementProceeding.create({
    data: {
      number: proceedingNumber(region!.code, year, await nextInSeries(tx, proceedingSeries(region!.code, year))),
      documentId: args.documentId,
      bailiffId: args.bailiffId,
      status: ASSIGNMENT_STATUSES.openedProceeding,
      registeredAt: terms.registeredAt,
      decisionDueOn: dbDate(terms.dueOn),
    },
  });
}
