-- CreateEnum
CREATE TYPE "ExecutiveDocumentKind" AS ENUM ('DOMESTIC', 'FOREIGN_JUDGMENT');

-- CreateEnum
CREATE TYPE "JudicialBodyKind" AS ENUM ('ADMINISTRATION', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "IncomingOrderStatus" AS ENUM ('REGISTERED', 'AT_COURT', 'RESULT_AT_DEPARTMENT', 'RESULT_SENT', 'RETURNED');

-- CreateEnum
CREATE TYPE "IncomingOrderOutcome" AS ENUM ('EXECUTED', 'PARTLY_EXECUTED', 'IMPOSSIBLE', 'REFUSED');

-- CreateEnum
CREATE TYPE "OutgoingOrderStatus" AS ENUM ('PREPARED', 'AT_DEPARTMENT', 'RETURNED_TO_COURT', 'SENT_ABROAD', 'ANSWERED');

-- CreateEnum
CREATE TYPE "PetitionStatus" AS ENUM ('FILED', 'RECOGNISED', 'REFUSED', 'RETURNED', 'IN_ENFORCEMENT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'COURT_OFFICER';
ALTER TYPE "Role" ADD VALUE 'JUDICIAL_DEPARTMENT_OFFICER';

-- AlterTable
ALTER TABLE "ExecutiveDocument" ADD COLUMN     "kind" "ExecutiveDocumentKind" NOT NULL DEFAULT 'DOMESTIC';

-- CreateTable
CREATE TABLE "JudicialDepartment" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "JudicialBodyKind" NOT NULL,
    "regionId" TEXT,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "JudicialDepartment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Court" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Court_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JudicialStaff" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "courtId" TEXT,
    "departmentId" TEXT,

    CONSTRAINT "JudicialStaff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForeignState" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "languages" TEXT[],

    CONSTRAINT "ForeignState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalAssistanceTreaty" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "concludedOn" DATE NOT NULL,
    "acceptedLanguages" TEXT[],
    "executionMonths" INTEGER,
    "directCommunication" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "LegalAssistanceTreaty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatyParty" (
    "treatyId" TEXT NOT NULL,
    "stateId" TEXT NOT NULL,

    CONSTRAINT "TreatyParty_pkey" PRIMARY KEY ("treatyId","stateId")
);

-- CreateTable
CREATE TABLE "IncomingOrder" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "status" "IncomingOrderStatus" NOT NULL,
    "receivedById" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "requestingStateId" TEXT NOT NULL,
    "treatyId" TEXT,
    "requestingCourt" TEXT NOT NULL,
    "foreignCaseNumber" TEXT NOT NULL,
    "caseName" TEXT NOT NULL,
    "persons" JSONB NOT NULL,
    "request" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "hasTranslation" BOOLEAN NOT NULL,
    "courtId" TEXT,
    "previousCourtId" TEXT,
    "receivedOn" DATE NOT NULL,
    "departmentDueOn" DATE NOT NULL,
    "courtReceivedOn" DATE,
    "executionDueOn" DATE,
    "forwardDueOn" DATE,
    "forwardedOn" DATE,
    "authorityInformedOn" DATE,
    "executedOn" DATE,
    "outcome" "IncomingOrderOutcome",
    "result" TEXT,
    "resultDocuments" TEXT[],
    "resultReceivedOn" DATE,
    "resultDueOn" DATE,
    "sentBackOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IncomingOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutgoingOrder" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "status" "OutgoingOrderStatus" NOT NULL,
    "courtId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "requestedStateId" TEXT NOT NULL,
    "treatyId" TEXT,
    "requestedInstitution" TEXT NOT NULL,
    "caseName" TEXT NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "plaintiff" TEXT NOT NULL,
    "defendant" TEXT NOT NULL,
    "persons" JSONB NOT NULL,
    "request" TEXT NOT NULL,
    "recipientAddress" TEXT,
    "documentToServe" TEXT,
    "attachments" TEXT[],
    "language" TEXT NOT NULL,
    "translationLanguage" TEXT,
    "hearingOn" DATE NOT NULL,
    "latestSendOn" DATE NOT NULL,
    "sentOn" DATE,
    "departmentDueOn" DATE,
    "departmentReturnReason" TEXT,
    "sentAbroadOn" DATE,
    "answeredOn" DATE,
    "answer" TEXT,
    "answerExecuted" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutgoingOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecognitionPetition" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "status" "PetitionStatus" NOT NULL,
    "applicantId" TEXT,
    "courtId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "stateId" TEXT NOT NULL,
    "treatyId" TEXT,
    "foreignCourt" TEXT NOT NULL,
    "foreignCaseNumber" TEXT NOT NULL,
    "judgmentDate" DATE NOT NULL,
    "entryIntoForceOn" DATE NOT NULL,
    "filingDueOn" DATE NOT NULL,
    "filedOn" DATE NOT NULL,
    "late" BOOLEAN NOT NULL,
    "restorationReason" TEXT,
    "periodRestored" BOOLEAN,
    "petitionerName" TEXT NOT NULL,
    "petitionerIdNumber" TEXT NOT NULL,
    "petitionerAddress" TEXT,
    "debtorName" TEXT NOT NULL,
    "debtorIdNumber" TEXT NOT NULL,
    "debtorAddress" TEXT NOT NULL,
    "category" "DocumentCategory" NOT NULL,
    "amountTenge" DECIMAL(18,2),
    "subject" TEXT NOT NULL,
    "decidedOn" DATE,
    "decisionReason" TEXT,
    "decisionNumber" TEXT,
    "executiveDocumentId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RecognitionPetition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalAssistanceStage" (
    "id" TEXT NOT NULL,
    "incomingOrderId" TEXT,
    "outgoingOrderId" TEXT,
    "petitionId" TEXT,
    "stage" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "at" TIMESTAMPTZ(3) NOT NULL,
    "on" DATE NOT NULL,
    "dueOn" DATE,
    "rule" TEXT,
    "note" TEXT,

    CONSTRAINT "LegalAssistanceStage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JudicialDepartment_code_key" ON "JudicialDepartment"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Court_code_key" ON "Court"("code");

-- CreateIndex
CREATE INDEX "Court_departmentId_idx" ON "Court"("departmentId");

-- CreateIndex
CREATE INDEX "JudicialStaff_userId_idx" ON "JudicialStaff"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "JudicialStaff_userId_courtId_departmentId_key" ON "JudicialStaff"("userId", "courtId", "departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ForeignState_code_key" ON "ForeignState"("code");

-- CreateIndex
CREATE UNIQUE INDEX "LegalAssistanceTreaty_code_key" ON "LegalAssistanceTreaty"("code");

-- CreateIndex
CREATE UNIQUE INDEX "IncomingOrder_number_key" ON "IncomingOrder"("number");

-- CreateIndex
CREATE INDEX "IncomingOrder_courtId_idx" ON "IncomingOrder"("courtId");

-- CreateIndex
CREATE INDEX "IncomingOrder_departmentId_idx" ON "IncomingOrder"("departmentId");

-- CreateIndex
CREATE INDEX "IncomingOrder_receivedById_idx" ON "IncomingOrder"("receivedById");

-- CreateIndex
CREATE INDEX "IncomingOrder_status_idx" ON "IncomingOrder"("status");

-- CreateIndex
CREATE UNIQUE INDEX "OutgoingOrder_number_key" ON "OutgoingOrder"("number");

-- CreateIndex
CREATE INDEX "OutgoingOrder_courtId_idx" ON "OutgoingOrder"("courtId");

-- CreateIndex
CREATE INDEX "OutgoingOrder_departmentId_idx" ON "OutgoingOrder"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "RecognitionPetition_number_key" ON "RecognitionPetition"("number");

-- CreateIndex
CREATE UNIQUE INDEX "RecognitionPetition_executiveDocumentId_key" ON "RecognitionPetition"("executiveDocumentId");

-- CreateIndex
CREATE INDEX "RecognitionPetition_applicantId_idx" ON "RecognitionPetition"("applicantId");

-- CreateIndex
CREATE INDEX "RecognitionPetition_courtId_idx" ON "RecognitionPetition"("courtId");

-- CreateIndex
CREATE INDEX "LegalAssistanceStage_incomingOrderId_at_idx" ON "LegalAssistanceStage"("incomingOrderId", "at");

-- CreateIndex
CREATE INDEX "LegalAssistanceStage_outgoingOrderId_at_idx" ON "LegalAssistanceStage"("outgoingOrderId", "at");

-- CreateIndex
CREATE INDEX "LegalAssistanceStage_petitionId_at_idx" ON "LegalAssistanceStage"("petitionId", "at");

-- AddForeignKey
ALTER TABLE "Court" ADD CONSTRAINT "Court_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "JudicialDepartment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudicialStaff" ADD CONSTRAINT "JudicialStaff_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudicialStaff" ADD CONSTRAINT "JudicialStaff_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "JudicialDepartment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatyParty" ADD CONSTRAINT "TreatyParty_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "LegalAssistanceTreaty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatyParty" ADD CONSTRAINT "TreatyParty_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "ForeignState"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingOrder" ADD CONSTRAINT "IncomingOrder_receivedById_fkey" FOREIGN KEY ("receivedById") REFERENCES "JudicialDepartment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingOrder" ADD CONSTRAINT "IncomingOrder_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "JudicialDepartment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingOrder" ADD CONSTRAINT "IncomingOrder_requestingStateId_fkey" FOREIGN KEY ("requestingStateId") REFERENCES "ForeignState"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingOrder" ADD CONSTRAINT "IncomingOrder_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "LegalAssistanceTreaty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingOrder" ADD CONSTRAINT "IncomingOrder_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingOrder" ADD CONSTRAINT "IncomingOrder_previousCourtId_fkey" FOREIGN KEY ("previousCourtId") REFERENCES "Court"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingOrder" ADD CONSTRAINT "OutgoingOrder_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingOrder" ADD CONSTRAINT "OutgoingOrder_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "JudicialDepartment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingOrder" ADD CONSTRAINT "OutgoingOrder_requestedStateId_fkey" FOREIGN KEY ("requestedStateId") REFERENCES "ForeignState"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutgoingOrder" ADD CONSTRAINT "OutgoingOrder_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "LegalAssistanceTreaty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionPetition" ADD CONSTRAINT "RecognitionPetition_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionPetition" ADD CONSTRAINT "RecognitionPetition_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "JudicialDepartment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionPetition" ADD CONSTRAINT "RecognitionPetition_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "ForeignState"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionPetition" ADD CONSTRAINT "RecognitionPetition_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "LegalAssistanceTreaty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionPetition" ADD CONSTRAINT "RecognitionPetition_executiveDocumentId_fkey" FOREIGN KEY ("executiveDocumentId") REFERENCES "ExecutiveDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalAssistanceStage" ADD CONSTRAINT "LegalAssistanceStage_incomingOrderId_fkey" FOREIGN KEY ("incomingOrderId") REFERENCES "IncomingOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalAssistanceStage" ADD CONSTRAINT "LegalAssistanceStage_outgoingOrderId_fkey" FOREIGN KEY ("outgoingOrderId") REFERENCES "OutgoingOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalAssistanceStage" ADD CONSTRAINT "LegalAssistanceStage_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "RecognitionPetition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A stage belongs to exactly one order or petition (G2).
ALTER TABLE "LegalAssistanceStage" ADD CONSTRAINT "LegalAssistanceStage_one_owner" CHECK (num_nonnulls("incomingOrderId", "outgoingOrderId", "petitionId") = 1);
