-- CreateTable
CREATE TABLE "DashboardCounter" (
    "subject" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "regionId" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "month" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "term" TEXT NOT NULL DEFAULT '',
    "days" INTEGER NOT NULL DEFAULT -1,
    "count" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardCounter_pkey" PRIMARY KEY ("subject","service","regionId","body","month","channel","outcome","term","days")
);

-- CreateTable
CREATE TABLE "DashboardDelta" (
    "id" BIGSERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "regionId" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "month" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "term" TEXT NOT NULL DEFAULT '',
    "days" INTEGER NOT NULL DEFAULT -1,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "DashboardDelta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DashboardCalendarDay" (
    "date" DATE NOT NULL,
    "working" BOOLEAN NOT NULL,

    CONSTRAINT "DashboardCalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE INDEX "DashboardCounter_subject_month_idx" ON "DashboardCounter"("subject", "month");

-- CreateIndex
CREATE INDEX "DashboardDelta_subject_month_idx" ON "DashboardDelta"("subject", "month");

-- ============================================================================================================
-- Dashboards (issue 11): counters kept by triggers in the same transaction as every change.
-- Every writer (use cases, the assignment engine's one-statement group commit, other engineers' new use cases,
-- the seeds, plain SQL) is covered, because the triggers sit on the tables. The triggers are statement-level
-- with transition tables: a statement that writes 500 rows inserts one delta per distinct key, not 500.
-- Writers only INSERT into "DashboardDelta" (no row of the counter table is ever contended by writers);
-- dashboard_compact() folds deltas into "DashboardCounter" (one compactor at a time, an advisory lock);
-- a figure reads counters + deltas in one statement, so it is never behind the committed data.
-- ============================================================================================================

-- T1: the holiday library's exceptions, 2020–2035, generated from date-holidays through the domain's
-- WorkingCalendar (no corrections): days off on a weekday (false) and working days on a weekend (true).
INSERT INTO "DashboardCalendarDay" ("date", "working") VALUES
('2020-01-01', false),
('2020-01-02', false),
('2020-01-07', false),
('2020-03-09', false),
('2020-03-23', false),
('2020-03-24', false),
('2020-03-25', false),
('2020-05-01', false),
('2020-05-07', false),
('2020-05-11', false),
('2020-07-06', false),
('2020-07-31', false),
('2020-08-31', false),
('2020-12-01', false),
('2020-12-16', false),
('2020-12-17', false),
('2021-01-01', false),
('2021-01-04', false),
('2021-01-07', false),
('2021-03-08', false),
('2021-03-22', false),
('2021-03-23', false),
('2021-03-24', false),
('2021-05-03', false),
('2021-05-07', false),
('2021-05-10', false),
('2021-07-06', false),
('2021-07-20', false),
('2021-08-30', false),
('2021-12-01', false),
('2021-12-16', false),
('2021-12-17', false),
('2022-01-03', false),
('2022-01-04', false),
('2022-01-07', false),
('2022-03-08', false),
('2022-03-21', false),
('2022-03-22', false),
('2022-03-23', false),
('2022-05-02', false),
('2022-05-09', false),
('2022-05-10', false),
('2022-07-06', false),
('2022-08-30', false),
('2022-10-25', false),
('2022-12-16', false),
('2023-01-02', false),
('2023-01-03', false),
('2023-03-08', false),
('2023-03-21', false),
('2023-03-22', false),
('2023-03-23', false),
('2023-05-01', false),
('2023-05-08', false),
('2023-05-09', false),
('2023-06-28', false),
('2023-07-06', false),
('2023-08-30', false),
('2023-10-25', false),
('2023-12-18', false),
('2024-01-01', false),
('2024-01-02', false),
('2024-03-08', false),
('2024-03-21', false),
('2024-03-22', false),
('2024-03-25', false),
('2024-05-01', false),
('2024-05-07', false),
('2024-05-09', false),
('2024-07-08', false),
('2024-08-30', false),
('2024-10-25', false),
('2024-12-16', false),
('2025-01-01', false),
('2025-01-02', false),
('2025-01-07', false),
('2025-03-10', false),
('2025-03-21', false),
('2025-03-24', false),
('2025-03-25', false),
('2025-05-01', false),
('2025-05-07', false),
('2025-05-09', false),
('2025-06-06', false),
('2025-07-07', false),
('2025-09-01', false),
('2025-10-27', false),
('2025-12-16', false),
('2026-01-01', false),
('2026-01-02', false),
('2026-01-07', false),
('2026-03-09', false),
('2026-03-16', false),
('2026-03-23', false),
('2026-03-24', false),
('2026-03-25', false),
('2026-05-01', false),
('2026-05-07', false),
('2026-05-11', false),
('2026-05-27', false),
('2026-07-06', false),
('2026-10-26', false),
('2026-12-16', false),
('2027-01-01', false),
('2027-01-04', false),
('2027-01-07', false),
('2027-03-08', false),
('2027-03-15', false),
('2027-03-22', false),
('2027-03-23', false),
('2027-03-24', false),
('2027-05-03', false),
('2027-05-07', false),
('2027-05-10', false),
('2027-07-06', false),
('2027-10-25', false),
('2027-12-16', false),
('2028-01-03', false),
('2028-01-04', false),
('2028-01-07', false),
('2028-03-08', false),
('2028-03-15', false),
('2028-03-21', false),
('2028-03-22', false),
('2028-03-23', false),
('2028-05-01', false),
('2028-05-05', false),
('2028-05-08', false),
('2028-05-09', false),
('2028-07-06', false),
('2028-10-25', false),
('2028-12-18', false),
('2029-01-01', false),
('2029-01-02', false),
('2029-03-08', false),
('2029-03-15', false),
('2029-03-21', false),
('2029-03-22', false),
('2029-03-23', false),
('2029-04-24', false),
('2029-05-01', false),
('2029-05-07', false),
('2029-05-09', false),
('2029-07-06', false),
('2029-10-25', false),
('2029-12-17', false),
('2030-01-01', false),
('2030-01-02', false),
('2030-01-07', false),
('2030-03-08', false),
('2030-03-15', false),
('2030-03-21', false),
('2030-03-22', false),
('2030-03-25', false),
('2030-05-01', false),
('2030-05-07', false),
('2030-05-09', false),
('2030-07-08', false),
('2030-10-25', false),
('2030-12-16', false),
('2031-01-01', false),
('2031-01-02', false),
('2031-01-07', false),
('2031-03-10', false),
('2031-03-17', false),
('2031-03-21', false),
('2031-03-24', false),
('2031-03-25', false),
('2031-04-02', false),
('2031-05-01', false),
('2031-05-07', false),
('2031-05-09', false),
('2031-07-07', false),
('2031-10-27', false),
('2031-12-16', false),
('2032-01-01', false),
('2032-01-02', false),
('2032-01-07', false),
('2032-03-08', false),
('2032-03-15', false),
('2032-03-22', false),
('2032-03-23', false),
('2032-03-24', false),
('2032-05-03', false),
('2032-05-07', false),
('2032-05-10', false),
('2032-07-06', false),
('2032-10-25', false),
('2032-12-16', false),
('2033-01-03', false),
('2033-01-04', false),
('2033-01-07', false),
('2033-03-08', false),
('2033-03-11', false),
('2033-03-15', false),
('2033-03-21', false),
('2033-03-22', false),
('2033-03-23', false),
('2033-05-02', false),
('2033-05-09', false),
('2033-05-10', false),
('2033-07-06', false),
('2033-10-25', false),
('2033-12-16', false),
('2034-01-02', false),
('2034-01-03', false),
('2034-03-01', false),
('2034-03-08', false),
('2034-03-15', false),
('2034-03-21', false),
('2034-03-22', false),
('2034-03-23', false),
('2034-05-01', false),
('2034-05-08', false),
('2034-05-09', false),
('2034-07-06', false),
('2034-10-25', false),
('2034-12-18', false),
('2035-01-01', false),
('2035-01-02', false),
('2035-03-08', false),
('2035-03-15', false),
('2035-03-21', false),
('2035-03-22', false),
('2035-03-23', false),
('2035-05-01', false),
('2035-05-07', false),
('2035-05-09', false),
('2035-07-06', false),
('2035-10-25', false),
('2035-12-17', false);

-- Is `d` a working day: a correction first, then the library, then Monday–Friday (as WorkingCalendar.dayInfo).
CREATE FUNCTION "dashboard_is_working"(d date) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT COALESCE(
    (SELECT c."kind" = 'WORKING_DAY' FROM "CalendarCorrection" c WHERE c."date" = d),
    (SELECT l."working" FROM "DashboardCalendarDay" l WHERE l."date" = d),
    extract(isodow FROM d) < 6)
$$;

-- T6: working days in (a, b] (the day of registration is not counted), as WorkingCalendar.workingDaysBetween;
-- 0 when b <= a. Monday–Friday counted arithmetically (from Monday 3 January 2000), then every day in the range
-- the library or a correction makes different from a plain weekday/weekend (two tiny indexed tables).
CREATE FUNCTION "dashboard_weekdays_upto"(x date) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT ((x - date '2000-01-03') / 7) * 5 + LEAST((x - date '2000-01-03') % 7 + 1, 5)
$$;
CREATE FUNCTION "dashboard_working_days"(a date, b date) RETURNS integer LANGUAGE plpgsql STABLE AS $$
DECLARE
  flips integer;
BEGIN
  IF a IS NULL OR b IS NULL THEN RETURN -1; END IF;
  IF b <= a THEN RETURN 0; END IF;
  SELECT COALESCE(sum((COALESCE(c."kind" = 'WORKING_DAY', l."working"))::int - (extract(isodow FROM x.d) < 6)::int), 0)::int INTO flips
  FROM (SELECT "date" AS d FROM "DashboardCalendarDay" WHERE "date" > a AND "date" <= b
        UNION SELECT "date" FROM "CalendarCorrection" WHERE "date" > a AND "date" <= b) x
  LEFT JOIN "CalendarCorrection" c ON c."date" = x.d
  LEFT JOIN "DashboardCalendarDay" l ON l."date" = x.d;
  RETURN "dashboard_weekdays_upto"(b) - "dashboard_weekdays_upto"(a) + flips;
END;
$$;

-- T1: the calendar date and month in Asia/Almaty (UTC+5 all year) of an instant.
CREATE FUNCTION "dashboard_day"(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$ SELECT ((t AT TIME ZONE 'UTC') + interval '5 hours')::date $$;
CREATE FUNCTION "dashboard_month"(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char((t AT TIME ZONE 'UTC') + interval '5 hours', 'YYYY-MM') $$;

-- The term of a decided item: MET when decided on or before its recorded last day, MISSED after it (E4, C2, and
-- each service's period); OPEN while undecided; '' when no term applies (drafts, withdrawn, refused at acceptance).
CREATE FUNCTION "dashboard_term"(decided boolean, open boolean, decided_at timestamptz, due date) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN decided AND decided_at IS NOT NULL AND due IS NOT NULL THEN (CASE WHEN "dashboard_day"(decided_at) <= due THEN 'MET' ELSE 'MISSED' END)
              WHEN open THEN 'OPEN' ELSE '' END
$$;

CREATE TYPE "dashboard_key" AS (subject text, service text, "regionId" text, body text, month text, channel text, outcome text, term text, days integer);

-- ------------------------------------------------------------------ the key of each row, one function per table

CREATE FUNCTION "dashboard_application_key"(a "ServiceApplication") RETURNS "dashboard_key" LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT ROW('APPLICATION', a."kind"::text, COALESCE(a."providerRegionId", ''), '',
    to_char(((COALESCE(a."registeredAt", a."createdAt")) AT TIME ZONE 'UTC') + interval '5 hours', 'YYYY-MM'), a."channel"::text, a."status"::text,
    "dashboard_term"(a."status" IN ('APPROVED', 'REFUSED'), a."status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING'), a."decidedAt", a."dueOn"),
    CASE WHEN a."status" IN ('APPROVED', 'REFUSED') AND a."decidedAt" IS NOT NULL AND a."registeredAt" IS NOT NULL
         THEN "dashboard_working_days"((((a."registeredAt") AT TIME ZONE 'UTC') + interval '5 hours')::date, (((a."decidedAt") AT TIME ZONE 'UTC') + interval '5 hours')::date) ELSE -1 END)::"dashboard_key");
END;
$$;

CREATE FUNCTION "dashboard_proceeding_key"(p "EnforcementProceeding") RETURNS "dashboard_key" LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT ROW('PROCEEDING', CASE WHEN p."stateBailiffId" IS NOT NULL THEN 'STATE_BAILIFF' ELSE 'CHAMBER' END,
    COALESCE((SELECT d."regionId" FROM "ExecutiveDocument" e JOIN "EnforcementDistrict" d ON d."id" = e."districtId" WHERE e."id" = p."documentId"), ''),
    COALESCE((SELECT b."chamberId" FROM "PrivateBailiff" b WHERE b."id" = p."bailiffId"), ''),
    to_char(((p."registeredAt") AT TIME ZONE 'UTC') + interval '5 hours', 'YYYY-MM'), '',
    CASE WHEN p."status" = 'REFUSED' AND p."refusalGround" IS NOT NULL THEN 'REFUSED:' || p."refusalGround"::text ELSE p."status"::text END,
    "dashboard_term"(p."decidedAt" IS NOT NULL, p."status" = 'AWAITING_DECISION', p."decidedAt", p."decisionDueOn"),
    CASE WHEN p."decidedAt" IS NOT NULL THEN "dashboard_working_days"((((p."registeredAt") AT TIME ZONE 'UTC') + interval '5 hours')::date, (((p."decidedAt") AT TIME ZONE 'UTC') + interval '5 hours')::date) ELSE -1 END)::"dashboard_key");
END;
$$;

CREATE FUNCTION "dashboard_measure_key"(m "EnforcementMeasure") RETURNS "dashboard_key" LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT ROW('MEASURE', m."kind"::text,
    COALESCE((SELECT d."regionId" FROM "EnforcementProceeding" p JOIN "ExecutiveDocument" e ON e."id" = p."documentId" JOIN "EnforcementDistrict" d ON d."id" = e."districtId" WHERE p."id" = m."proceedingId"), ''),
    '', to_char(m."takenOn", 'YYYY-MM'), '', '', '', -1)::"dashboard_key");
END;
$$;

CREATE FUNCTION "dashboard_complaint_key"(c "Complaint") RETURNS "dashboard_key" LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT ROW('COMPLAINT', c."addressee"::text,
    COALESCE((SELECT a."providerRegionId" FROM "ServiceApplication" a WHERE a."id" = c."applicationId"),
             (SELECT d."regionId" FROM "EnforcementProceeding" p JOIN "ExecutiveDocument" e ON e."id" = p."documentId" JOIN "EnforcementDistrict" d ON d."id" = e."districtId" WHERE p."id" = c."proceedingId"), ''),
    '', to_char(((c."registeredAt") AT TIME ZONE 'UTC') + interval '5 hours', 'YYYY-MM'), '', c."status"::text,
    "dashboard_term"(c."status" IN ('UPHELD', 'REJECTED'), c."status" IN ('REGISTERED', 'EXTENDED'), c."decidedAt", COALESCE(c."extendedDueOn", c."dueOn")),
    CASE WHEN c."status" IN ('UPHELD', 'REJECTED') AND c."decidedAt" IS NOT NULL THEN "dashboard_working_days"((((c."registeredAt") AT TIME ZONE 'UTC') + interval '5 hours')::date, (((c."decidedAt") AT TIME ZONE 'UTC') + interval '5 hours')::date) ELSE -1 END)::"dashboard_key");
END;
$$;

CREATE FUNCTION "dashboard_inspection_key"(i "Inspection") RETURNS "dashboard_key" LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT ROW('INSPECTION', i."kind"::text,
    COALESCE(i."subjectRegionId", (SELECT ch."regionId" FROM "Chamber" ch WHERE ch."id" = i."chamberId"), ''),
    COALESCE(i."planId", ''), to_char(i."startsOn", 'YYYY-MM'), '', i."status"::text, '', -1)::"dashboard_key");
END;
$$;

CREATE FUNCTION "dashboard_assignment_key"(a "Assignment") RETURNS "dashboard_key" LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT ROW('ASSIGNMENT', a."kind"::text, COALESCE((SELECT ch."regionId" FROM "Chamber" ch WHERE ch."id" = a."chamberId"), ''),
    a."chamberId", to_char(((a."assignedAt") AT TIME ZONE 'UTC') + interval '5 hours', 'YYYY-MM'), '', '', '', -1)::"dashboard_key");
