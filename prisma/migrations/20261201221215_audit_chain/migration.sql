-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "prevHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seq" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "stream" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "AuditHead" (
    "stream" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditHead_pkey" PRIMARY KEY ("stream")
);

-- CreateTable
CREATE TABLE "AuditAnchor" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stream" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "AuditAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditAnchor_stream_seq_idx" ON "AuditAnchor"("stream", "seq");

-- The audit chain. Every AuditLog row is chained by this BEFORE INSERT trigger, whatever inserts it (the
-- buffered audit of a use case, the inline audit CTE of the Chamber's group commit, a seed): one chain per
-- stream, the stream being the actor (coalesce("actorId", 'system')), so that chambers, whose officials are
-- different actors, never wait on one another's audit. The stream's head row ("AuditHead"), locked FOR UPDATE,
-- serialises the inserts of one stream.
--   hash = sha256(prevHash || canonical), canonical = the JSONB text (keys sorted, PostgreSQL's canonical form) of
--   {id, stream, seq, at (UTC, ms), actorId, action, entityType, entityId, data, requestId}.
-- apps/api/src/audit/verify.ts recomputes the same expression (written there, not calling this function, so that
-- replacing this function changes nothing the verification trusts).
CREATE FUNCTION "audit_row_hash"(r "AuditLog") RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(r."prevHash" || jsonb_build_object(
    'id', r."id"::text, 'stream', r."stream", 'seq', r."seq"::text,
    'at', to_char(r."at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'actorId', r."actorId", 'action', r."action", 'entityType', r."entityType", 'entityId', r."entityId",
    'data', r."data", 'requestId', r."requestId")::text, 'UTF8')), 'hex')
$$;

-- the rows written before the chain existed, chained in id order
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update";
DO $$
DECLARE r "AuditLog"; prev_seq bigint; prev_hash text;
BEGIN
  FOR r IN SELECT * FROM "AuditLog" ORDER BY "id" LOOP
    r."stream" := coalesce(r."actorId", 'system');
    SELECT "seq", "hash" INTO prev_seq, prev_hash FROM "AuditHead" WHERE "stream" = r."stream";
    IF NOT FOUND THEN
      prev_seq := 0;
      prev_hash := repeat('0', 64);
      INSERT INTO "AuditHead" ("stream", "seq", "hash") VALUES (r."stream", 0, prev_hash);
    END IF;
    r."seq" := prev_seq + 1;
    r."prevHash" := prev_hash;
    r."hash" := "audit_row_hash"(r);
    UPDATE "AuditLog" SET "stream" = r."stream", "seq" = r."seq", "prevHash" = r."prevHash", "hash" = r."hash" WHERE "id" = r."id";
    UPDATE "AuditHead" SET "seq" = r."seq", "hash" = r."hash", "at" = r."at" WHERE "stream" = r."stream";
  END LOOP;
END $$;
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update";

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_stream_seq_key" ON "AuditLog"("stream", "seq");

CREATE FUNCTION "audit_log_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE h RECORD;
BEGIN
  NEW."stream" := coalesce(NEW."actorId", 'system');
  SELECT "seq", "hash" INTO h FROM "AuditHead" WHERE "stream" = NEW."stream" FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO "AuditHead" ("stream", "seq", "hash") VALUES (NEW."stream", 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
    SELECT "seq", "hash" INTO h FROM "AuditHead" WHERE "stream" = NEW."stream" FOR UPDATE;
  END IF;
  NEW."seq" := h.seq + 1;
  NEW."prevHash" := h.hash;
  NEW."hash" := "audit_row_hash"(NEW);
  UPDATE "AuditHead" SET "seq" = NEW."seq", "hash" = NEW."hash", "at" = NEW."at" WHERE "stream" = NEW."stream";
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AuditLog_chain" BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "audit_log_chain"();

-- anchors are append-only too
CREATE FUNCTION "audit_anchor_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditAnchor is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditAnchor_no_update" BEFORE UPDATE OR DELETE ON "AuditAnchor"
  FOR EACH ROW EXECUTE FUNCTION "audit_anchor_append_only"();
