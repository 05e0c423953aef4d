-- complaints (G1, C3, C4): the decision on a complaint, and the notice of its term's extension, are issued as
-- signed documents in the complainant's language, like every other decision, so that the complainant holds a
-- verifiable paper (to take to court). A document belongs to an application, a licence or (now) a complaint.
ALTER TYPE "SignedDocumentKind" ADD VALUE IF NOT EXISTS 'COMPLAINT_DECISION';
ALTER TYPE "SignedDocumentKind" ADD VALUE IF NOT EXISTS 'COMPLAINT_EXTENSION_NOTICE';

ALTER TABLE "SignedDocument" ADD COLUMN "complaintId" TEXT;
ALTER TABLE "SignedDocument" ADD CONSTRAINT "SignedDocument_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "SignedDocument_complaintId_idx" ON "SignedDocument"("complaintId");
