// Licence area (issue 9), L8: the time of an automatic reissue from submission to signed licence, measured through
// the HTTP API on a fresh PostgreSQL database (TEST_DATABASE_URL) with the sandbox state systems: N holders each
// apply for a reissue after a change of name; the reissue runs with no staff. Prints the wall time of each request
// (submission → payload with the signed licence) and the stored receivedAt → decidedAt.
//   pnpm --filter @oryndau/api bench:reissue [N]
import { createTestDatabase } from '@oryndau/db/testing';
import { nextIin } from '@oryndau/db/seed';
import { createServices } from '../src/app.ts';
import { startServer } from '../src/server.ts';

const N = Number(process.argv[2] ?? 20);
const database = await createTestDatabase();
const services = await createServices({ target: { kind: 'postgres', url: database.url, max: 10 }, devAuth: true });
const server = await startServer(services, { port: 0, host: '127.0.0.1' });
const prisma = database.db.prisma;
const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data: Record<string, unknown> };
};
try {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric' }).format(new Date()));
  await prisma.monthlyCalculationIndex.upsert({ where: { year }, create: { year, amountTenge: 4325 }, update: {} });
  const today = new Date().toISOString().slice(0, 10);
  const walls: number[] = [];
  const stored: number[] = [];
  for (let i = 0; i < N; i++) {
    const { iin } = nextIin(new Date('1987-05-05T00:00:00Z'), 'MALE', 2000 + i * 3);
    const person = await prisma.person.create({ data: { iin, lastName: `Old${i}`, firstName: 'Bench', patronymic: null } });
    await prisma.user.create({ data: { login: `bench.${i}`, displayName: `Bench ${i}`, personId: person.id, roles: { create: { role: 'APPLICANT' } } } });
    await prisma.licence.create({ data: { number: `BENCH-${i}`, holderId: person.id, basis: 'ATTESTATION', authorisedManager: 'Bench', placeOfIssue: 'Astana', issuedAt: new Date('2025-01-10T05:00:00Z') } });
    await prisma.sandboxStateRecord.createMany({
      data: [
        { system: 'IDENTITY', subject: person.iin, answer: 'CLEAR', data: { iin: person.iin, lastName: `New${i}`, firstName: 'Bench', patronymic: null } },
        { system: 'INDIVIDUALS', subject: person.iin, answer: 'CLEAR', data: { changes: [{ previous: { lastName: `Old${i}`, firstName: 'Bench', patronymic: null }, current: { lastName: `New${i}`, firstName: 'Bench', patronymic: null }, documentIssuedOn: today, documentNumber: `0${i}`, reason: 'marriage' }] } },
      ],
    });
    const login = await gql('mutation($l: String!) { devLogin(input: { login: $l }) { token } }', { l: `bench.${i}` });
    const token = (login.data.devLogin as { token: string }).token;
    const t0 = performance.now();
    const r = await gql('mutation { applyLicenceReissue(input: { method: EGOV_GATEWAY }) { userErrors { key } application { status receivedAt decidedAt } } }', {}, token);
    walls.push(performance.now() - t0);
    const app = (r.data.applyLicenceReissue as { application: { status: string; receivedAt: string; decidedAt: string } }).application;
    if (app.status !== 'APPROVED') throw new Error(`reissue ${i}: ${JSON.stringify(r)}`);
    stored.push(Date.parse(app.decidedAt) - Date.parse(app.receivedAt));
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  console.log(`automatic reissue (L8), ${walls.length} holders: submission → signed licence, wall ms median ${q(walls, 0.5).toFixed(0)}, p95 ${q(walls, 0.95).toFixed(0)}, max ${Math.max(...walls).toFixed(0)}; stored receivedAt → decidedAt ms median ${q(stored, 0.5)}, max ${Math.max(...stored)} (limit 1,200,000)`);
} finally {
  await server.close();
  await services.db.close();
  await database.drop();
}