END;
$$;

-- ------------------------------------------------------------------ the triggers: -1 for the old row, +1 for the new

-- One trigger function per table (static SQL: its plans are cached), generated here from one template.
DO $gen$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['application', 'proceeding', 'measure', 'complaint', 'inspection', 'assignment'] LOOP
    EXECUTE format($f$
      CREATE FUNCTION %1$I() RETURNS trigger LANGUAGE plpgsql AS $body$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO "DashboardDelta" ("subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days", "delta")
          SELECT (k).subject, (k).service, (k)."regionId", (k).body, (k).month, (k).channel, (k).outcome, (k).term, (k).days, count(*)::int
          FROM (SELECT %2$I(n) AS k FROM n) x GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO "DashboardDelta" ("subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days", "delta")
          SELECT (k).subject, (k).service, (k)."regionId", (k).body, (k).month, (k).channel, (k).outcome, (k).term, (k).days, -count(*)::int
          FROM (SELECT %2$I(o) AS k FROM o) x GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
        ELSE
          INSERT INTO "DashboardDelta" ("subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days", "delta")
          SELECT (k).subject, (k).service, (k)."regionId", (k).body, (k).month, (k).channel, (k).outcome, (k).term, (k).days, sum(s)::int
          FROM (SELECT %2$I(o) AS k, -1 AS s FROM o UNION ALL SELECT %2$I(n), 1 FROM n) x
          GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(s) <> 0;
        END IF;
        RETURN NULL;
      END;
      $body$;
    $f$, 'dashboard_track_' || t, 'dashboard_' || t || '_key');
  END LOOP;
