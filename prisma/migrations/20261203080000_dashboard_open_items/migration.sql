-- overdue (issue 11): the open items with their effective last day materialised. The overdue / due-soon figure
-- (apps/api/src/aggregates/open-items.ts) judged every open item on each request: its registration day, the first
-- correction recorded after it and its effective last day per row (1.4 s for the counts on 100k open items). Here
-- each open item (an application, a proceeding awaiting its decision, a complaint under consideration) has one
-- row in "DashboardOpenItem" with what the figure shows and filters on (number, service, status, region, body,
-- chamber) and its effective last day, kept in the writer's transaction by row triggers on every table the row is
-- read from, and by the calendar-correction statement triggers for the open items whose period holds a corrected
-- day. A row is always what "dashboard_open_fresh" (the same joins and rules as the former per-request query:
-- effectiveDueOn, G2, T6) returns for its item; the recount property compares the two after random concurrent
-- writes and corrections (apps/api/test/dashboards-recount.test.ts).

CREATE TABLE "DashboardOpenItem" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "service" TEXT,
    "status" TEXT NOT NULL,
    "regionId" TEXT,
    "body" TEXT NOT NULL,
    "chamberId" TEXT,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL,
    "start" DATE NOT NULL,
    "recorded" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    CONSTRAINT "DashboardOpenItem_pkey" PRIMARY KEY ("kind", "id")
);
-- the list's order (overdue: the most working days late first = the earliest last day first; due soon: the soonest)
CREATE INDEX "DashboardOpenItem_due_idx" ON "DashboardOpenItem" ("dueOn", "number" COLLATE "C", "id");
-- the calendar correction's scan: the open items whose period (start, last day] holds a corrected day
CREATE INDEX "DashboardOpenItem_start_idx" ON "DashboardOpenItem" ("start");

-- The open items of `k` (NULL: every kind) among `ids` (NULL: all), judged as the former per-request query did.
-- With `reuse`, an item kept with the same registration and recorded last day keeps its effective last day (the
-- calendar triggers keep it current): a writer's status change judges no calendar.
CREATE FUNCTION "dashboard_open_fresh"(k text, ids text[], reuse boolean) RETURNS SETOF "DashboardOpenItem" LANGUAGE sql STABLE AS $$
  WITH corr AS MATERIALIZED (SELECT "date", "createdAt" FROM "CalendarCorrection"),
  cand AS (
    SELECT 'APPLICATION' AS "kind", a."id", a."number", a."kind"::text AS "service", a."status"::text AS "status", a."providerRegionId" AS "regionId",
      CASE WHEN a."kind" IN ('ATTESTATION', 'ATTESTATION_AND_LICENCE') THEN 'ATTESTATION_COMMISSION' WHEN a."kind" IN ('LICENCE', 'LICENCE_REISSUE') THEN 'MINISTRY_LICENSING' ELSE 'JUSTICE_OFFICE' END AS "body",
      NULL::text AS "chamberId", a."registeredAt", a."dueOn" AS "recorded"
    FROM "ServiceApplication" a
    WHERE (k IS NULL OR k = 'APPLICATION') AND (ids IS NULL OR a."id" = ANY(ids))
      AND a."status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING') AND a."dueOn" IS NOT NULL AND a."registeredAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "ExecutiveDocument" e JOIN "EnforcementProceeding" ep ON ep."documentId" = e."id" WHERE e."applicationId" = a."id")
    UNION ALL
    SELECT 'PROCEEDING', ep."id", ep."number", 'ENFORCEMENT_INITIATION', ep."status"::text, d."regionId",
      CASE WHEN ep."stateBailiffId" IS NOT NULL THEN 'STATE_BAILIFF' ELSE 'CHAMBER' END, b."chamberId", ep."registeredAt", ep."decisionDueOn"
    FROM "EnforcementProceeding" ep JOIN "ExecutiveDocument" e ON e."id" = ep."documentId" JOIN "EnforcementDistrict" d ON d."id" = e."districtId"
      LEFT JOIN "PrivateBailiff" b ON b."id" = ep."bailiffId"
    WHERE (k IS NULL OR k = 'PROCEEDING') AND (ids IS NULL OR ep."id" = ANY(ids)) AND ep."status" = 'AWAITING_DECISION' AND ep."decisionDueOn" IS NOT NULL
    UNION ALL
    SELECT 'COMPLAINT', c."id", c."number", a."kind"::text, c."status"::text, COALESCE(a."providerRegionId", d."regionId"),
      c."addressee"::text, NULL::text, c."registeredAt", COALESCE(c."extendedDueOn", c."dueOn")
    FROM "Complaint" c LEFT JOIN "ServiceApplication" a ON a."id" = c."applicationId"
      LEFT JOIN "EnforcementProceeding" ep ON ep."id" = c."proceedingId" LEFT JOIN "ExecutiveDocument" e ON e."id" = ep."documentId"
      LEFT JOIN "EnforcementDistrict" d ON d."id" = e."districtId"
    WHERE (k IS NULL OR k = 'COMPLAINT') AND (ids IS NULL OR c."id" = ANY(ids)) AND c."status" IN ('REGISTERED', 'EXTENDED')
  ),
  picked AS (
    SELECT cand.*, "dashboard_day"(cand."registeredAt") AS "start", kept."dueOn" AS "kept",
      CASE WHEN kept."dueOn" IS NULL THEN (SELECT min(corr."createdAt") FROM corr WHERE corr."createdAt" > cand."registeredAt") END AS "since"
    FROM cand LEFT JOIN "DashboardOpenItem" kept ON reuse AND kept."kind" = cand."kind" AND kept."id" = cand."id"
      AND kept."registeredAt" = cand."registeredAt" AND kept."recorded" = cand."recorded"
  ),
  -- each distinct (start, recorded last day, first correction recorded after registration) judged once
  moved AS MATERIALIZED (
    SELECT q."start", q."recorded", q."since", "dashboard_effective_due"(q."start", q."recorded", q."since") AS "dueOn"
    FROM (SELECT DISTINCT "start", "recorded", "since" FROM picked WHERE "since" IS NOT NULL AND "recorded" > "start") q
  )
  SELECT x."kind", x."id", x."number", x."service", x."status", x."regionId", x."body", x."chamberId", x."registeredAt", x."start", x."recorded",
    COALESCE(x."kept", m."dueOn", x."recorded")
  FROM picked x LEFT JOIN moved m ON m."start" = x."start" AND m."recorded" = x."recorded" AND m."since" = x."since"
