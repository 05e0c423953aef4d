// patterns (G2): the stage kinds as PostgreSQL stores them, for code that writes SQL by hand (the assignment
// engine's statement, the seeds' batched inserts), which the Prisma client's enum mapping does not reach.
import type { ApplicationStageKind } from './generated/prisma/enums.ts';

/**
 * The label PostgreSQL stores for a stage kind: its `@map` in schema.prisma, the machine name written since the
 * first release (`BAILIFF_ASSIGNED` → `bailiff-assigned`). apps/api/test/stage-kind.test.ts checks it against
 * the database's enum for every value.
 */
export function stageLabel(kind: ApplicationStageKind): string {
  return kind.toLowerCase().replace(/_/g, '-');
}

/**
 * G2: fills `ApplicationStage.actorRole` where an actor is known and the role is not, from the actor's grants:
 * the applicant acting on their own application acted as APPLICANT, anyone else in a staff role (the first, in
 * the enum's order, of the roles they hold). The same rule as the migration `stage_enum`'s backfill.
 */
export const BACKFILL_STAGE_ACTOR_ROLES = `
  UPDATE "ApplicationStage" s SET "actorRole" = (
    SELECT g."role" FROM "RoleGrant" g JOIN "ServiceApplication" a ON a."id" = s."applicationId"
    WHERE g."userId" = s."actorId"
    ORDER BY CASE WHEN (g."role" = 'APPLICANT') = (a."applicantId" = s."actorId") THEN 0 ELSE 1 END, g."role"
    LIMIT 1)
  WHERE s."actorId" IS NOT NULL AND s."actorRole" IS NULL`;

