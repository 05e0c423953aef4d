// patterns (issue 7): ApplicationStage.stage is the enum ApplicationStageKind. The migration `stage_enum`
// converts the stored machine names in place, refuses (naming them) values the enum does not know, and fills the
// actor's role (G2) from their grants; hand-written SQL writes the stored labels `stageLabel` gives.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationStageKind, migrationsDir, stageLabel } from '@oryndau/db';
import { createEmptyDatabase } from '@oryndau/db/testing';
import { actingRole } from '../src/usecases/stages.ts';

const STAGE_ENUM = '20261202010000_stage_enum';
const migrations = fs.readdirSync(migrationsDir).filter((d) => fs.existsSync(path.join(migrationsDir, d, 'migration.sql'))).sort();
const sqlOf = (dir: string) => fs.readFileSync(path.join(migrationsDir, dir, 'migration.sql'), 'utf8');

let db: Awaited<ReturnType<typeof createEmptyDatabase>>;
let client: pg.Client;

beforeAll(async () => {
  db = await createEmptyDatabase('oryndau_stage_kind');
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  // the schema as it stood before the enum
  for (const dir of migrations) {
    if (dir >= STAGE_ENUM) break;
    await client.query(sqlOf(dir));
  }
  await client.query(`
    INSERT INTO "User" ("id", "login", "displayName") VALUES ('u-app', 'app', 'Applicant'), ('u-off', 'off', 'Official'), ('u-none', 'none', 'No grants');
    INSERT INTO "RoleGrant" ("id", "userId", "role") VALUES ('g1', 'u-app', 'APPLICANT'), ('g2', 'u-off', 'APPLICANT'), ('g3', 'u-off', 'CHAMBER_OFFICIAL');
    INSERT INTO "ServiceApplication" ("id", "number", "kind", "channel", "applicantId", "status", "updatedAt")
      VALUES ('a1', 'ENF-2026-000001', 'ENFORCEMENT_INITIATION', 'PORTAL', 'u-app', 'IN_REVIEW', now());
    INSERT INTO "ApplicationStage" ("id", "applicationId", "status", "stage", "actorId") VALUES
      ('s1', 'a1', 'REGISTERED', 'registered', 'u-app'),
      ('s2', 'a1', 'REGISTERED', 'original-received', 'u-off'),
      ('s3', 'a1', 'IN_REVIEW', 'bailiff-assigned', NULL),
      ('s4', 'a1', 'IN_REVIEW', 'sent-to-private-bailiff', 'u-none'),
      ('s5', 'a1', 'IN_REVIEW', 'mystery-stage', 'u-off');`);
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe('migration stage_enum', () => {
  it('G2: a stored stage the enum does not know stops the migration, naming it, and nothing changes', async () => {
    await expect(client.query(sqlOf(STAGE_ENUM))).rejects.toThrow(/does not know: 'mystery-stage'/);
    const { rows } = await client.query(`SELECT data_type FROM information_schema.columns WHERE table_name = 'ApplicationStage' AND column_name = 'stage'`);
    expect(rows[0].data_type).toBe('text');
  });

  it('G2: every known stored value converts in place, and the actor role is filled from the grants', async () => {
    await client.query(`DELETE FROM "ApplicationStage" WHERE "id" = 's5'`);
    await client.query(sqlOf(STAGE_ENUM));
    const { rows } = await client.query(`SELECT "id", "stage"::text AS stage, "actorRole"::text AS role FROM "ApplicationStage" ORDER BY "id"`);
    expect(rows).toEqual([
      // the applicant on their own application acts as APPLICANT
      { id: 's1', stage: 'registered', role: 'APPLICANT' },
      // an official who also holds APPLICANT acts, on someone else's application, in the staff role
      { id: 's2', stage: 'original-received', role: 'CHAMBER_OFFICIAL' },
      // the platform (no actor), and an actor without grants: no role
      { id: 's3', stage: 'bailiff-assigned', role: null },
      { id: 's4', stage: 'sent-to-private-bailiff', role: null },
    ]);
  });

  it('G2: stageLabel gives the stored label of every value of the enum, and the database knows no other', async () => {
    // the migrations after stage_enum (later areas add their stage kinds with ALTER TYPE … ADD VALUE)
    for (const dir of migrations) if (dir > STAGE_ENUM) await client.query(sqlOf(dir));
    const { rows } = await client.query(`SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = '"ApplicationStageKind"'::regtype ORDER BY e.enumsortorder`);
    const stored = rows.map((r: { enumlabel: string }) => r.enumlabel);
    expect(Object.values(ApplicationStageKind).map(stageLabel)).toEqual(stored);
    expect(stageLabel('BAILIFF_ASSIGNED')).toBe('bailiff-assigned');
  });
});

describe('actingRole', () => {
  const grants = (...roles: string[]) => ({ grants: roles.map((role) => ({ role, regionId: null, chamberId: null, chamberRegionId: null })) }) as Parameters<typeof actingRole>[0];
  it('G2: the first expected role the viewer holds; else their first grant; null for the platform', () => {
    expect(actingRole(grants('APPLICANT', 'CHAMBER_OFFICIAL'), ['CHAMBER_OFFICIAL'])).toBe('CHAMBER_OFFICIAL');
    expect(actingRole(grants('LICENSING_OFFICER'), ['CHAMBER_OFFICIAL', 'LICENSING_OFFICER'])).toBe('LICENSING_OFFICER');
    expect(actingRole(grants('MINISTRY_ADMIN'), ['CHAMBER_OFFICIAL'])).toBe('MINISTRY_ADMIN');
    expect(actingRole(grants(), ['CHAMBER_OFFICIAL'])).toBeNull();
    expect(actingRole(null, ['CHAMBER_OFFICIAL'])).toBeNull();
  });
});
