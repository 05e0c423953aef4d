-- CreateEnum
CREATE TYPE "StateSystem" AS ENUM ('IDENTITY', 'INDIVIDUALS', 'CRIMINAL_RECORD', 'CORRUPTION_OFFENCES', 'NEGATIVE_DISMISSALS', 'LICENCE_DEPRIVATION', 'MENTAL_HEALTH_REGISTER', 'NARCOLOGY_REGISTER', 'PAYMENT_GATEWAY');

-- CreateEnum
CREATE TYPE "SandboxAnswer" AS ENUM ('CLEAR', 'NEGATIVE', 'NOT_FOUND', 'TIMEOUT', 'UNAVAILABLE');

-- CreateEnum
CREATE TYPE "StateQueryStatus" AS ENUM ('ANSWERED', 'WAITING');

-- CreateEnum
CREATE TYPE "SignedDocumentKind" AS ENUM ('LICENCE', 'PRELIMINARY_DECISION', 'REFUSAL', 'INCOMPLETE_REFUSAL', 'ATTESTATION_DECISION', 'HEARING_RECORD');

-- AlterTable
ALTER TABLE "Hearing" ADD COLUMN     "applicantAttended" BOOLEAN,
ADD COLUMN     "decidedAt" TIMESTAMPTZ(3),
ADD COLUMN     "grounds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "record" TEXT,
ADD COLUMN     "scheduledOn" DATE;

-- CreateTable
CREATE TABLE "SandboxStateRecord" (
    "id" TEXT NOT NULL,
    "system" "StateSystem" NOT NULL,
    "subject" TEXT NOT NULL,
    "answer" "SandboxAnswer" NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "failuresLeft" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxStateRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StateSystemQuery" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "system" "StateSystem" NOT NULL,
    "status" "StateQueryStatus" NOT NULL,
    "negative" BOOLEAN NOT NULL DEFAULT false,
    "found" BOOLEAN NOT NULL DEFAULT true,
    "answer" JSONB NOT NULL DEFAULT '{}',
    "lastError" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "askedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMPTZ(3),
    "source" TEXT NOT NULL DEFAULT 'sandbox',

    CONSTRAINT "StateSystemQuery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignedDocument" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "SignedDocumentKind" NOT NULL,
    "applicationId" TEXT,
    "licenceId" TEXT,
    "locale" "Locale" NOT NULL,
    "content" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformKey" (
    "keyId" TEXT NOT NULL,
    "publicKeyPem" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlatformKey_pkey" PRIMARY KEY ("keyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SandboxStateRecord_system_subject_key" ON "SandboxStateRecord"("system", "subject");

-- CreateIndex
CREATE INDEX "StateSystemQuery_status_nextAttemptAt_idx" ON "StateSystemQuery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "StateSystemQuery_applicationId_system_key" ON "StateSystemQuery"("applicationId", "system");

-- CreateIndex
CREATE UNIQUE INDEX "SignedDocument_number_key" ON "SignedDocument"("number");

-- CreateIndex
CREATE INDEX "SignedDocument_applicationId_idx" ON "SignedDocument"("applicationId");

-- CreateIndex
CREATE INDEX "SignedDocument_licenceId_idx" ON "SignedDocument"("licenceId");

-- AddForeignKey
ALTER TABLE "StateSystemQuery" ADD CONSTRAINT "StateSystemQuery_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedDocument" ADD CONSTRAINT "SignedDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;