$$;

-- Makes the rows of `k` among `ids` what dashboard_open_fresh says: put in (or updated) when open, taken out when not.
CREATE FUNCTION "dashboard_open_refresh"(k text, ids text[]) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  WITH f AS MATERIALIZED (SELECT * FROM "dashboard_open_fresh"(k, ids, true)),
  up AS (
    INSERT INTO "DashboardOpenItem" AS o SELECT * FROM f
    ON CONFLICT ("kind", "id") DO UPDATE SET "number" = EXCLUDED."number", "service" = EXCLUDED."service", "status" = EXCLUDED."status",
      "regionId" = EXCLUDED."regionId", "body" = EXCLUDED."body", "chamberId" = EXCLUDED."chamberId", "registeredAt" = EXCLUDED."registeredAt",
      "start" = EXCLUDED."start", "recorded" = EXCLUDED."recorded", "dueOn" = EXCLUDED."dueOn"
    WHERE (o.*) IS DISTINCT FROM (EXCLUDED.*)
    RETURNING 1
  )
  DELETE FROM "DashboardOpenItem" o WHERE o."kind" = k AND o."id" = ANY(ids) AND NOT EXISTS (SELECT 1 FROM f WHERE f."id" = o."id");
END;
$$;

-- An application: itself, and its complaints when what they read of it (service, region) changed.
CREATE FUNCTION "dashboard_open_application"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."status", OLD."dueOn", OLD."registeredAt", OLD."number", OLD."kind", OLD."providerRegionId")
      IS NOT DISTINCT FROM (NEW."status", NEW."dueOn", NEW."registeredAt", NEW."number", NEW."kind", NEW."providerRegionId") THEN RETURN NULL; END IF;
  PERFORM "dashboard_open_refresh"('APPLICATION', ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END]);
  IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR (OLD."kind", OLD."providerRegionId") IS DISTINCT FROM (NEW."kind", NEW."providerRegionId")) THEN
    PERFORM "dashboard_open_refresh"('COMPLAINT', ARRAY(SELECT c."id" FROM "Complaint" c WHERE c."applicationId" = OLD."id" FOR UPDATE));
  END IF;
  RETURN NULL;
END;
$$;