END;
$gen$;

CREATE TRIGGER "ServiceApplication_dashboard_insert" AFTER INSERT ON "ServiceApplication" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_application"();
CREATE TRIGGER "ServiceApplication_dashboard_update" AFTER UPDATE ON "ServiceApplication" REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_application"();
CREATE TRIGGER "ServiceApplication_dashboard_delete" AFTER DELETE ON "ServiceApplication" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_application"();
CREATE TRIGGER "EnforcementProceeding_dashboard_insert" AFTER INSERT ON "EnforcementProceeding" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_proceeding"();
CREATE TRIGGER "EnforcementProceeding_dashboard_update" AFTER UPDATE ON "EnforcementProceeding" REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_proceeding"();
CREATE TRIGGER "EnforcementProceeding_dashboard_delete" AFTER DELETE ON "EnforcementProceeding" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_proceeding"();
CREATE TRIGGER "EnforcementMeasure_dashboard_insert" AFTER INSERT ON "EnforcementMeasure" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_measure"();
CREATE TRIGGER "EnforcementMeasure_dashboard_update" AFTER UPDATE ON "EnforcementMeasure" REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_measure"();
CREATE TRIGGER "EnforcementMeasure_dashboard_delete" AFTER DELETE ON "EnforcementMeasure" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_measure"();
CREATE TRIGGER "Complaint_dashboard_insert" AFTER INSERT ON "Complaint" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_complaint"();
CREATE TRIGGER "Complaint_dashboard_update" AFTER UPDATE ON "Complaint" REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_complaint"();
CREATE TRIGGER "Complaint_dashboard_delete" AFTER DELETE ON "Complaint" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_complaint"();
CREATE TRIGGER "Inspection_dashboard_insert" AFTER INSERT ON "Inspection" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_inspection"();
CREATE TRIGGER "Inspection_dashboard_update" AFTER UPDATE ON "Inspection" REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_inspection"();
CREATE TRIGGER "Inspection_dashboard_delete" AFTER DELETE ON "Inspection" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_inspection"();
CREATE TRIGGER "Assignment_dashboard_insert" AFTER INSERT ON "Assignment" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_assignment"();
CREATE TRIGGER "Assignment_dashboard_update" AFTER UPDATE ON "Assignment" REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_assignment"();
CREATE TRIGGER "Assignment_dashboard_delete" AFTER DELETE ON "Assignment" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_track_assignment"();

