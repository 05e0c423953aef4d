// Data migrations: steps that recompute stored values with the domain's TypeScript rules (the working calendar
// comes from a holiday library, so SQL alone cannot compute working days). They run after the SQL migrations
// (applyMigrations), each once per database: recorded in "_oryndau_data_migrations", under an advisory lock so
// that two processes migrating at once run a step once.
import { almatyDate, APPLICATION, dueOn, nextStatus, PERIODS, WorkingCalendar, type IsoDate } from '@oryndau/domain';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient, type Prisma } from './generated/prisma/client.ts';

type Tx = Prisma.TransactionClient;

export interface DataMigration {
  name: string;
  /** what it does and why, for the record */
  description: string;
  run(tx: Tx): Promise<Record<string, number>>;
}

const day = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const dbDay = (d: IsoDate) => new Date(`${d}T00:00:00.000Z`);

async function workingCalendar(tx: Tx): Promise<WorkingCalendar> {
  const rows = await tx.calendarCorrection.findMany({ select: { date: true, kind: true, name: true } });
  return new WorkingCalendar(rows.map((r) => ({ date: day(r.date), kind: r.kind, name: r.name })));
}

export const DATA_MIGRATIONS: readonly DataMigration[] = [
  {
    name: '20261201-t6-due-dates',
    description:
      'T6: a period counted from registration begins the next day (it counted the registration day for the portal and ' +
      'a justice office). Recomputes the E4 decision due date of proceedings still awaiting a decision, and the due ' +
      'date of open applications whose period runs from registration (licence issue L7; enforcement initiation with a ' +
      'state bailiff E4), with the calendar corrections. Decided items keep the due date they were judged against. ' +
      'Complaints were already counted from the day after registration and are not touched.',
    async run(tx) {
      const cal = await workingCalendar(tx);
      let proceedings = 0;
      const open = await tx.enforcementProceeding.findMany({ where: { status: 'AWAITING_DECISION' }, select: { id: true, registeredAt: true, decisionDueOn: true } });
      for (const p of open) {
        // E4, T6: 3 working days from the registration day (T4: through the State Corporation the day of receipt,
        // which is never later than registration)
        const due = dueOn(almatyDate(p.registeredAt), PERIODS.enforcementDecision, cal);
        if (due !== day(p.decisionDueOn)) {
          await tx.enforcementProceeding.update({ where: { id: p.id }, data: { decisionDueOn: dbDay(due) } });
          proceedings++;
        }
      }
      let applications = 0;
      const apps = await tx.serviceApplication.findMany({
        where: { status: { in: ['REGISTERED', 'IN_REVIEW', 'HEARING'] }, kind: { in: ['LICENCE', 'ENFORCEMENT_INITIATION'] }, registeredAt: { not: null }, dueOn: { not: null } },
        select: { id: true, kind: true, registeredAt: true, dueOn: true },
      });
      for (const a of apps) {
        const period = a.kind === 'LICENCE' ? PERIODS.licenceIssue : PERIODS.enforcementDecision;
        const due = dueOn(almatyDate(a.registeredAt!), period, cal);
        if (due !== day(a.dueOn!)) {
          await tx.serviceApplication.update({ where: { id: a.id }, data: { dueOn: dbDay(due) } });
          applications++;
        }
      }
      return { proceedings, applications };
    },
  },
  {
    name: '20261201-e4-state-bailiff-in-review',
    description:
      'E4: on the state bailiff’s route the application is IN_REVIEW from the registration of the proceeding (it was ' +
      'left REGISTERED and then approved from there, which the application table forbids). Moves the applications of ' +
      'state-bailiff proceedings awaiting a decision from REGISTERED to IN_REVIEW.',
    async run(tx) {
      const inReview = nextStatus(APPLICATION, 'REGISTERED', 'IN_REVIEW');
      const moved = await tx.$executeRaw`
        UPDATE "ServiceApplication" a SET "status" = ${inReview}::"ApplicationStatus", "updatedAt" = now()
        FROM "ExecutiveDocument" d JOIN "EnforcementProceeding" p ON p."documentId" = d."id"
        WHERE d."applicationId" = a."id" AND d."routing" = 'STATE_BAILIFF' AND p."status" = 'AWAITING_DECISION' AND a."status" = 'REGISTERED'`;
      return { applications: moved };
    },
  },
];

const DATA_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_oryndau_data_migrations" ("name" text PRIMARY KEY, "appliedAt" timestamptz NOT NULL DEFAULT now(), "result" jsonb)`;

/**
 * firststart: a database the SQL migrations have just made, from nothing (migrate-new-database.ts), has no rows
 * for a data migration to recompute: each is recorded as run, with the result `{ "newDatabase": 1 }`, in the
 * script that made the tables. The SQL for that script.
 */
export function dataMigrationsOfNewDatabaseSql(migrations: readonly DataMigration[] = DATA_MIGRATIONS): string {
  const lit = (x: string) => `'${x.replace(/'/g, "''")}'`;
  const rows = migrations.map((m) => `(${lit(m.name)}, '{"newDatabase": 1}'::jsonb)`).join(', ');
  return `${DATA_MIGRATIONS_TABLE};\n${rows ? `INSERT INTO "_oryndau_data_migrations" ("name", "result") VALUES ${rows};` : ''}`;
}

/** Runs the data migrations not yet recorded in the database; returns the names run. */
export async function applyDataMigrations(factory: SqlMigrationAwareDriverAdapterFactory, migrations: readonly DataMigration[] = DATA_MIGRATIONS): Promise<string[]> {
  // patterns (first start): nothing to run, nothing to start (a client costs about 0.4 s of CPU at start-up)
  if (await allDataMigrationsRan(factory, migrations)) return [];
  const prisma = new PrismaClient({ adapter: factory });
  try {
    await prisma.$executeRawUnsafe(DATA_MIGRATIONS_TABLE);
    const ran: string[] = [];
    for (const m of migrations) {
      const done = await prisma.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('oryndau_data_migrations'))`;
          const seen = await tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM "_oryndau_data_migrations" WHERE "name" = ${m.name}`;
          if (seen.length) return false;
          const result = await m.run(tx);
          await tx.$executeRaw`INSERT INTO "_oryndau_data_migrations" ("name", "result") VALUES (${m.name}, ${JSON.stringify(result)}::jsonb)`;
          return true;
        },
        { timeout: 600_000, maxWait: 60_000 },
      );
      if (done) ran.push(m.name);
    }
    return ran;
  } finally {
    await prisma.$disconnect();
  }
}

/** patterns: every data migration is recorded in `_oryndau_data_migrations` (one query, no client). */
async function allDataMigrationsRan(factory: SqlMigrationAwareDriverAdapterFactory, migrations: readonly DataMigration[]): Promise<boolean> {
  const adapter = await factory.connect();
  try {
    const r = await adapter.queryRaw({ sql: 'SELECT "name" FROM "_oryndau_data_migrations"', args: [], argTypes: [] });
    const seen = new Set((r.rows as [string][]).map(([name]) => name));
    return migrations.every((m) => seen.has(m.name));
  } catch {
    return false; // no table yet
  } finally {
    await adapter.dispose().catch(() => {});
  }
}