-- The applications of executive documents (open only while no proceeding is registered on their document), locked
-- first: a concurrent writer of the application waits (or is waited for) and judges it on the committed state.
CREATE FUNCTION "dashboard_open_applications_of"(docs text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "dashboard_open_refresh"('APPLICATION', ARRAY(
    SELECT a."id" FROM "ServiceApplication" a JOIN "ExecutiveDocument" e ON e."applicationId" = a."id" WHERE e."id" = ANY(docs) ORDER BY a."id" FOR UPDATE OF a));
END;
$$;

-- A proceeding: itself, the application of its document, and its complaints when its document changed.
CREATE FUNCTION "dashboard_open_proceeding"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."status", OLD."decisionDueOn", OLD."registeredAt", OLD."number", OLD."documentId", OLD."stateBailiffId", OLD."bailiffId")
      IS NOT DISTINCT FROM (NEW."status", NEW."decisionDueOn", NEW."registeredAt", NEW."number", NEW."documentId", NEW."stateBailiffId", NEW."bailiffId") THEN RETURN NULL; END IF;
  PERFORM "dashboard_open_refresh"('PROCEEDING', ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END]);
  IF TG_OP = 'INSERT' THEN PERFORM "dashboard_open_applications_of"(ARRAY[NEW."documentId"]);
  ELSIF TG_OP = 'DELETE' OR OLD."documentId" IS DISTINCT FROM NEW."documentId" THEN
    PERFORM "dashboard_open_applications_of"(ARRAY[OLD."documentId", CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW."documentId" END]);
    PERFORM "dashboard_open_refresh"('COMPLAINT', ARRAY(SELECT c."id" FROM "Complaint" c WHERE c."proceedingId" = OLD."id" FOR UPDATE));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "dashboard_open_complaint"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "dashboard_open_refresh"('COMPLAINT', ARRAY[CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END]);
  RETURN NULL;
END;
$$;

-- An executive document moved to another application or district: the applications, its proceedings, their complaints.
CREATE FUNCTION "dashboard_open_document"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."applicationId", OLD."districtId") IS NOT DISTINCT FROM (NEW."applicationId", NEW."districtId") THEN RETURN NULL; END IF;
  PERFORM "dashboard_open_refresh"('APPLICATION', ARRAY(SELECT a."id" FROM "ServiceApplication" a WHERE a."id" IN (OLD."applicationId", CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW."applicationId" END) ORDER BY a."id" FOR UPDATE));
  IF TG_OP = 'UPDATE' THEN
    PERFORM "dashboard_open_refresh"('PROCEEDING', ARRAY(SELECT p."id" FROM "EnforcementProceeding" p WHERE p."documentId" = NEW."id"));
    PERFORM "dashboard_open_refresh"('COMPLAINT', ARRAY(SELECT c."id" FROM "Complaint" c JOIN "EnforcementProceeding" p ON p."id" = c."proceedingId" WHERE p."documentId" = NEW."id"));
  END IF;
  RETURN NULL;
END;
$$;

-- A private bailiff moved to another chamber: its proceedings awaiting a decision.
CREATE FUNCTION "dashboard_open_bailiff"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "dashboard_open_refresh"('PROCEEDING', ARRAY(SELECT p."id" FROM "EnforcementProceeding" p WHERE p."bailiffId" = NEW."id" AND p."status" = 'AWAITING_DECISION'));
  RETURN NULL;
END;
$$;

