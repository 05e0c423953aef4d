-- attestation (issue 9): the new stage kinds (G2) of the attestation
ALTER TYPE "ApplicationStageKind" ADD VALUE IF NOT EXISTS 'test-started';
ALTER TYPE "ApplicationStageKind" ADD VALUE IF NOT EXISTS 'candidate-suspended';
ALTER TYPE "ApplicationStageKind" ADD VALUE IF NOT EXISTS 'did-not-show-up';
ALTER TYPE "ApplicationStageKind" ADD VALUE IF NOT EXISTS 'minutes-signed';
ALTER TYPE "ApplicationStageKind" ADD VALUE IF NOT EXISTS 'licence-application-continued';

-- AlterTable
ALTER TABLE "AttestationSession" ADD COLUMN     "chairId" TEXT,
ADD COLUMN     "secretaryId" TEXT;

-- CreateTable
CREATE TABLE "AttestationQuestion" (
    "id" TEXT NOT NULL,
    "language" "TestLanguage" NOT NULL,
    "topic" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "options" TEXT[],
    "correctOption" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttestationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttestationTestSitting" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "language" "TestLanguage" NOT NULL,
    "questionIds" TEXT[],
    "answers" INTEGER[],
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),
    "correct" INTEGER,

    CONSTRAINT "AttestationTestSitting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AttestationQuestion_language_active_idx" ON "AttestationQuestion"("language", "active");

-- CreateIndex
CREATE UNIQUE INDEX "AttestationTestSitting_applicationId_key" ON "AttestationTestSitting"("applicationId");

-- CreateIndex
CREATE INDEX "AttestationTestSitting_endsAt_idx" ON "AttestationTestSitting"("endsAt");

-- Constraints Prisma's schema language cannot express (attestation, issue 9)
ALTER TABLE "AttestationQuestion" ADD CONSTRAINT "AttestationQuestion_correctOption_check" CHECK ("correctOption" >= 0 AND "correctOption" < cardinality("options"));
ALTER TABLE "AttestationTestSitting" ADD CONSTRAINT "AttestationTestSitting_answers_check" CHECK (cardinality("answers") = cardinality("questionIds"));
ALTER TABLE "AttestationTestSitting" ADD CONSTRAINT "AttestationTestSitting_correct_check" CHECK ("correct" IS NULL OR "correct" BETWEEN 0 AND cardinality("questionIds"));
ALTER TABLE "AttestationTestSitting" ADD CONSTRAINT "AttestationTestSitting_ends_check" CHECK ("endsAt" > "startedAt");
