// The data migrations on PostgreSQL: the T6 recomputation of stored due dates (with the calendar corrections)
// and the E4 move of state-bailiff applications, each run once per database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDataMigrations, DATA_MIGRATIONS } from '../src/data-migrations.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ prefix: 'oryndau_datamig' });
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const day = (x: Date) => x.toISOString().slice(0, 10);

describe('data migrations', () => {
  it('T6: open items get the due date of the next-day rule (a Monday registration: E4 due the Thursday), decided ones keep theirs; run once', async () => {
    const prisma = t.db.prisma;
    // applyMigrations (createTestDatabase) ran every step on the empty database, and recorded it
    const recorded = await prisma.$queryRaw<{ name: string }[]>`SELECT "name" FROM "_oryndau_data_migrations" ORDER BY "name"`;
    expect(recorded.map((r) => r.name)).toEqual(DATA_MIGRATIONS.map((m) => m.name).sort());

    const region = await prisma.region.create({ data: { code: 'TST', kind: 'REGION', nameKk: 'T', nameRu: 'T', nameEn: 'T' } });
    const district = await prisma.enforcementDistrict.create({ data: { code: 'TST-1', regionId: region.id, nameKk: 'T', nameRu: 'T', nameEn: 'T' } });
    const user = await prisma.user.create({ data: { login: 'claimant', displayName: 'Claimant' } });
    // a correction: Wednesday 25 November 2026 made a day off
    await prisma.calendarCorrection.create({ data: { date: d('2026-11-25'), kind: 'HOLIDAY', name: 'Test decree' } });
    let n = 0;
    const enforcementCase = async (opts: { registeredAt: string; dueOn: string; proceeding: 'AWAITING_DECISION' | 'INITIATED'; app: 'REGISTERED' | 'IN_REVIEW' | 'APPROVED'; routing: 'CHAMBER' | 'STATE_BAILIFF' }) => {
      n++;
      const app = await prisma.serviceApplication.create({
        data: { number: `ENF-${n}`, kind: 'ENFORCEMENT_INITIATION', channel: 'PORTAL', status: opts.app, applicantId: user.id, registeredAt: new Date(opts.registeredAt), dueOn: d(opts.dueOn) },
      });
      const doc = await prisma.executiveDocument.create({
        data: {
          applicationId: app.id, court: 'Court', caseNumber: `2-${n}`, issuedOn: d('2026-10-01'), category: 'STATE_CLAIM_LARGE', claimantName: 'C', claimantIdNumber: '910202400001',
          debtorName: 'D', debtorIdNumber: '850303300002', debtorAddress: 'A', districtId: district.id, routing: opts.routing, status: opts.routing === 'CHAMBER' ? 'ASSIGNED' : 'WITH_STATE_BAILIFF', receivedAt: new Date(opts.registeredAt),
        },
      });
      const p = await prisma.enforcementProceeding.create({ data: { number: `EP-${n}`, documentId: doc.id, status: opts.proceeding, registeredAt: new Date(opts.registeredAt), decisionDueOn: d(opts.dueOn) } });
      return { app, p };
    };
    // registered Monday 23 November 10:00 Almaty, stored with the old rule (Mon, Tue, Wed → due Wed 25)
    const open = await enforcementCase({ registeredAt: '2026-11-23T05:00:00Z', dueOn: '2026-11-25', proceeding: 'AWAITING_DECISION', app: 'REGISTERED', routing: 'STATE_BAILIFF' });
    // registered Monday 16 November, before the correction: Tue, Wed, Thu → Thu 19 (was Wed 18)
    const plain = await enforcementCase({ registeredAt: '2026-11-16T05:00:00Z', dueOn: '2026-11-18', proceeding: 'AWAITING_DECISION', app: 'IN_REVIEW', routing: 'CHAMBER' });
    const decided = await enforcementCase({ registeredAt: '2026-11-16T05:00:00Z', dueOn: '2026-11-18', proceeding: 'INITIATED', app: 'APPROVED', routing: 'STATE_BAILIFF' });

    await prisma.$executeRaw`DELETE FROM "_oryndau_data_migrations"`;
    expect(await applyDataMigrations(t.db.adapterFactory)).toEqual(DATA_MIGRATIONS.map((m) => m.name));

    const p = (id: string) => prisma.enforcementProceeding.findUniqueOrThrow({ where: { id } });
    const a = (id: string) => prisma.serviceApplication.findUniqueOrThrow({ where: { id } });
    // Tue 24, (Wed 25 a day off by the correction), Thu 26, Fri 27
    expect(day((await p(open.p.id)).decisionDueOn)).toBe('2026-11-27');
    expect(day((await a(open.app.id)).dueOn!)).toBe('2026-11-27');
    // Monday registration, no day off: the Thursday
    expect(day((await p(plain.p.id)).decisionDueOn)).toBe('2026-11-19');
    // decided: judged against the due date of its time
    expect(day((await p(decided.p.id)).decisionDueOn)).toBe('2026-11-18');
    expect(day((await a(decided.app.id)).dueOn!)).toBe('2026-11-18');
    // E4: the open state-bailiff application moved to IN_REVIEW; the others kept their status
    expect((await a(open.app.id)).status).toBe('IN_REVIEW');
    expect((await a(decided.app.id)).status).toBe('APPROVED');

    // once: a second run changes nothing, even if the stored date is set back
    await prisma.enforcementProceeding.update({ where: { id: plain.p.id }, data: { decisionDueOn: d('2026-11-18') } });
    expect(await applyDataMigrations(t.db.adapterFactory)).toEqual([]);
    expect(day((await p(plain.p.id)).decisionDueOn)).toBe('2026-11-18');
  }, 120_000);
});