-- A district moved to another region: the proceedings of its documents and their complaints.
CREATE FUNCTION "dashboard_open_district"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "dashboard_open_refresh"('PROCEEDING', ARRAY(SELECT p."id" FROM "EnforcementProceeding" p JOIN "ExecutiveDocument" e ON e."id" = p."documentId" WHERE e."districtId" = NEW."id"));
  PERFORM "dashboard_open_refresh"('COMPLAINT', ARRAY(SELECT c."id" FROM "Complaint" c JOIN "EnforcementProceeding" p ON p."id" = c."proceedingId" JOIN "ExecutiveDocument" e ON e."id" = p."documentId" WHERE e."districtId" = NEW."id"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ServiceApplication_open_item" AFTER INSERT OR UPDATE OR DELETE ON "ServiceApplication" FOR EACH ROW EXECUTE FUNCTION "dashboard_open_application"();
CREATE TRIGGER "EnforcementProceeding_open_item" AFTER INSERT OR UPDATE OR DELETE ON "EnforcementProceeding" FOR EACH ROW EXECUTE FUNCTION "dashboard_open_proceeding"();
CREATE TRIGGER "Complaint_open_item" AFTER INSERT OR UPDATE OR DELETE ON "Complaint" FOR EACH ROW EXECUTE FUNCTION "dashboard_open_complaint"();
CREATE TRIGGER "ExecutiveDocument_open_item" AFTER UPDATE OR DELETE ON "ExecutiveDocument" FOR EACH ROW EXECUTE FUNCTION "dashboard_open_document"();
CREATE TRIGGER "PrivateBailiff_open_item" AFTER UPDATE OF "chamberId" ON "PrivateBailiff" FOR EACH ROW WHEN (OLD."chamberId" IS DISTINCT FROM NEW."chamberId") EXECUTE FUNCTION "dashboard_open_bailiff"();
CREATE TRIGGER "EnforcementDistrict_open_item" AFTER UPDATE OF "regionId" ON "EnforcementDistrict" FOR EACH ROW WHEN (OLD."regionId" IS DISTINCT FROM NEW."regionId") EXECUTE FUNCTION "dashboard_open_district"();

-- Calendar corrections: after the dashboard's own BEFORE trigger (the triggers fire by name: "dashboard" < "open")
-- has made writers in flight commit and later ones wait, the open items' rows are locked too (a writer reaching
-- them through a document, bailiff or district), and the corrections as they stand are kept for the transaction.
CREATE FUNCTION "dashboard_open_calendar_before"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "DashboardOpenItem" IN SHARE MODE;
  IF COALESCE(current_setting('oryndau.open_calendar_before', true), '') = '' THEN
    PERFORM set_config('oryndau.open_calendar_before',
      (SELECT COALESCE(jsonb_agg(jsonb_build_array(c."date", c."kind"::text, c."createdAt")), '[]'::jsonb)::text FROM "CalendarCorrection" c), true);
  END IF;
  RETURN NULL;
END;
$$;

-- After the statement: every date whose correction appeared, went or changed; the open items whose period
-- (start, max(recorded, effective last day)] holds one are judged again (a day outside it moves neither the span
-- counted nor the working days reached from the start), and those whose recorded last day is not a working day
-- and a changed date lies after the start (effectiveDueOn then counts from the start: found by the property).
CREATE FUNCTION "dashboard_open_calendar_after"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before text := COALESCE(current_setting('oryndau.open_calendar_before', true), '');
BEGIN
  IF before = '' THEN RETURN NULL; END IF;
  PERFORM set_config('oryndau.open_calendar_before', '', true);
  PERFORM set_config('oryndau.open_count_bulk', 'on', true);
  WITH old AS (
    SELECT (e->>0)::date AS d, e->>1 AS kind, (e->>2)::timestamptz AS at FROM jsonb_array_elements(before::jsonb) e
  ), changed AS MATERIALIZED (
    SELECT COALESCE(o.d, c."date") AS d FROM old o FULL JOIN "CalendarCorrection" c ON c."date" = o.d
    WHERE o.d IS NULL OR c."date" IS NULL OR o.kind <> c."kind"::text OR o.at <> c."createdAt"
  ), off AS MATERIALIZED (
    -- recorded last days that are not working days: any correction after the start brings them to a working day
    SELECT r FROM (SELECT DISTINCT "recorded" AS r FROM "DashboardOpenItem") x WHERE NOT "dashboard_is_working"(r)
  ), hit AS MATERIALIZED (
    SELECT o."kind", o."id", o."start", o."recorded", o."dueOn" AS "was",
      (SELECT min(c."createdAt") FROM "CalendarCorrection" c WHERE c."createdAt" > o."registeredAt") AS "since"
    FROM "DashboardOpenItem" o
    WHERE EXISTS (SELECT 1 FROM changed ch WHERE ch.d > o."start" AND (ch.d <= GREATEST(o."recorded", o."dueOn") OR o."recorded" IN (SELECT r FROM off)))
  ), moved AS MATERIALIZED (
    SELECT q."start", q."recorded", q."since", CASE WHEN q."since" IS NULL OR q."recorded" <= q."start" THEN q."recorded" ELSE "dashboard_effective_due"(q."start", q."recorded", q."since") END AS "dueOn"
    FROM (SELECT DISTINCT "start", "recorded", "since" FROM hit) q
  ), upd AS (
    UPDATE "DashboardOpenItem" o SET "dueOn" = m."dueOn"
    FROM hit h JOIN moved m ON m."start" = h."start" AND m."recorded" = h."recorded" AND m."since" IS NOT DISTINCT FROM h."since"
    WHERE o."kind" = h."kind" AND o."id" = h."id" AND o."dueOn" <> m."dueOn"
    RETURNING o."regionId", o."body", o."service", h."was", o."dueOn"
  )
  INSERT INTO "DashboardOpenCount" AS c ("regionId", "body", "service", "dueOn", "n")
  SELECT "regionId", "body", "service", d, sum(s)::int FROM (
    SELECT "regionId", "body", "service", "dueOn" AS d, 1 AS s FROM upd UNION ALL SELECT "regionId", "body", "service", "was", -1 FROM upd
  ) x GROUP BY 1, 2, 3, 4 HAVING sum(s) <> 0 ORDER BY 4, 1, 2, 3
  ON CONFLICT ("dueOn", "regionId", "body", "service") DO UPDATE SET "n" = c."n" + EXCLUDED."n";
  PERFORM set_config('oryndau.open_count_bulk', '', true);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "CalendarCorrection_open_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CalendarCorrection" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_open_calendar_before"();
CREATE TRIGGER "CalendarCorrection_open_after" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CalendarCorrection" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_open_calendar_after"();

-- The counts by region and body: open items by (region, body, service, effective last day), kept from the rows'
-- changes by a row trigger in the writer's transaction (a correction, which may move thousands of last days, moves
-- their counts in one set-based upsert); a request sums the rows of its range of days. Rows at 0 stay (one per key).
CREATE TABLE "DashboardOpenCount" (
    "regionId" TEXT,
    "body" TEXT NOT NULL,
    "service" TEXT,
    "dueOn" DATE NOT NULL,
    "n" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "DashboardOpenCount_key" ON "DashboardOpenCount" ("dueOn", "regionId", "body", "service") NULLS NOT DISTINCT;

CREATE FUNCTION "dashboard_open_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- a correction's statement moves the counter rows of the last days it moved itself, set-based
  IF current_setting('oryndau.open_count_bulk', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND (OLD."regionId", OLD."body", OLD."service", OLD."dueOn") IS NOT DISTINCT FROM (NEW."regionId", NEW."body", NEW."service", NEW."dueOn") THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN
    UPDATE "DashboardOpenCount" c SET "n" = c."n" - 1
    WHERE c."dueOn" = OLD."dueOn" AND c."regionId" IS NOT DISTINCT FROM OLD."regionId" AND c."body" = OLD."body" AND c."service" IS NOT DISTINCT FROM OLD."service";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "DashboardOpenCount" AS c ("regionId", "body", "service", "dueOn", "n") VALUES (NEW."regionId", NEW."body", NEW."service", NEW."dueOn", 1)
    ON CONFLICT ("dueOn", "regionId", "body", "service") DO UPDATE SET "n" = c."n" + 1;
  END IF;
  RETURN NULL;
END;
$$;

-- Backfill, set-based: every open item at once (each distinct (start, recorded, since) judged once), then their counts.
INSERT INTO "DashboardOpenItem" SELECT * FROM "dashboard_open_fresh"(NULL, NULL, false);
INSERT INTO "DashboardOpenCount" ("regionId", "body", "service", "dueOn", "n") SELECT "regionId", "body", "service", "dueOn", count(*) FROM "DashboardOpenItem" GROUP BY 1, 2, 3, 4;
CREATE TRIGGER "DashboardOpenItem_count" AFTER INSERT OR UPDATE OR DELETE ON "DashboardOpenItem" FOR EACH ROW EXECUTE FUNCTION "dashboard_open_count"();

-- After a bulk load with the open items' triggers off (the national generator): every row and count again, set-based.
CREATE FUNCTION "dashboard_open_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('work_mem', '256MB', true);
  LOCK TABLE "DashboardOpenItem", "DashboardOpenCount" IN EXCLUSIVE MODE;
  PERFORM set_config('oryndau.open_count_bulk', 'on', true);
  DELETE FROM "DashboardOpenItem";
  DELETE FROM "DashboardOpenCount";
  INSERT INTO "DashboardOpenItem" SELECT * FROM "dashboard_open_fresh"(NULL, NULL, false);
  INSERT INTO "DashboardOpenCount" ("regionId", "body", "service", "dueOn", "n") SELECT "regionId", "body", "service", "dueOn", count(*) FROM "DashboardOpenItem" GROUP BY 1, 2, 3, 4;
  PERFORM set_config('oryndau.open_count_bulk', '', true);
END;
$$;
