-- CreateEnum
CREATE TYPE "ComplaintAbout" AS ENUM ('DECISION', 'ACTION', 'INACTION', 'BAILIFF_ACTION');

-- CreateEnum
CREATE TYPE "ComplaintExtensionGround" AS ENUM ('ADDITIONAL_STUDY', 'ON_SITE_CHECK', 'MORE_INFORMATION');

-- CreateEnum
CREATE TYPE "ComplaintStageKind" AS ENUM ('REGISTERED', 'EXTENDED', 'EXTENSION_NOTICE_SENT', 'DECIDED', 'PROPOSAL_DIRECTED', 'PROPOSAL_FULFILLED', 'PROPOSAL_NOT_FULFILLED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ComplaintProposalStatus" AS ENUM ('DIRECTED', 'FULFILLED', 'NOT_FULFILLED');

-- AlterEnum
ALTER TYPE "ComplaintStatus" ADD VALUE 'PARTLY_UPHELD';

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "about" "ComplaintAbout" NOT NULL DEFAULT 'DECISION',
ADD COLUMN     "bailiffId" TEXT,
ADD COLUMN     "currentDueOn" DATE,
ADD COLUMN     "decidedOnTime" BOOLEAN,
ADD COLUMN     "extendedAt" TIMESTAMPTZ(3),
ADD COLUMN     "extensionDays" INTEGER,
ADD COLUMN     "extensionGround" "ComplaintExtensionGround",
ADD COLUMN     "extensionNotice" TEXT,
ADD COLUMN     "extensionNotifyBy" DATE,
ADD COLUMN     "handlerChamberId" TEXT,
ADD COLUMN     "handlerRegionId" TEXT,
ADD COLUMN     "handlerRole" "Role";

-- CreateTable
CREATE TABLE "ComplaintStage" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "stage" "ComplaintStageKind" NOT NULL,
    "status" "ComplaintStatus" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" SERIAL NOT NULL,
    "actorRole" "Role",
    "actorId" TEXT,
    "note" TEXT,

    CONSTRAINT "ComplaintStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintProposal" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "directedAt" TIMESTAMPTZ(3) NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ComplaintProposalStatus" NOT NULL DEFAULT 'DIRECTED',
    "checkedAt" TIMESTAMPTZ(3),
    "checkNote" TEXT,

    CONSTRAINT "ComplaintProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusAccessCode" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "applicationId" TEXT,
    "complaintId" TEXT,
    "codeHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusAccessCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusCheckCounter" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatusCheckCounter_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "ComplaintStage_complaintId_at_idx" ON "ComplaintStage"("complaintId", "at");

-- CreateIndex
CREATE INDEX "ComplaintProposal_complaintId_idx" ON "ComplaintProposal"("complaintId");

-- CreateIndex
CREATE INDEX "ComplaintProposal_status_dueOn_idx" ON "ComplaintProposal"("status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "StatusAccessCode_number_key" ON "StatusAccessCode"("number");

-- CreateIndex
CREATE UNIQUE INDEX "StatusAccessCode_applicationId_key" ON "StatusAccessCode"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "StatusAccessCode_complaintId_key" ON "StatusAccessCode"("complaintId");

-- CreateIndex
CREATE INDEX "Complaint_handlerRole_status_currentDueOn_idx" ON "Complaint"("handlerRole", "status", "currentDueOn");

-- AddForeignKey
ALTER TABLE "ComplaintStage" ADD CONSTRAINT "ComplaintStage_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintProposal" ADD CONSTRAINT "ComplaintProposal_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
