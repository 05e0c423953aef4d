-- patterns (issue 7): ApplicationStage.stage becomes the enum ApplicationStageKind. Its labels are the machine
-- names stored since the first release (the Prisma values map to them), so every stored row converts in place.
-- A stored value the enum does not know stops the migration, naming every such value: nothing is lost or guessed.

-- CreateEnum
CREATE TYPE "ApplicationStageKind" AS ENUM ('registered', 'routed-to-chamber', 'routed-to-state-bailiff', 'refused-at-acceptance', 'original-received', 'bailiff-assigned', 'bailiff-reassigned', 'bailiff-replaced', 'sent-to-private-bailiff', 'with-state-bailiff', 'proceedings-initiated', 'initiation-refused', 'measure-taken', 'draft-saved', 'completeness-checked', 'completeness-check-failed', 'preliminary-decision-sent', 'hearing-held', 'test-taken', 'interview-held', 'commission-decided', 'result-issued', 'refused', 'withdrawn');

DO $$
DECLARE unknown text;
BEGIN
  SELECT string_agg(DISTINCT quote_literal(s."stage"), ', ') INTO unknown
  FROM "ApplicationStage" s
  WHERE s."stage" NOT IN (SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = '"ApplicationStageKind"'::regtype);
  IF unknown IS NOT NULL THEN
    RAISE EXCEPTION 'ApplicationStage.stage holds values the enum ApplicationStageKind does not know: %. Add them to the enum (schema.prisma and this migration) before migrating.', unknown;
  END IF;
END $$;

-- AlterTable: the stored text becomes the enum value of the same spelling
ALTER TABLE "ApplicationStage" ALTER COLUMN "stage" TYPE "ApplicationStageKind" USING "stage"::"ApplicationStageKind";

-- G2: who acted, by role
ALTER TABLE "ApplicationStage" ADD COLUMN "actorRole" "Role";

-- Backfill from the actor's grants: the applicant acting on their own application acted as APPLICANT; anyone
-- else in a staff role (the first, in the enum's order, of the roles they hold). Without an actor (the platform)
-- or without grants the role stays empty.
UPDATE "ApplicationStage" s SET "actorRole" = (
  SELECT g."role" FROM "RoleGrant" g JOIN "ServiceApplication" a ON a."id" = s."applicationId"
  WHERE g."userId" = s."actorId"
  ORDER BY CASE WHEN (g."role" = 'APPLICANT') = (a."applicantId" = s."actorId") THEN 0 ELSE 1 END, g."role"
  LIMIT 1)
WHERE s."actorId" IS NOT NULL;
