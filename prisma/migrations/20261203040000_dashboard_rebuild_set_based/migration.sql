-- national (issue 11): dashboard_rebuild as set-based SQL. The first version called a key function per row
-- (each with its own subqueries and a working-day count per row: 48 s for 36,000 rows, hours for the national
-- data set). Here each subject's key is computed by joins in one statement, and T6's working days in
-- (registration day, decision day] come from one running count of working days per date (a correction first,
-- then the library's exceptions, then Monday–Friday, exactly as dashboard_is_working), so
-- days(a, b) = cum(b) − cum(a) — the same figure dashboard_working_days counts (outside 1990–2060, that
-- function itself). Same keys, same counts as the row-wise one (packages/db/test/dashboard-rebuild.test.ts
-- compares them on a generated set). The trigger functions are unchanged.
CREATE OR REPLACE FUNCTION "dashboard_rebuild"(from_month text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m text := COALESCE(from_month, '0000-00');
BEGIN
  -- sorts and hashes of millions of keys in memory, for this transaction only
  PERFORM set_config('work_mem', '256MB', true);
  LOCK TABLE "DashboardDelta" IN EXCLUSIVE MODE;
  LOCK TABLE "DashboardCounter" IN EXCLUSIVE MODE;
  DELETE FROM "DashboardDelta" WHERE "month" >= m;
  DELETE FROM "DashboardCounter" WHERE "month" >= m;
  INSERT INTO "DashboardCounter" ("subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days", "count")
  WITH wd AS MATERIALIZED (
    SELECT g.d::date AS d,
           sum((COALESCE(c."kind" = 'WORKING_DAY', l."working", extract(isodow FROM g.d) < 6))::int) OVER (ORDER BY g.d)::int AS cum
    FROM generate_series(date '1990-01-01', date '2060-12-31', interval '1 day') g(d)
    LEFT JOIN "CalendarCorrection" c ON c."date" = g.d::date
    LEFT JOIN "DashboardCalendarDay" l ON l."date" = g.d::date
  ),
  region_of_document AS MATERIALIZED (
    SELECT e."id", d."regionId" FROM "ExecutiveDocument" e JOIN "EnforcementDistrict" d ON d."id" = e."districtId"
  ),
  k AS (
    SELECT 'APPLICATION' AS subject, a."kind"::text AS service, COALESCE(a."providerRegionId", '') AS "regionId", '' AS body,
           "dashboard_month"(COALESCE(a."registeredAt", a."createdAt")) AS month, a."channel"::text AS channel, a."status"::text AS outcome,
           "dashboard_term"(a."status" IN ('APPROVED', 'REFUSED'), a."status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING'), a."decidedAt", a."dueOn") AS term,
           CASE WHEN a."status" IN ('APPROVED', 'REFUSED') AND a."decidedAt" IS NOT NULL AND a."registeredAt" IS NOT NULL THEN
             CASE WHEN "dashboard_day"(a."decidedAt") <= "dashboard_day"(a."registeredAt") THEN 0
                  ELSE COALESCE(x.cum - r.cum, "dashboard_working_days"("dashboard_day"(a."registeredAt"), "dashboard_day"(a."decidedAt"))) END
           ELSE -1 END AS days
    FROM "ServiceApplication" a
    LEFT JOIN wd r ON r.d = "dashboard_day"(a."registeredAt")
    LEFT JOIN wd x ON x.d = "dashboard_day"(a."decidedAt")
    WHERE "dashboard_month"(COALESCE(a."registeredAt", a."createdAt")) >= m
    UNION ALL
    SELECT 'PROCEEDING', CASE WHEN p."stateBailiffId" IS NOT NULL THEN 'STATE_BAILIFF' ELSE 'CHAMBER' END, COALESCE(rd."regionId", ''), COALESCE(b."chamberId", ''),
           "dashboard_month"(p."registeredAt"), '',
           CASE WHEN p."status" = 'REFUSED' AND p."refusalGround" IS NOT NULL THEN 'REFUSED:' || p."refusalGround"::text ELSE p."status"::text END,
           "dashboard_term"(p."decidedAt" IS NOT NULL, p."status" = 'AWAITING_DECISION', p."decidedAt", p."decisionDueOn"),
           CASE WHEN p."decidedAt" IS NOT NULL THEN
             CASE WHEN "dashboard_day"(p."registeredAt") IS NULL THEN -1
                  WHEN "dashboard_day"(p."decidedAt") <= "dashboard_day"(p."registeredAt") THEN 0
                  ELSE COALESCE(x.cum - r.cum, "dashboard_working_days"("dashboard_day"(p."registeredAt"), "dashboard_day"(p."decidedAt"))) END
           ELSE -1 END
    FROM "EnforcementProceeding" p
    LEFT JOIN region_of_document rd ON rd."id" = p."documentId"
    LEFT JOIN "PrivateBailiff" b ON b."id" = p."bailiffId"
    LEFT JOIN wd r ON r.d = "dashboard_day"(p."registeredAt")
    LEFT JOIN wd x ON x.d = "dashboard_day"(p."decidedAt")
    WHERE "dashboard_month"(p."registeredAt") >= m
    UNION ALL
    SELECT 'MEASURE', x."kind"::text, COALESCE(rd."regionId", ''), '', to_char(x."takenOn", 'YYYY-MM'), '', '', '', -1
    FROM "EnforcementMeasure" x
    LEFT JOIN "EnforcementProceeding" p ON p."id" = x."proceedingId"
    LEFT JOIN region_of_document rd ON rd."id" = p."documentId"
    WHERE to_char(x."takenOn", 'YYYY-MM') >= m
    UNION ALL
    SELECT 'COMPLAINT', c."addressee"::text, COALESCE(a."providerRegionId", rd."regionId", ''), '', "dashboard_month"(c."registeredAt"), '', c."status"::text,
           "dashboard_term"(c."status" IN ('UPHELD', 'REJECTED'), c."status" IN ('REGISTERED', 'EXTENDED'), c."decidedAt", COALESCE(c."extendedDueOn", c."dueOn")),
           CASE WHEN c."status" IN ('UPHELD', 'REJECTED') AND c."decidedAt" IS NOT NULL THEN
             CASE WHEN "dashboard_day"(c."registeredAt") IS NULL THEN -1
                  WHEN "dashboard_day"(c."decidedAt") <= "dashboard_day"(c."registeredAt") THEN 0
                  ELSE COALESCE(x.cum - r.cum, "dashboard_working_days"("dashboard_day"(c."registeredAt"), "dashboard_day"(c."decidedAt"))) END
           ELSE -1 END
    FROM "Complaint" c
    LEFT JOIN "ServiceApplication" a ON a."id" = c."applicationId"
    LEFT JOIN "EnforcementProceeding" p ON p."id" = c."proceedingId"
    LEFT JOIN region_of_document rd ON rd."id" = p."documentId"
    LEFT JOIN wd r ON r.d = "dashboard_day"(c."registeredAt")
    LEFT JOIN wd x ON x.d = "dashboard_day"(c."decidedAt")
    WHERE "dashboard_month"(c."registeredAt") >= m
    UNION ALL
    SELECT 'INSPECTION', i."kind"::text, COALESCE(i."subjectRegionId", ch."regionId", ''), COALESCE(i."planId", ''), to_char(i."startsOn", 'YYYY-MM'), '', i."status"::text, '', -1
    FROM "Inspection" i LEFT JOIN "Chamber" ch ON ch."id" = i."chamberId"
    WHERE to_char(i."startsOn", 'YYYY-MM') >= m
    UNION ALL
    SELECT 'ASSIGNMENT', s."kind"::text, COALESCE(ch."regionId", ''), s."chamberId", "dashboard_month"(s."assignedAt"), '', '', '', -1
    FROM "Assignment" s LEFT JOIN "Chamber" ch ON ch."id" = s."chamberId"
    WHERE "dashboard_month"(s."assignedAt") >= m
  )
  SELECT subject, service, "regionId", body, month, channel, outcome, term, days, count(*) FROM k GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
END;
$$;
