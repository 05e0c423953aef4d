-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('REGION', 'CITY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('APPLICANT', 'JUSTICE_OFFICER', 'STATE_BAILIFF', 'COMMISSION_MEMBER', 'LICENSING_OFFICER', 'CHAMBER_OFFICIAL', 'PRIVATE_BAILIFF', 'MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR', 'MINISTRY_ADMIN');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('KK', 'RU', 'EN');

-- CreateEnum
CREATE TYPE "ServiceKind" AS ENUM ('ATTESTATION', 'LICENCE', 'ATTESTATION_AND_LICENCE', 'LICENCE_REISSUE', 'ENFORCEMENT_INITIATION');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('PORTAL', 'JUSTICE_OFFICE', 'STATE_CORPORATION');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'REGISTERED', 'IN_REVIEW', 'HEARING', 'APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('EGOV_GATEWAY', 'BANK_RECEIPT');

-- CreateEnum
CREATE TYPE "AttestationSessionStatus" AS ENUM ('ANNOUNCED', 'HELD', 'MINUTES_SIGNED');

-- CreateEnum
CREATE TYPE "TestLanguage" AS ENUM ('KK', 'RU');

-- CreateEnum
CREATE TYPE "Vote" AS ENUM ('PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "LicenceStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'REVOKED', 'TERMINATED', 'REISSUED');

-- CreateEnum
CREATE TYPE "LicenceBasis" AS ENUM ('LABOUR_RECORD', 'ATTESTATION');

-- CreateEnum
CREATE TYPE "AvailabilityKind" AS ENUM ('LEAVE', 'SICKNESS', 'SUSPENSION', 'PAUSE');

-- CreateEnum
CREATE TYPE "AssignmentKind" AS ENUM ('INITIAL', 'REDISTRIBUTION', 'REPLACEMENT', 'TERRITORIAL_FORWARD');

-- CreateEnum
CREATE TYPE "BreachAuthority" AS ENUM ('CHAMBER', 'COURT');

-- CreateEnum
CREATE TYPE "DocumentCategory" AS ENUM ('PRIVATE_CLAIM', 'ALIMONY', 'STATE_CLAIM_SMALL', 'STATE_CLAIM_LARGE', 'NON_PROPERTY');

-- CreateEnum
CREATE TYPE "DocumentRouting" AS ENUM ('CHAMBER', 'STATE_BAILIFF');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('AWAITING_ORIGINAL', 'AWAITING_ASSIGNMENT', 'ASSIGNED', 'WITH_STATE_BAILIFF', 'CLOSED');

-- CreateEnum
CREATE TYPE "ProceedingStatus" AS ENUM ('AWAITING_DECISION', 'INITIATED', 'REFUSED', 'COMPLETED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "ProceedingRefusalGround" AS ENUM ('UNRELIABLE_DATA', 'ARTICLE_38_NONCOMPLIANCE');

-- CreateEnum
CREATE TYPE "MeasureKind" AS ENUM ('ATTACH_MOVABLES', 'ATTACH_MOVABLES_THIRD_PARTY', 'ATTACH_IMMOVABLES', 'ATTACH_EARNINGS', 'ATTACH_FUNDS_OWED', 'ATTACH_INTANGIBLES', 'ATTACH_VEHICLE', 'ATTACH_SHIP', 'ATTACH_AIRCRAFT', 'ATTACH_CROPS', 'ATTACH_SAFE_CONTENTS', 'EVICTION', 'HANDOVER_OF_CHILD', 'PROVISIONAL_MEASURE', 'E_AUCTION', 'DISTRIBUTION_OF_PROCEEDS');

-- CreateEnum
CREATE TYPE "ComplaintAddressee" AS ENUM ('PROVIDER_HEAD', 'MINISTRY', 'STATE_CORPORATION', 'QUALITY_CONTROL_BODY');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('REGISTERED', 'EXTENDED', 'UPHELD', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('SCHEDULED', 'UNSCHEDULED');

-- CreateEnum
CREATE TYPE "InspectionGround" AS ENUM ('PLAN', 'APPEAL_OF_PERSON', 'APPEAL_OF_STATE_BODY', 'CONTROL_OF_RECOMMENDATIONS', 'MONITORING_FINDINGS', 'MEDIA_REPORT');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('PLANNED', 'NOTIFIED', 'IN_PROGRESS', 'SUSPENDED', 'DRAFT_CERTIFICATE_SENT', 'COMPLETED', 'INVALID');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKING_DAY');

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnforcementDistrict" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "EnforcementDistrict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "iin" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "patronymic" TEXT,
    "birthDate" DATE,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "bin" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "login" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'RU',
    "personId" TEXT,
    "organisationId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleGrant" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "regionId" TEXT,
    "chamberId" TEXT,

    CONSTRAINT "RoleGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceApplication" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "channel" "Channel" NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "applicantId" TEXT NOT NULL,
    "providerRegionId" TEXT,
    "receivedAt" TIMESTAMPTZ(3),
    "registeredAt" TIMESTAMPTZ(3),
    "dueOn" DATE,
    "decidedAt" TIMESTAMPTZ(3),
    "form" JSONB NOT NULL DEFAULT '{}',
    "refusalGrounds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "refusalReason" TEXT,
    "parentId" TEXT,
    "attestationSessionId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStage" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "stage" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "note" TEXT,

    CONSTRAINT "ApplicationStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "amountTenge" INTEGER NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "reference" TEXT NOT NULL,
    "paidAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyCalculationIndex" (
    "year" INTEGER NOT NULL,
    "amountTenge" INTEGER NOT NULL,

    CONSTRAINT "MonthlyCalculationIndex_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Hearing" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "preliminaryDecision" TEXT NOT NULL,
    "noticeSentAt" TIMESTAMPTZ(3) NOT NULL,
    "heldOn" DATE,
    "latestOn" DATE NOT NULL,
    "outcome" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Hearing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttestationSession" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "heldAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "applicationsCloseOn" DATE NOT NULL,
    "status" "AttestationSessionStatus" NOT NULL DEFAULT 'ANNOUNCED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttestationSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestResult" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "language" "TestLanguage" NOT NULL,
    "questions" INTEGER NOT NULL DEFAULT 100,
    "correct" INTEGER NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3) NOT NULL,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "suspensionNote" TEXT,

    CONSTRAINT "TestResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interview" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "questions" TEXT[],
    "heldAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionVote" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "vote" "Vote" NOT NULL,
    "isChair" BOOLEAN NOT NULL DEFAULT false,
    "dissentingOpinion" TEXT,
    "castAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommissionVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttestationMinutes" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "signedAt" TIMESTAMPTZ(3),
    "chairId" TEXT NOT NULL,
    "secretaryId" TEXT NOT NULL,
    "memberIds" TEXT[],
    "passed" TEXT[],
    "notPassed" TEXT[],
    "noShow" TEXT[],

    CONSTRAINT "AttestationMinutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Licence" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,
    "status" "LicenceStatus" NOT NULL DEFAULT 'ACTIVE',
    "basis" "LicenceBasis" NOT NULL,
    "basisDetails" JSONB NOT NULL DEFAULT '{}',
    "activity" TEXT NOT NULL DEFAULT 'Activity of a private bailiff',
    "specialConditions" TEXT,
    "note" TEXT,
    "licensor" TEXT NOT NULL DEFAULT 'Ministry of Justice of the Republic of Kazakhstan',
    "authorisedManager" TEXT NOT NULL,
    "placeOfIssue" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "suspendedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "applicationId" TEXT,
    "previousId" TEXT,

    CONSTRAINT "Licence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Chamber" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "headHash" TEXT NOT NULL DEFAULT 'genesis',
    "sequence" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Chamber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrivateBailiff" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "userId" TEXT,
    "chamberId" TEXT NOT NULL,
    "licenceId" TEXT,
    "office" TEXT NOT NULL,
    "isChamberHead" BOOLEAN NOT NULL DEFAULT false,
    "memberSince" DATE NOT NULL,
    "leftOn" DATE,

    CONSTRAINT "PrivateBailiff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BailiffDistrict" (
    "bailiffId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,

    CONSTRAINT "BailiffDistrict_pkey" PRIMARY KEY ("bailiffId","districtId")
);

-- CreateTable
CREATE TABLE "BailiffAvailability" (
    "id" TEXT NOT NULL,
    "bailiffId" TEXT NOT NULL,
    "kind" "AvailabilityKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "reason" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BailiffAvailability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BailiffConflict" (
    "id" TEXT NOT NULL,
    "bailiffId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BailiffConflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignmentPolicy" (
    "id" TEXT NOT NULL,
    "chamberId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "config" JSONB NOT NULL,
    "activeFrom" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "AssignmentPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "chamberId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "activeDocumentId" TEXT,
    "bailiffId" TEXT NOT NULL,
    "kind" "AssignmentKind" NOT NULL DEFAULT 'INITIAL',
    "policyId" TEXT NOT NULL,
    "pool" JSONB NOT NULL,
    "seed" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "breachDecisionId" TEXT,
    "assignedById" TEXT,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),
    "endReason" TEXT,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BailiffLoad" (
    "chamberId" TEXT NOT NULL,
    "bailiffId" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BailiffLoad_pkey" PRIMARY KEY ("chamberId","bucket","bailiffId")
);

-- CreateTable
CREATE TABLE "BreachDecision" (
    "id" TEXT NOT NULL,
    "bailiffId" TEXT NOT NULL,
    "authority" "BreachAuthority" NOT NULL,
    "number" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BreachDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExecutiveDocument" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT,
    "court" TEXT NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "category" "DocumentCategory" NOT NULL,
    "amountTenge" DECIMAL(18,2),
    "claimantName" TEXT NOT NULL,
    "claimantIdNumber" TEXT NOT NULL,
    "debtorName" TEXT NOT NULL,
    "debtorIdNumber" TEXT NOT NULL,
    "debtorAddress" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "routing" "DocumentRouting" NOT NULL,
    "status" "DocumentStatus" NOT NULL,
    "originalReceivedAt" TIMESTAMPTZ(3),
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExecutiveDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnforcementProceeding" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "bailiffId" TEXT,
    "stateBailiffId" TEXT,
    "status" "ProceedingStatus" NOT NULL DEFAULT 'AWAITING_DECISION',
    "registeredAt" TIMESTAMPTZ(3) NOT NULL,
    "decisionDueOn" DATE NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "refusalGround" "ProceedingRefusalGround",
    "refusalReason" TEXT,

    CONSTRAINT "EnforcementProceeding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnforcementMeasure" (
    "id" TEXT NOT NULL,
    "proceedingId" TEXT NOT NULL,
    "kind" "MeasureKind" NOT NULL,
    "description" TEXT NOT NULL,
    "amountTenge" DECIMAL(18,2),
    "takenOn" DATE NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnforcementMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "complainantId" TEXT NOT NULL,
    "addressee" "ComplaintAddressee" NOT NULL,
    "applicationId" TEXT,
    "proceedingId" TEXT,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'REGISTERED',
    "registeredAt" TIMESTAMPTZ(3) NOT NULL,
    "dueOn" DATE NOT NULL,
    "extendedDueOn" DATE,
    "extensionReason" TEXT,
    "extensionNotifiedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "decision" TEXT,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPlan" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "half" INTEGER NOT NULL,
    "approvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "InspectionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "ground" "InspectionGround" NOT NULL,
    "planId" TEXT,
    "subjectName" TEXT NOT NULL,
    "subjectRegionId" TEXT,
    "inspectorIds" TEXT[],
    "noticeSentAt" TIMESTAMPTZ(3),
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "InspectionStatus" NOT NULL DEFAULT 'PLANNED',
    "draftCertificateSentAt" TIMESTAMPTZ(3),
    "certificateSentAt" TIMESTAMPTZ(3),
    "recommendation" TEXT,
    "recommendationDueOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionSuspension" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "fromOn" DATE NOT NULL,
    "toOn" DATE,
    "notifiedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InspectionSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarCorrection" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarCorrection_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "requestId" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "EnforcementDistrict_code_key" ON "EnforcementDistrict"("code");

-- CreateIndex
CREATE INDEX "EnforcementDistrict_regionId_idx" ON "EnforcementDistrict"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_iin_key" ON "Person"("iin");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_bin_key" ON "Organisation"("bin");

-- CreateIndex
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "RoleGrant_role_idx" ON "RoleGrant"("role");

-- CreateIndex
CREATE UNIQUE INDEX "RoleGrant_userId_role_regionId_chamberId_key" ON "RoleGrant"("userId", "role", "regionId", "chamberId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceApplication_number_key" ON "ServiceApplication"("number");

-- CreateIndex
CREATE INDEX "ServiceApplication_applicantId_createdAt_idx" ON "ServiceApplication"("applicantId", "createdAt");

-- CreateIndex
CREATE INDEX "ServiceApplication_kind_status_idx" ON "ServiceApplication"("kind", "status");

-- CreateIndex
CREATE INDEX "ServiceApplication_status_dueOn_idx" ON "ServiceApplication"("status", "dueOn");

-- CreateIndex
CREATE INDEX "ServiceApplication_providerRegionId_kind_idx" ON "ServiceApplication"("providerRegionId", "kind");

-- CreateIndex
CREATE INDEX "ApplicationStage_applicationId_at_idx" ON "ApplicationStage"("applicationId", "at");

-- CreateIndex
CREATE INDEX "Payment_applicationId_idx" ON "Payment"("applicationId");

-- CreateIndex
CREATE INDEX "Hearing_applicationId_idx" ON "Hearing"("applicationId");

-- CreateIndex
CREATE INDEX "AttestationSession_regionId_heldAt_idx" ON "AttestationSession"("regionId", "heldAt");

-- CreateIndex
CREATE UNIQUE INDEX "TestResult_applicationId_key" ON "TestResult"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Interview_applicationId_key" ON "Interview"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionVote_applicationId_memberId_key" ON "CommissionVote"("applicationId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "AttestationMinutes_sessionId_key" ON "AttestationMinutes"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Licence_number_key" ON "Licence"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Licence_applicationId_key" ON "Licence"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Licence_previousId_key" ON "Licence"("previousId");

-- CreateIndex
CREATE INDEX "Licence_holderId_idx" ON "Licence"("holderId");

-- CreateIndex
CREATE INDEX "Licence_status_idx" ON "Licence"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Chamber_regionId_key" ON "Chamber"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "PrivateBailiff_personId_key" ON "PrivateBailiff"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PrivateBailiff_userId_key" ON "PrivateBailiff"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PrivateBailiff_licenceId_key" ON "PrivateBailiff"("licenceId");

-- CreateIndex
CREATE INDEX "PrivateBailiff_chamberId_idx" ON "PrivateBailiff"("chamberId");

-- CreateIndex
CREATE INDEX "BailiffDistrict_districtId_idx" ON "BailiffDistrict"("districtId");

-- CreateIndex
CREATE INDEX "BailiffAvailability_bailiffId_startsOn_idx" ON "BailiffAvailability"("bailiffId", "startsOn");

-- CreateIndex
CREATE INDEX "BailiffConflict_partyId_idx" ON "BailiffConflict"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "BailiffConflict_bailiffId_partyId_key" ON "BailiffConflict"("bailiffId", "partyId");

-- CreateIndex
CREATE UNIQUE INDEX "AssignmentPolicy_chamberId_version_key" ON "AssignmentPolicy"("chamberId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_activeDocumentId_key" ON "Assignment"("activeDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_hash_key" ON "Assignment"("hash");

-- CreateIndex
CREATE INDEX "Assignment_documentId_idx" ON "Assignment"("documentId");

-- CreateIndex
CREATE INDEX "Assignment_bailiffId_assignedAt_idx" ON "Assignment"("bailiffId", "assignedAt");

-- CreateIndex
CREATE INDEX "Assignment_chamberId_assignedAt_idx" ON "Assignment"("chamberId", "assignedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_chamberId_sequence_key" ON "Assignment"("chamberId", "sequence");

-- CreateIndex
CREATE INDEX "BailiffLoad_bailiffId_idx" ON "BailiffLoad"("bailiffId");

-- CreateIndex
CREATE INDEX "BreachDecision_bailiffId_idx" ON "BreachDecision"("bailiffId");

-- CreateIndex
CREATE UNIQUE INDEX "ExecutiveDocument_applicationId_key" ON "ExecutiveDocument"("applicationId");

-- CreateIndex
CREATE INDEX "ExecutiveDocument_status_receivedAt_idx" ON "ExecutiveDocument"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "ExecutiveDocument_debtorIdNumber_idx" ON "ExecutiveDocument"("debtorIdNumber");

-- CreateIndex
CREATE INDEX "ExecutiveDocument_districtId_idx" ON "ExecutiveDocument"("districtId");

-- CreateIndex
CREATE UNIQUE INDEX "EnforcementProceeding_number_key" ON "EnforcementProceeding"("number");

-- CreateIndex
CREATE UNIQUE INDEX "EnforcementProceeding_documentId_key" ON "EnforcementProceeding"("documentId");

-- CreateIndex
CREATE INDEX "EnforcementProceeding_bailiffId_status_idx" ON "EnforcementProceeding"("bailiffId", "status");

-- CreateIndex
CREATE INDEX "EnforcementProceeding_status_decisionDueOn_idx" ON "EnforcementProceeding"("status", "decisionDueOn");

-- CreateIndex
CREATE INDEX "EnforcementMeasure_proceedingId_idx" ON "EnforcementMeasure"("proceedingId");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_number_key" ON "Complaint"("number");

-- CreateIndex
CREATE INDEX "Complaint_complainantId_idx" ON "Complaint"("complainantId");

-- CreateIndex
CREATE INDEX "Complaint_status_dueOn_idx" ON "Complaint"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Complaint_registeredAt_idx" ON "Complaint"("registeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionPlan_year_half_key" ON "InspectionPlan"("year", "half");

-- CreateIndex
CREATE INDEX "Inspection_subjectRegionId_startsOn_idx" ON "Inspection"("subjectRegionId", "startsOn");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- AddForeignKey
ALTER TABLE "EnforcementDistrict" ADD CONSTRAINT "EnforcementDistrict_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_chamberId_fkey" FOREIGN KEY ("chamberId") REFERENCES "Chamber"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceApplication" ADD CONSTRAINT "ServiceApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceApplication" ADD CONSTRAINT "ServiceApplication_providerRegionId_fkey" FOREIGN KEY ("providerRegionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceApplication" ADD CONSTRAINT "ServiceApplication_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ServiceApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceApplication" ADD CONSTRAINT "ServiceApplication_attestationSessionId_fkey" FOREIGN KEY ("attestationSessionId") REFERENCES "AttestationSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStage" ADD CONSTRAINT "ApplicationStage_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hearing" ADD CONSTRAINT "Hearing_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttestationSession" ADD CONSTRAINT "AttestationSession_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestResult" ADD CONSTRAINT "TestResult_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionVote" ADD CONSTRAINT "CommissionVote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttestationMinutes" ADD CONSTRAINT "AttestationMinutes_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AttestationSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Licence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chamber" ADD CONSTRAINT "Chamber_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateBailiff" ADD CONSTRAINT "PrivateBailiff_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateBailiff" ADD CONSTRAINT "PrivateBailiff_chamberId_fkey" FOREIGN KEY ("chamberId") REFERENCES "Chamber"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateBailiff" ADD CONSTRAINT "PrivateBailiff_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "Licence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BailiffDistrict" ADD CONSTRAINT "BailiffDistrict_bailiffId_fkey" FOREIGN KEY ("bailiffId") REFERENCES "PrivateBailiff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BailiffDistrict" ADD CONSTRAINT "BailiffDistrict_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "EnforcementDistrict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BailiffAvailability" ADD CONSTRAINT "BailiffAvailability_bailiffId_fkey" FOREIGN KEY ("bailiffId") REFERENCES "PrivateBailiff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BailiffConflict" ADD CONSTRAINT "BailiffConflict_bailiffId_fkey" FOREIGN KEY ("bailiffId") REFERENCES "PrivateBailiff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentPolicy" ADD CONSTRAINT "AssignmentPolicy_chamberId_fkey" FOREIGN KEY ("chamberId") REFERENCES "Chamber"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_chamberId_fkey" FOREIGN KEY ("chamberId") REFERENCES "Chamber"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ExecutiveDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_bailiffId_fkey" FOREIGN KEY ("bailiffId") REFERENCES "PrivateBailiff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "AssignmentPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_breachDecisionId_fkey" FOREIGN KEY ("breachDecisionId") REFERENCES "BreachDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BailiffLoad" ADD CONSTRAINT "BailiffLoad_chamberId_fkey" FOREIGN KEY ("chamberId") REFERENCES "Chamber"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BailiffLoad" ADD CONSTRAINT "BailiffLoad_bailiffId_fkey" FOREIGN KEY ("bailiffId") REFERENCES "PrivateBailiff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreachDecision" ADD CONSTRAINT "BreachDecision_bailiffId_fkey" FOREIGN KEY ("bailiffId") REFERENCES "PrivateBailiff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExecutiveDocument" ADD CONSTRAINT "ExecutiveDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExecutiveDocument" ADD CONSTRAINT "ExecutiveDocument_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "EnforcementDistrict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementProceeding" ADD CONSTRAINT "EnforcementProceeding_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ExecutiveDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementProceeding" ADD CONSTRAINT "EnforcementProceeding_bailiffId_fkey" FOREIGN KEY ("bailiffId") REFERENCES "PrivateBailiff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnforcementMeasure" ADD CONSTRAINT "EnforcementMeasure_proceedingId_fkey" FOREIGN KEY ("proceedingId") REFERENCES "EnforcementProceeding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_complainantId_fkey" FOREIGN KEY ("complainantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_proceedingId_fkey" FOREIGN KEY ("proceedingId") REFERENCES "EnforcementProceeding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionSuspension" ADD CONSTRAINT "InspectionSuspension_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ------------------------------------------------------------------------------------------------
-- Constraints Prisma's schema language cannot express (kept by Prisma Migrate; see schema.prisma).
-- ------------------------------------------------------------------------------------------------

-- IIN and BIN: twelve digits.
ALTER TABLE "Person" ADD CONSTRAINT "Person_iin_shape" CHECK ("iin" ~ '^[0-9]{12}$');
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_bin_shape" CHECK ("bin" ~ '^[0-9]{12}$');
ALTER TABLE "ExecutiveDocument" ADD CONSTRAINT "ExecutiveDocument_claimant_shape" CHECK ("claimantIdNumber" ~ '^[0-9]{12}$');
ALTER TABLE "ExecutiveDocument" ADD CONSTRAINT "ExecutiveDocument_debtor_shape" CHECK ("debtorIdNumber" ~ '^[0-9]{12}$');
ALTER TABLE "ExecutiveDocument" ADD CONSTRAINT "ExecutiveDocument_amount_nonneg" CHECK ("amountTenge" IS NULL OR "amountTenge" >= 0);
ALTER TABLE "BailiffConflict" ADD CONSTRAINT "BailiffConflict_party_shape" CHECK ("partyId" ~ '^[0-9]{12}$');

-- One active assignment per document: activeDocumentId is unique and, when set, is the document itself.
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_active_is_document"
  CHECK ("activeDocumentId" IS NULL OR "activeDocumentId" = "documentId");
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_active_xor_ended"
  CHECK (("activeDocumentId" IS NULL) = ("endedAt" IS NOT NULL));

ALTER TABLE "BailiffLoad" ADD CONSTRAINT "BailiffLoad_count_nonneg" CHECK ("count" >= 0);
ALTER TABLE "BailiffAvailability" ADD CONSTRAINT "BailiffAvailability_range" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "TestResult" ADD CONSTRAINT "TestResult_score_range" CHECK ("correct" >= 0 AND "correct" <= "questions");
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_range" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "InspectionPlan" ADD CONSTRAINT "InspectionPlan_half" CHECK ("half" IN (1, 2));
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amount_pos" CHECK ("amountTenge" > 0);

-- The audit log is append-only.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditLog_no_update" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
