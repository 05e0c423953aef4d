// The national data set (pnpm db:national), at a small scale, against a real PostgreSQL database made for this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapterFactory } from '../src/client.ts';
import { applyMigrations } from '../src/migrate.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { ApplicationStatus, Channel, ServiceKind } from '../src/generated/prisma/enums.ts';
import { createEmptyDatabase } from '../src/testing.ts';
import { isValidBin, isValidIin } from '../src/seed/iin.ts';
import { generateNational, type NationalSummary } from '../src/seed/national.ts';

import { query, replayChains } from './helpers.ts';

describe('national data set (PostgreSQL)', () => {
  const dbs: { url: string; drop(): Promise<void> }[] = [];
  let url = '';
  let summary: NationalSummary;
  const scale = 0.001;

  beforeAll(async () => {
    const a = await createEmptyDatabase('seed_national_test');
    dbs.push(a);
    url = a.url;
    summary = await generateNational(url, { scale, awaitingPerChamber: 5 });
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });

  it('refuses anything but PostgreSQL', async () => {
    await expect(generateNational('file:.data/pglite', { scale })).rejects.toThrow(/PostgreSQL/);
  });

  it('refuses a database that already has data', async () => {
    await expect(generateNational(url, { scale })).rejects.toThrow(/empty database/);
  });

  it('volumes are proportional to the national ones', async () => {
    const count = async (table: string, where = 'true') => Number((await query<{ n: string }>(url, `SELECT count(*)::text AS n FROM "${table}" WHERE ${where}`))[0]?.n);
    expect(await count('ExecutiveDocument', `"status" <> 'AWAITING_ASSIGNMENT'`)).toBe(3000);
    expect(await count('EnforcementProceeding')).toBe(3000);
    expect(await count('Complaint')).toBe(100);
    expect(await count('ServiceApplication')).toBe(500 + 100);
    expect(await count('ApplicationStage')).toBeGreaterThanOrEqual(600);
    expect(await count('ServiceApplication', `NOT EXISTS (SELECT 1 FROM "ApplicationStage" s WHERE s."applicationId" = "ServiceApplication"."id")`)).toBe(0);
    expect(summary.documents).toBe(3000);
    // documents per chamber follow population: Almaty City, then Turkistan, Astana and Shymkent
    const perRegion = await query<{ code: string; n: number }>(
      url,
      `SELECT r."code", count(*)::int AS n FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" e ON e."id" = d."districtId"
        JOIN "Region" r ON r."id" = e."regionId" WHERE d."status" <> 'AWAITING_ASSIGNMENT' GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(perRegion[0]?.code).toBe('ALA');
    expect(perRegion.slice(0, 5).map((r) => r.code)).toEqual(expect.arrayContaining(['ALA', 'YUZ', 'AST', 'SHY']));
    const bailiffs = await query<{ code: string; n: number }>(
      url,
      `SELECT r."code", count(*)::int AS n FROM "PrivateBailiff" b JOIN "Chamber" c ON c."id" = b."chamberId" JOIN "Region" r ON r."id" = c."regionId" GROUP BY 1`,
    );
    expect(bailiffs).toHaveLength(20);
    for (const b of bailiffs) expect(b.n).toBeGreaterThanOrEqual(2);
  });

  it('every kind, status and channel; ENF numbers continue in NumberSequence', async () => {
    const set = async (col: string) => new Set((await query<{ v: string }>(url, `SELECT DISTINCT "${col}"::text AS v FROM "ServiceApplication"`)).map((r) => r.v));
    expect(await set('kind')).toEqual(new Set(Object.values(ServiceKind)));
    expect(await set('channel')).toEqual(new Set(Object.values(Channel)));
    expect(await set('status')).toEqual(new Set(Object.values(ApplicationStatus)));
    const rows = await query<{ key: string; value: number; n: number }>(
      url,
      `SELECT s."key", s."value", (SELECT count(*)::int FROM "ServiceApplication" a WHERE a."number" LIKE s."key" || '-%') AS n FROM "NumberSequence" s WHERE s."key" LIKE 'ENF-%'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.value).toBe(r.n);
  });

  it('CH3: awaitingPerChamber documents wait in each chamber with the original received and no proceeding', async () => {
    const waiting = await query<{ code: string; n: number; orig: number; proc: number }>(
      url,
      `SELECT r."code", count(*)::int AS n, count(d."originalReceivedAt")::int AS orig, count(p."id")::int AS proc
         FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" e ON e."id" = d."districtId" JOIN "Region" r ON r."id" = e."regionId"
         LEFT JOIN "EnforcementProceeding" p ON p."documentId" = d."id"
        WHERE d."status" = 'AWAITING_ASSIGNMENT' AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."documentId" = d."id") GROUP BY 1`,
    );
    expect(waiting).toHaveLength(20);
    for (const w of waiting) expect(w.n).toBeGreaterThanOrEqual(5);
    for (const w of waiting) expect([w.orig, w.proc]).toEqual([w.n, 0]);
    // every chamber has an official to assign them with
    expect((await query(url, `SELECT 1 FROM "RoleGrant" WHERE "role" = 'CHAMBER_OFFICIAL' AND "chamberId" IS NOT NULL`)).length).toBe(20);
  });

  it('CH2: the Chamber’s documents since Rules No. 652 are assigned by each chamber’s chain, and every assignment replays', async () => {
    const { factory, close } = await createAdapterFactory({ kind: 'postgres', url, max: 2 });
    const prisma = new PrismaClient({ adapter: factory });
    try {
      expect(await replayChains(prisma)).toBe(summary.assignments);
    } finally {
      await prisma.$disconnect();
      await close();
    }
    expect(summary.assignments).toBeGreaterThan(150);
    // assigned on or after 2 March 2026, after the original (CH3); the bailiff holds the proceeding, registered then (E4)
    const wrong = await query(
      url,
      `SELECT a."id" FROM "Assignment" a JOIN "ExecutiveDocument" d ON d."id" = a."documentId" JOIN "EnforcementProceeding" p ON p."documentId" = d."id"
        WHERE a."assignedAt" < timestamptz '2026-03-02 00:00+05' OR a."assignedAt" < d."originalReceivedAt" OR p."bailiffId" <> a."bailiffId"
           OR p."registeredAt" <> a."assignedAt" OR d."status" NOT IN ('ASSIGNED', 'CLOSED') OR a."activeDocumentId" <> a."documentId"`,
    );
    expect(wrong).toHaveLength(0);
    // before Rules No. 652 the claimant chose the bailiff: those proceedings have no assignment
    const early = await query(
      url,
      `SELECT 1 FROM "EnforcementProceeding" p JOIN "ExecutiveDocument" d ON d."id" = p."documentId" WHERE d."routing" = 'CHAMBER'
          AND p."registeredAt" < timestamptz '2026-03-01 00:00+05' AND EXISTS (SELECT 1 FROM "Assignment" a WHERE a."documentId" = d."id")`,
    );
    expect(early).toHaveLength(0);
  });

  it('dashboards have something to show: decided on time and late, open overdue, complaints by outcome and term, inspections (E4, C2, CH5)', async () => {
    const terms = await query<{ subject: string; term: string; n: number }>(
      url,
      `SELECT "subject", "term", sum("count")::int AS n FROM "DashboardCounter" WHERE "term" <> '' GROUP BY 1, 2`,
    );
    const n = (subject: string, term: string) => terms.find((x) => x.subject === subject && x.term === term)?.n ?? 0;
    for (const subject of ['APPLICATION', 'PROCEEDING', 'COMPLAINT']) {
      expect(n(subject, 'MET'), subject).toBeGreaterThan(0);
      expect(n(subject, 'MISSED'), subject).toBeGreaterThan(0);
      expect(n(subject, 'MISSED'), subject).toBeLessThan(n(subject, 'MET'));
    }
    const overdue = await query<{ n: number }>(
      url,
      `SELECT ((SELECT count(*) FROM "EnforcementProceeding" WHERE "status" = 'AWAITING_DECISION' AND "decisionDueOn" < $1::date)
             + (SELECT count(*) FROM "ServiceApplication" WHERE "status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING') AND "dueOn" < $1::date)
             + (SELECT count(*) FROM "Complaint" WHERE "status" IN ('REGISTERED', 'EXTENDED') AND COALESCE("extendedDueOn", "dueOn") < $1::date))::int AS n`,
      [summary.now.slice(0, 10)],
    );
    expect(overdue[0]!.n).toBeGreaterThan(0);
    const inspections = await query<{ status: string }>(url, `SELECT DISTINCT "status"::text AS status FROM "Inspection"`);
    expect(inspections.map((x) => x.status)).toContain('COMPLETED');
    const outcomes = await query<{ status: string }>(url, `SELECT DISTINCT "status"::text AS status FROM "Complaint"`);
    expect(outcomes.map((x) => x.status)).toEqual(expect.arrayContaining(['UPHELD', 'REJECTED', 'REGISTERED']));
  });

  it('complaints follow what they complain about; decisions follow registration (E4, C2)', async () => {
    const early = await query(
      url,
      `SELECT c."number" FROM "Complaint" c LEFT JOIN "ServiceApplication" a ON a."id" = c."applicationId"
         LEFT JOIN "EnforcementProceeding" p ON p."id" = c."proceedingId"
        WHERE c."registeredAt" <= coalesce(a."registeredAt", a."receivedAt", p."registeredAt")`,
    );
    expect(early).toHaveLength(0);
    const undecidedEarly = await query(url, `SELECT 1 FROM "EnforcementProceeding" WHERE "decidedAt" < "registeredAt" OR "registeredAt" > $1`, [summary.now]);
    expect(undecidedEarly).toHaveLength(0);
  });

  it('identity numbers are valid; claimants of applied-for documents are the applicants', async () => {
    const persons = await query<{ iin: string }>(url, `SELECT "iin" FROM "Person"`);
    for (const p of persons) expect(isValidIin(p.iin), p.iin).toBe(true);
    const orgs = await query<{ bin: string }>(url, `SELECT "bin" FROM "Organisation"`);
    for (const o of orgs) expect(isValidBin(o.bin), o.bin).toBe(true);
    const docs = await query<{ c: string; d: string }>(url, `SELECT "claimantIdNumber" AS c, "debtorIdNumber" AS d FROM "ExecutiveDocument"`);
    for (const x of docs) {
      expect(isValidIin(x.c) || isValidBin(x.c), x.c).toBe(true);
      expect(isValidIin(x.d) || isValidBin(x.d), x.d).toBe(true);
    }
    const mismatched = await query(
      url,
      `SELECT 1 FROM "ExecutiveDocument" d JOIN "ServiceApplication" a ON a."id" = d."applicationId" JOIN "User" u ON u."id" = a."applicantId"
         LEFT JOIN "Person" p ON p."id" = u."personId" LEFT JOIN "Organisation" o ON o."id" = u."organisationId"
        WHERE d."claimantIdNumber" <> coalesce(p."iin", o."bin")`,
    );
    expect(mismatched).toHaveLength(0);
  });

  it('the indexes and foreign keys dropped for the load are back, exactly as migrated', async () => {
    const fresh = await createEmptyDatabase('seed_national_ref');
    dbs.push(fresh);
    const { factory } = await createAdapterFactory({ kind: 'postgres', url: fresh.url, max: 2 });
    await applyMigrations(factory);
    const ddl = async (u: string) => [
      ...(await query<{ d: string }>(u, `SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`)).map((r) => r.d),
      ...(await query<{ d: string }>(u, `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`)).map((r) => r.d),
    ];
    expect(await ddl(url)).toEqual(await ddl(fresh.url));
  });

  it('is reproducible: the same options write the same rows', async () => {
    const again = await createEmptyDatabase('seed_national_again');
    dbs.push(again);
    await generateNational(again.url, { scale, awaitingPerChamber: 5 });
    const digest = async (u: string, table: string) =>
      (await query<{ h: string }>(u, `SELECT md5(string_agg(t::text, '|' ORDER BY t."id")) AS h FROM "${table}" t`))[0]?.h;
    for (const table of ['ExecutiveDocument', 'EnforcementProceeding', 'ServiceApplication', 'ApplicationStage', 'Complaint', 'Person', 'PrivateBailiff', 'Assignment', 'Inspection']) {
      expect(await digest(again.url, table), table).toBe(await digest(url, table));
    }
  });
});

