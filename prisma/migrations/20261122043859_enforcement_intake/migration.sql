-- AlterTable
ALTER TABLE "ApplicationStage" ADD COLUMN     "seq" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "ServiceApplication" ADD COLUMN     "missingDocuments" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "NumberSequence" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NumberSequence_pkey" PRIMARY KEY ("key")
);
