// national (issue 11): the set-based dashboard_rebuild (migration 20261203040000) counts exactly what the row-wise
// one counted — every subject's key computed by the key functions the triggers use, one row at a time — on a
// generated national set with calendar corrections (T6: working days taken, counted with the corrections).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../src/testing.ts';
import { generateNational } from '../src/seed/national.ts';

/** The row-wise recount: the first dashboard_rebuild's statement, the key functions called per row. */
const ROW_WISE = `
  SELECT subject, service, "regionId", body, month, channel, outcome, term, days, count(*)::int AS count FROM (
    SELECT ("dashboard_application_key"(a)).* FROM "ServiceApplication" a WHERE "dashboard_month"(COALESCE(a."registeredAt", a."createdAt")) >= $1
    UNION ALL SELECT ("dashboard_proceeding_key"(p)).* FROM "EnforcementProceeding" p WHERE "dashboard_month"(p."registeredAt") >= $1
    UNION ALL SELECT ("dashboard_measure_key"(x)).* FROM "EnforcementMeasure" x WHERE to_char(x."takenOn", 'YYYY-MM') >= $1
    UNION ALL SELECT ("dashboard_complaint_key"(c)).* FROM "Complaint" c WHERE "dashboard_month"(c."registeredAt") >= $1
    UNION ALL SELECT ("dashboard_inspection_key"(i)).* FROM "Inspection" i WHERE to_char(i."startsOn", 'YYYY-MM') >= $1
    UNION ALL SELECT ("dashboard_assignment_key"(s)).* FROM "Assignment" s WHERE "dashboard_month"(s."assignedAt") >= $1
  ) k GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
const COUNTERS = `SELECT subject, service, "regionId", body, month, channel, outcome, term, days, sum("count")::int AS count FROM (
    SELECT subject, service, "regionId", body, month, channel, outcome, term, days, "count" FROM "DashboardCounter" WHERE month >= $1
    UNION ALL SELECT subject, service, "regionId", body, month, channel, outcome, term, days, "delta" FROM "DashboardDelta" WHERE month >= $1
  ) x GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum("count") <> 0`;

const sorted = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('dashboard_rebuild, set-based (issue 11)', () => {
  let db: { url: string; drop(): Promise<void> };
  let client: pg.Client;

  beforeAll(async () => {
    db = await createEmptyDatabase('dashboard_rebuild_test');
    await generateNational(db.url, { scale: 0.001, awaitingPerChamber: 2 });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('equals the row-wise recount of every subject, with T6 working days under calendar corrections', async () => {
    // a day off and a working Saturday inside spans of decided items (the corrections' triggers adjust the counters)
    await client.query(`INSERT INTO "CalendarCorrection" ("date", "kind", "name") VALUES ('2026-06-16', 'HOLIDAY', 'test day off'), ('2026-06-20', 'WORKING_DAY', 'test working Saturday')`);
    const rowWise = (await client.query(ROW_WISE, ['0000-00'])).rows;
    expect(rowWise.length).toBeGreaterThan(100);
    // the late and the decided: days taken are counted, not all 0 or -1
    expect(rowWise.some((r) => r.days > 3)).toBe(true);
    await client.query(`SELECT "dashboard_rebuild"(NULL)`);
    expect(sorted((await client.query(COUNTERS, ['0000-00'])).rows)).toEqual(sorted(rowWise));
    expect((await client.query(`SELECT count(*)::int AS n FROM "DashboardDelta"`)).rows[0].n).toBe(0);
  });

  it('from a month on: recounts those months and leaves the earlier ones', async () => {
    const before = (await client.query(COUNTERS, ['0000-00'])).rows.filter((r) => r.month < '2026-05');
    // a change the counters do not see (triggers off), then the rebuild from May: May on follows the base tables
    await client.query(`ALTER TABLE "Complaint" DISABLE TRIGGER "Complaint_dashboard_update"`);
    await client.query(`UPDATE "Complaint" SET "status" = 'WITHDRAWN' WHERE "status" IN ('UPHELD', 'REJECTED')`);
    await client.query(`ALTER TABLE "Complaint" ENABLE TRIGGER "Complaint_dashboard_update"`);
    await client.query(`SELECT "dashboard_rebuild"('2026-05')`);
    expect(sorted((await client.query(COUNTERS, ['2026-05'])).rows)).toEqual(sorted((await client.query(ROW_WISE, ['2026-05'])).rows));
    expect(sorted((await client.query(COUNTERS, ['0000-00'])).rows.filter((r) => r.month < '2026-05'))).toEqual(sorted(before));
  });

  // overdue (issue 11, G2, T6): loaded with the open items' triggers off and rebuilt after, then kept by the
  // calendar triggers through the corrections above: the rows equal a fresh judgement, the counter rows their count
  it('the open items after the national load and the corrections equal a fresh judgement (G2, T6)', async () => {
    const cols = `"kind", "id", "number", "service", "status", "regionId", "body", "chamberId", "registeredAt", "start", "recorded", "dueOn"`;
    const kept = (await client.query(`SELECT ${cols} FROM "DashboardOpenItem" ORDER BY "kind", "id"`)).rows;
    const fresh = (await client.query(`SELECT ${cols} FROM "dashboard_open_fresh"(NULL, NULL, false) ORDER BY "kind", "id"`)).rows;
    expect(fresh.length).toBeGreaterThan(0); // 8 at scale 0.001
    expect(kept).toEqual(fresh);
    const counts = `SELECT "regionId", "body", "service", "dueOn"::text AS d, "n"::int FROM "DashboardOpenCount" WHERE "n" <> 0`;
    const grouped = `SELECT "regionId", "body", "service", "dueOn"::text AS d, count(*)::int AS n FROM "DashboardOpenItem" GROUP BY 1, 2, 3, 4`;
    expect(sorted((await client.query(counts)).rows)).toEqual(sorted((await client.query(grouped)).rows));
  });
});