-- ------------------------------------------------------------------ compaction and rebuild

-- Folds the committed deltas into the counters; one compactor at a time (others return 0 at once).
CREATE FUNCTION "dashboard_compact"() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  moved bigint;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('oryndau_dashboard_compact')) THEN RETURN 0; END IF;
  WITH d AS (DELETE FROM "DashboardDelta" RETURNING *),
  ins AS (
    INSERT INTO "DashboardCounter" AS c ("subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days", "count")
    SELECT "subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days", sum("delta") FROM d
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT ("subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days") DO UPDATE SET "count" = c."count" + EXCLUDED."count"
    RETURNING 1)
  SELECT count(*) INTO moved FROM d;
  DELETE FROM "DashboardCounter" WHERE "count" = 0;
  RETURN moved;
END;
$$;

-- Recounts every counter of months >= from_month from the base tables (all when null). Writers wait for it at
-- their delta insert (the table lock), so nothing is counted twice or lost: what committed before is recounted,
-- what commits after adds its deltas.
CREATE FUNCTION "dashboard_rebuild"(from_month text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m text := COALESCE(from_month, '0000-00');
BEGIN
  LOCK TABLE "DashboardDelta" IN EXCLUSIVE MODE;
  LOCK TABLE "DashboardCounter" IN EXCLUSIVE MODE;
  DELETE FROM "DashboardDelta" WHERE "month" >= m;
  DELETE FROM "DashboardCounter" WHERE "month" >= m;
  INSERT INTO "DashboardCounter" ("subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days", "count")
  SELECT subject, service, "regionId", body, month, channel, outcome, term, days, count(*) FROM (
    SELECT ("dashboard_application_key"(a)).* FROM "ServiceApplication" a WHERE "dashboard_month"(COALESCE(a."registeredAt", a."createdAt")) >= m
    UNION ALL SELECT ("dashboard_proceeding_key"(p)).* FROM "EnforcementProceeding" p WHERE "dashboard_month"(p."registeredAt") >= m
    UNION ALL SELECT ("dashboard_measure_key"(x)).* FROM "EnforcementMeasure" x WHERE to_char(x."takenOn", 'YYYY-MM') >= m
    UNION ALL SELECT ("dashboard_complaint_key"(c)).* FROM "Complaint" c WHERE "dashboard_month"(c."registeredAt") >= m
    UNION ALL SELECT ("dashboard_inspection_key"(i)).* FROM "Inspection" i WHERE to_char(i."startsOn", 'YYYY-MM') >= m
    UNION ALL SELECT ("dashboard_assignment_key"(s)).* FROM "Assignment" s WHERE "dashboard_month"(s."assignedAt") >= m
  ) k GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
END;
$$;

-- A correction of the calendar changes the working days counted between registration and decision of the
-- decided items whose span (registration day, decision day] holds the corrected day, and only those: before the
-- change their contribution is taken out with the old calendar, after it put back with the new one, in the same
-- transaction (exact; a rare act of ministry staff, so a scan of the decided items is acceptable).
CREATE FUNCTION "dashboard_spanning"(d1 date, d2 date, sign integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DashboardDelta" ("subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days", "delta")
  SELECT (k).subject, (k).service, (k)."regionId", (k).body, (k).month, (k).channel, (k).outcome, (k).term, (k).days, sign * count(*)::int FROM (
    SELECT "dashboard_application_key"(a) AS k FROM "ServiceApplication" a
      WHERE a."decidedAt" IS NOT NULL AND a."registeredAt" IS NOT NULL
        AND (("dashboard_day"(a."registeredAt") < d1 AND "dashboard_day"(a."decidedAt") >= d1) OR ("dashboard_day"(a."registeredAt") < d2 AND "dashboard_day"(a."decidedAt") >= d2))
    UNION ALL SELECT "dashboard_proceeding_key"(p) FROM "EnforcementProceeding" p
      WHERE p."decidedAt" IS NOT NULL
        AND (("dashboard_day"(p."registeredAt") < d1 AND "dashboard_day"(p."decidedAt") >= d1) OR ("dashboard_day"(p."registeredAt") < d2 AND "dashboard_day"(p."decidedAt") >= d2))
    UNION ALL SELECT "dashboard_complaint_key"(c) FROM "Complaint" c
      WHERE c."decidedAt" IS NOT NULL
        AND (("dashboard_day"(c."registeredAt") < d1 AND "dashboard_day"(c."decidedAt") >= d1) OR ("dashboard_day"(c."registeredAt") < d2 AND "dashboard_day"(c."decidedAt") >= d2))
  ) x GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
$$;
CREATE FUNCTION "dashboard_calendar_before"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- an INSERT … ON CONFLICT DO UPDATE on an existing date fires BEFORE INSERT and then BEFORE UPDATE: count it once
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM "CalendarCorrection" WHERE "date" = NEW."date") THEN PERFORM "dashboard_spanning"(NEW."date", NEW."date", -1); END IF;
  ELSIF TG_OP = 'DELETE' THEN PERFORM "dashboard_spanning"(OLD."date", OLD."date", -1);
  ELSE PERFORM "dashboard_spanning"(OLD."date", NEW."date", -1);
  END IF;
  RETURN COALESCE(NEW, OLD);
END;
$$;
CREATE FUNCTION "dashboard_calendar_after"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM "dashboard_spanning"(NEW."date", NEW."date", 1);
  ELSIF TG_OP = 'DELETE' THEN PERFORM "dashboard_spanning"(OLD."date", OLD."date", 1);
  ELSE PERFORM "dashboard_spanning"(OLD."date", NEW."date", 1);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "CalendarCorrection_dashboard_before" BEFORE INSERT OR UPDATE OR DELETE ON "CalendarCorrection" FOR EACH ROW EXECUTE FUNCTION "dashboard_calendar_before"();
CREATE TRIGGER "CalendarCorrection_dashboard_after" AFTER INSERT OR UPDATE OR DELETE ON "CalendarCorrection" FOR EACH ROW EXECUTE FUNCTION "dashboard_calendar_after"();

-- the rows that exist already
SELECT "dashboard_rebuild"(NULL);

-- G2 / issue 10: the open items past or near their deadline, read through these partial indexes (a small set).
CREATE INDEX "ServiceApplication_open_due_idx" ON "ServiceApplication" ("dueOn") WHERE "status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING');
CREATE INDEX "EnforcementProceeding_open_due_idx" ON "EnforcementProceeding" ("decisionDueOn") WHERE "status" = 'AWAITING_DECISION';
CREATE INDEX "Complaint_open_due_idx" ON "Complaint" ((COALESCE("extendedDueOn", "dueOn"))) WHERE "status" IN ('REGISTERED', 'EXTENDED');
