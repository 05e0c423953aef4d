-- CreateEnum
CREATE TYPE "ServiceProviderKind" AS ENUM ('TERRITORIAL_JUSTICE_BODY', 'MINISTRY_LICENSING_UNIT', 'STATE_CORPORATION_OFFICE');

-- CreateEnum
CREATE TYPE "InspectingBody" AS ENUM ('QUALITY_CONTROL_BODY', 'MINISTRY');

-- CreateEnum
CREATE TYPE "InspectionSuspensionReason" AS ENUM ('REQUEST_FOR_INFORMATION', 'STATE_OF_EMERGENCY');

-- CreateEnum
CREATE TYPE "InspectionStageKind" AS ENUM ('planned', 'plan-amended', 'decided', 'notice-sent', 'started', 'suspended', 'resumed', 'inspectors-changed', 'draft-certificate-sent', 'objections-received', 'no-objections', 'certificate-sent', 'recommendation-reported', 'declared-invalid');

-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "certificate" TEXT,
ADD COLUMN     "completedOn" DATE,
ADD COLUMN     "conductedBy" "InspectingBody" NOT NULL DEFAULT 'QUALITY_CONTROL_BODY',
ADD COLUMN     "conductingRegionId" TEXT,
ADD COLUMN     "draftCertificate" TEXT,
ADD COLUMN     "findingsViolations" BOOLEAN,
ADD COLUMN     "invalidReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "matter" TEXT,
ADD COLUMN     "notice" JSONB,
ADD COLUMN     "noticeLate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "objections" TEXT,
ADD COLUMN     "objectionsDueOn" DATE,
ADD COLUMN     "objectionsReceivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "providerId" TEXT,
ADD COLUMN     "recommendationConsideredOn" DATE,
ADD COLUMN     "recommendationMeasures" TEXT,
ADD COLUMN     "recommendationReceivedOn" DATE,
ADD COLUMN     "recommendationReportDueOn" DATE,
ADD COLUMN     "recommendationReportedAt" TIMESTAMPTZ(3),
ADD COLUMN     "startedOn" DATE;

-- AlterTable
ALTER TABLE "InspectionPlan" ADD COLUMN     "approvalDueOn" DATE,
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "approvedLate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "InspectionSuspension" ADD COLUMN     "kind" "InspectionSuspensionReason" NOT NULL DEFAULT 'REQUEST_FOR_INFORMATION',
ADD COLUMN     "resumeNotifiedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ServiceProvider" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "ServiceProviderKind" NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "regionId" TEXT,
    "serviceKinds" "ServiceKind"[],
    "channels" "Channel"[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderFine" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "article" TEXT NOT NULL DEFAULT '465',
    "official" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "amountTenge" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProviderFine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringRecommendation" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "implementedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionInspectorChange" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "notifiedAt" TIMESTAMPTZ(3) NOT NULL,
    "notifyDueOn" DATE NOT NULL,
    "inspectors" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionInspectorChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionStage" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "status" "InspectionStatus" NOT NULL,
    "stage" "InspectionStageKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" SERIAL NOT NULL,
    "actorRole" TEXT,
    "dueOn" DATE,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "InspectionStage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceProvider_code_key" ON "ServiceProvider"("code");

-- CreateIndex
CREATE INDEX "ServiceProvider_regionId_idx" ON "ServiceProvider"("regionId");

-- CreateIndex
CREATE INDEX "ProviderFine_providerId_decidedOn_idx" ON "ProviderFine"("providerId", "decidedOn");

-- CreateIndex
CREATE INDEX "MonitoringRecommendation_providerId_issuedOn_idx" ON "MonitoringRecommendation"("providerId", "issuedOn");

-- CreateIndex
CREATE INDEX "InspectionInspectorChange_inspectionId_idx" ON "InspectionInspectorChange"("inspectionId");

-- CreateIndex
CREATE INDEX "InspectionStage_inspectionId_at_idx" ON "InspectionStage"("inspectionId", "at");

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "ServiceProvider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderFine" ADD CONSTRAINT "ProviderFine_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "ServiceProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringRecommendation" ADD CONSTRAINT "MonitoringRecommendation_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "ServiceProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionInspectorChange" ADD CONSTRAINT "InspectionInspectorChange_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionStage" ADD CONSTRAINT "InspectionStage_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
