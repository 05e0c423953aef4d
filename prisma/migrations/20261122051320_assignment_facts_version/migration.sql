-- AlterTable
ALTER TABLE "Chamber" ADD COLUMN     "factsVersion" INTEGER NOT NULL DEFAULT 0;

-- Any change to a fact the assignment policy reads bumps the chamber's factsVersion, whoever writes it.
CREATE FUNCTION "bump_chamber_facts"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bailiff_id TEXT;
BEGIN
  IF TG_TABLE_NAME = 'PrivateBailiff' THEN
    UPDATE "Chamber" SET "factsVersion" = "factsVersion" + 1
      WHERE "id" IN (COALESCE(NEW."chamberId", OLD."chamberId"), COALESCE(OLD."chamberId", NEW."chamberId"));
    RETURN NULL;
  ELSIF TG_TABLE_NAME = 'Licence' THEN
    UPDATE "Chamber" SET "factsVersion" = "factsVersion" + 1
      WHERE "id" IN (SELECT "chamberId" FROM "PrivateBailiff" WHERE "licenceId" = COALESCE(NEW."id", OLD."id"));
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN bailiff_id := OLD."bailiffId"; ELSE bailiff_id := NEW."bailiffId"; END IF;
  UPDATE "Chamber" SET "factsVersion" = "factsVersion" + 1
    WHERE "id" IN (SELECT "chamberId" FROM "PrivateBailiff" WHERE "id" = bailiff_id);
  RETURN NULL;
END;
$$;
CREATE TRIGGER "BailiffAvailability_facts" AFTER INSERT OR UPDATE OR DELETE ON "BailiffAvailability" FOR EACH ROW EXECUTE FUNCTION "bump_chamber_facts"();
CREATE TRIGGER "BailiffDistrict_facts" AFTER INSERT OR UPDATE OR DELETE ON "BailiffDistrict" FOR EACH ROW EXECUTE FUNCTION "bump_chamber_facts"();
CREATE TRIGGER "BailiffConflict_facts" AFTER INSERT OR UPDATE OR DELETE ON "BailiffConflict" FOR EACH ROW EXECUTE FUNCTION "bump_chamber_facts"();
CREATE TRIGGER "Licence_facts" AFTER UPDATE OF "status" ON "Licence" FOR EACH ROW EXECUTE FUNCTION "bump_chamber_facts"();
CREATE TRIGGER "PrivateBailiff_facts" AFTER INSERT OR UPDATE OF "chamberId", "licenceId", "leftOn" OR DELETE ON "PrivateBailiff" FOR EACH ROW EXECUTE FUNCTION "bump_chamber_facts"();
