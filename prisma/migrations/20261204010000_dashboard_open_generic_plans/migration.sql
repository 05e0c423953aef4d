-- overdue, writer cost (issue 11): the open items' row triggers called "dashboard_open_fresh", a SQL function, whose
-- plan PostgreSQL makes anew at every call (a SQL function's plan lives for one call of the statement that calls it;
-- the planner found a custom plan for the constant kind cheaper than a generic one): about 1.5 ms of planning per
-- refresh, three or four refreshes per assignment, 5.7 s of the demo seed's 9.9 s. The writers' path now calls
-- "dashboard_open_fresh_ids", the same query for a list of ids in PL/pgSQL with a generic plan kept for the session
-- (about 0.07-0.1 ms a call). "dashboard_open_fresh" (NULL ids: every open item) stays for the backfill, the rebuild
-- and the recount property, which compares the rows the writers kept with it: a difference between the two
-- queries fails that property.
CREATE FUNCTION "dashboard_open_fresh_ids"(k text, ids text[], reuse boolean) RETURNS SETOF "DashboardOpenItem"
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $fn$
BEGIN
  RETURN QUERY
  WITH corr AS MATERIALIZED (SELECT "date", "createdAt" FROM "CalendarCorrection"),
    cand AS (
      SELECT 'APPLICATION' AS "kind", a."id", a."number", a."kind"::text AS "service", a."status"::text AS "status", a."providerRegionId" AS "regionId",
        CASE WHEN a."kind" IN ('ATTESTATION', 'ATTESTATION_AND_LICENCE') THEN 'ATTESTATION_COMMISSION' WHEN a."kind" IN ('LICENCE', 'LICENCE_REISSUE') THEN 'MINISTRY_LICENSING' ELSE 'JUSTICE_OFFICE' END AS "body",
        NULL::text AS "chamberId", a."registeredAt", a."dueOn" AS "recorded"
      FROM "ServiceApplication" a
      WHERE k = 'APPLICATION' AND a."id" = ANY(ids)
        AND a."status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING') AND a."dueOn" IS NOT NULL AND a."registeredAt" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "ExecutiveDocument" e JOIN "EnforcementProceeding" ep ON ep."documentId" = e."id" WHERE e."applicationId" = a."id")
      UNION ALL
      SELECT 'PROCEEDING', ep."id", ep."number", 'ENFORCEMENT_INITIATION', ep."status"::text, d."regionId",
        CASE WHEN ep."stateBailiffId" IS NOT NULL THEN 'STATE_BAILIFF' ELSE 'CHAMBER' END, b."chamberId", ep."registeredAt", ep."decisionDueOn"
      FROM "EnforcementProceeding" ep JOIN "ExecutiveDocument" e ON e."id" = ep."documentId" JOIN "EnforcementDistrict" d ON d."id" = e."districtId"
        LEFT JOIN "PrivateBailiff" b ON b."id" = ep."bailiffId"
      WHERE k = 'PROCEEDING' AND ep."id" = ANY(ids) AND ep."status" = 'AWAITING_DECISION' AND ep."decisionDueOn" IS NOT NULL
      UNION ALL
      SELECT 'COMPLAINT', c."id", c."number", a."kind"::text, c."status"::text, COALESCE(a."providerRegionId", d."regionId"),
        c."addressee"::text, NULL::text, c."registeredAt", COALESCE(c."extendedDueOn", c."dueOn")
      FROM "Complaint" c LEFT JOIN "ServiceApplication" a ON a."id" = c."applicationId"
        LEFT JOIN "EnforcementProceeding" ep ON ep."id" = c."proceedingId" LEFT JOIN "ExecutiveDocument" e ON e."id" = ep."documentId"
        LEFT JOIN "EnforcementDistrict" d ON d."id" = e."districtId"
      WHERE k = 'COMPLAINT' AND c."id" = ANY(ids) AND c."status" IN ('REGISTERED', 'EXTENDED')
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
    FROM picked x LEFT JOIN moved m ON m."start" = x."start" AND m."recorded" = x."recorded" AND m."since" = x."since";
END;
$fn$;

CREATE OR REPLACE FUNCTION "dashboard_open_refresh"(k text, ids text[]) RETURNS void LANGUAGE plpgsql VOLATILE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  WITH f AS MATERIALIZED (SELECT * FROM "dashboard_open_fresh_ids"(k, ids, true)),
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
