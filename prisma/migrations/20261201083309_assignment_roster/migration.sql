-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "rosterId" TEXT;

-- CreateTable
CREATE TABLE "AssignmentRoster" (
    "id" TEXT NOT NULL,
    "chamberId" TEXT NOT NULL,
    "members" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssignmentRoster_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssignmentRoster_chamberId_idx" ON "AssignmentRoster"("chamberId");

-- AddForeignKey
ALTER TABLE "AssignmentRoster" ADD CONSTRAINT "AssignmentRoster_chamberId_fkey" FOREIGN KEY ("chamberId") REFERENCES "Chamber"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_rosterId_fkey" FOREIGN KEY ("rosterId") REFERENCES "AssignmentRoster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A roster is named by the hash of its members and shared by many assignments: it never changes.
CREATE FUNCTION "assignment_roster_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AssignmentRoster is immutable: its id is the hash of its members';
END $$;
CREATE TRIGGER "AssignmentRoster_no_update" BEFORE UPDATE OR DELETE ON "AssignmentRoster"
  FOR EACH ROW EXECUTE FUNCTION "assignment_roster_immutable"();
