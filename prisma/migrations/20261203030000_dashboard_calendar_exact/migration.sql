-- recount (issue 11): calendar corrections keep the counters exact, also with concurrent writers and with
-- statements that correct several days at once.
--
-- The defect (found with the recount property, a failing run kept from shrinking): the old row-level
-- CalendarCorrection triggers took out and put back the contribution of the decided items they could SEE. A
-- writer deciding an item (or registering an already decided one) concurrently with the correction computed its
-- working days on the calendar of its own snapshot (without the correction), and the correction's scan did not see
-- the writer's uncommitted item: both committed, and the item stayed counted on the old calendar (off by one per
-- corrected day in its span). Seen: a complaint registered on 16 February and decided on 2 March, committed while
-- a holiday on 17 February was being recorded: counters 9 working days, recount 8. Two smaller faults of the same
-- triggers: two concurrent upserts of a new date both took the contribution out in BEFORE INSERT (the EXISTS check
-- cannot see the other's uncommitted row), and a statement writing several dates took an item spanning two of them
-- out twice on two different calendars (a row-level BEFORE trigger sees the rows already processed).
--
-- The fix: statement-level triggers.
--  * BEFORE the statement: one correction at a time (an advisory lock), then SHARE locks on the three tables whose
--    counters hold working days. SHARE conflicts with every writer's ROW EXCLUSIVE: writers in flight commit first
--    (the scan below sees them), writers arriving later wait and compute on the corrected calendar. Then the
--    calendar as it stands is kept for the transaction (a small list: the corrections).
--  * AFTER the statement: the days whose working flag changed (the kept calendar against the table now), and for
--    each decided item whose span (registration day, decision day] holds one, its key moves from
--    days - shift to days, shift being the sum of the changes in its span. Exact for any number of rows, for
--    INSERT … ON CONFLICT (both statement triggers fire; the first AFTER does the work) and for TRUNCATE.
-- Writers pay nothing for this; a correction (a rare act of ministry staff) waits for writers in flight.

DROP TRIGGER "CalendarCorrection_dashboard_before" ON "CalendarCorrection";
DROP TRIGGER "CalendarCorrection_dashboard_after" ON "CalendarCorrection";
DROP FUNCTION "dashboard_spanning"(date, date, integer);

-- Moves the decided items' working days taken from the calendar `before` (a JSON list of [date, kind]) to the
-- calendar now in "CalendarCorrection".
CREATE OR REPLACE FUNCTION "dashboard_recalendar"(before jsonb) RETURNS void LANGUAGE sql AS $$
  WITH old AS (
    SELECT (e->>0)::date AS d, e->>1 AS kind FROM jsonb_array_elements(before) e
  ), changed AS (
    SELECT x.d, x.w_new - x.w_old AS flip FROM (
      SELECT COALESCE(o.d, c."date") AS d,
        COALESCE(o.kind = 'WORKING_DAY', l."working", extract(isodow FROM COALESCE(o.d, c."date")) < 6)::int AS w_old,
        COALESCE(c."kind" = 'WORKING_DAY', l."working", extract(isodow FROM COALESCE(o.d, c."date")) < 6)::int AS w_new
      FROM old o FULL JOIN "CalendarCorrection" c ON c."date" = o.d
      LEFT JOIN "DashboardCalendarDay" l ON l."date" = COALESCE(o.d, c."date")) x
    WHERE x.w_new <> x.w_old
  ), items AS (
    SELECT "dashboard_application_key"(a) AS k, s.shift FROM "ServiceApplication" a
      CROSS JOIN LATERAL (SELECT sum(ch.flip)::int AS shift FROM changed ch WHERE ch.d > "dashboard_day"(a."registeredAt") AND ch.d <= "dashboard_day"(a."decidedAt")) s
      WHERE a."decidedAt" IS NOT NULL AND a."registeredAt" IS NOT NULL AND s.shift <> 0
    UNION ALL SELECT "dashboard_proceeding_key"(p), s.shift FROM "EnforcementProceeding" p
      CROSS JOIN LATERAL (SELECT sum(ch.flip)::int AS shift FROM changed ch WHERE ch.d > "dashboard_day"(p."registeredAt") AND ch.d <= "dashboard_day"(p."decidedAt")) s
      WHERE p."decidedAt" IS NOT NULL AND s.shift <> 0
    UNION ALL SELECT "dashboard_complaint_key"(c), s.shift FROM "Complaint" c
      CROSS JOIN LATERAL (SELECT sum(ch.flip)::int AS shift FROM changed ch WHERE ch.d > "dashboard_day"(c."registeredAt") AND ch.d <= "dashboard_day"(c."decidedAt")) s
      WHERE c."decidedAt" IS NOT NULL AND s.shift <> 0
  ), moves AS (
    SELECT k, (k).days AS days, 1 AS s FROM items WHERE (k).days >= 0
    UNION ALL SELECT k, (k).days - shift, -1 FROM items WHERE (k).days >= 0
  )
  INSERT INTO "DashboardDelta" ("subject", "service", "regionId", "body", "month", "channel", "outcome", "term", "days", "delta")
  SELECT (k).subject, (k).service, (k)."regionId", (k).body, (k).month, (k).channel, (k).outcome, (k).term, days, sum(s)::int
  FROM moves GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(s) <> 0
$$;

CREATE OR REPLACE FUNCTION "dashboard_calendar_before"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('oryndau_calendar_correction'));
  LOCK TABLE "ServiceApplication", "EnforcementProceeding", "Complaint" IN SHARE MODE;
  -- INSERT … ON CONFLICT DO UPDATE fires BEFORE INSERT and BEFORE UPDATE: keep the calendar once
  IF COALESCE(current_setting('oryndau.calendar_before', true), '') = '' THEN
    PERFORM set_config('oryndau.calendar_before',
      (SELECT COALESCE(jsonb_agg(jsonb_build_array(c."date", c."kind"::text)), '[]'::jsonb)::text FROM "CalendarCorrection" c), true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "dashboard_calendar_after"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before text := COALESCE(current_setting('oryndau.calendar_before', true), '');
BEGIN
  -- the first AFTER trigger of the statement moves everything the statement changed; a second finds nothing kept
  IF before = '' THEN RETURN NULL; END IF;
  PERFORM set_config('oryndau.calendar_before', '', true);
  PERFORM "dashboard_recalendar"(before::jsonb);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "CalendarCorrection_dashboard_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CalendarCorrection" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_calendar_before"();
CREATE TRIGGER "CalendarCorrection_dashboard_after" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CalendarCorrection" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_calendar_after"();

-- ============================================================================================================
-- G2 / issue 11: the open items past or near their last day, judged in the database (apps/api/src/aggregates/
-- open-items.ts) with the same rules as the domain (effectiveDueOn, openItemStanding; WorkingCalendar).
-- ============================================================================================================

-- T6: the n-th working day after `s` (s itself when n <= 0), as WorkingCalendar.addWorkingDays for n >= 0. Jumps
-- by the working days still missing (a day adds at most one), then steps back to a working day.
CREATE OR REPLACE FUNCTION "dashboard_add_working_days"(s date, n integer) RETURNS date LANGUAGE plpgsql STABLE AS $$
DECLARE
  d date := s;
  k integer := 0;
BEGIN
  IF s IS NULL OR n IS NULL OR n <= 0 THEN RETURN s; END IF;
  WHILE k < n LOOP
    d := d + (n - k);
    k := "dashboard_working_days"(s, d);
  END LOOP;
  WHILE NOT "dashboard_is_working"(d) LOOP d := d - 1; END LOOP;
  RETURN d;
END;
$$;

-- The effective last day of an open item (as the domain's effectiveDueOn): a correction recorded after the item was
-- registered and falling after its start moves it to the same number of working days from the same start, counted
-- on today's calendar; the number of working days is the one of the calendar known at registration (today's,
-- less the corrections recorded since, in (start, recorded last day]). `since` is the instant of the first correction
-- recorded after the registration (the corrections recorded at or after it were unknown then): the result depends on
-- (start, recorded, since) only, so a query judges each distinct triple once, not each item.
CREATE OR REPLACE FUNCTION "dashboard_effective_due"(start date, recorded date, since timestamptz) RETURNS date LANGUAGE plpgsql STABLE AS $$
DECLARE
  span integer;
BEGIN
  IF since IS NULL OR recorded <= start OR NOT EXISTS (SELECT 1 FROM "CalendarCorrection" c WHERE c."createdAt" >= since AND c."date" > start) THEN RETURN recorded; END IF;
  SELECT "dashboard_working_days"(start, recorded) - COALESCE(sum((c."kind" = 'WORKING_DAY')::int - COALESCE(l."working", extract(isodow FROM c."date") < 6)::int), 0)::int
    INTO span
  FROM "CalendarCorrection" c LEFT JOIN "DashboardCalendarDay" l ON l."date" = c."date"
  WHERE c."createdAt" >= since AND c."date" > start AND c."date" <= recorded;
  RETURN "dashboard_add_working_days"(start, span);
END;
$$;
