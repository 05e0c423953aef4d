-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "breachFound" BOOLEAN,
ADD COLUMN     "chamberId" TEXT,
ADD COLUMN     "findings" TEXT,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "subjectBailiffId" TEXT;

-- CreateIndex
CREATE INDEX "Inspection_subjectBailiffId_idx" ON "Inspection"("subjectBailiffId");

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_chamberId_fkey" FOREIGN KEY ("chamberId") REFERENCES "Chamber"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_subjectBailiffId_fkey" FOREIGN KEY ("subjectBailiffId") REFERENCES "PrivateBailiff"("id") ON DELETE SET NULL ON UPDATE CASCADE;
