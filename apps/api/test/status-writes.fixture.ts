// Deliberate bypasses of the transition tables, for status-writes.test.ts to prove that its scan finds them.
// Never imported or run; it only has to typecheck (a plain literal is accepted by Prisma's types, which is why
// the scan checks the brand).
import { Prisma, type PrismaClient } from '@oryndau/db';
import { APPLICATION, initialStatus } from '@oryndau/domain';

export async function bypasses(prisma: PrismaClient, id: string) {
  await prisma.serviceApplication.update({ where: { id, status: 'REGISTERED' }, data: { status: 'APPROVED' } });
  await prisma.applicationStage.create({ data: { applicationId: id, status: 'APPROVED', stage: 'PROCEEDINGS_INITIATED' } });
  await prisma.$executeRaw`UPDATE "ServiceApplication" SET "updatedAt" = now(), "status" = 'APPROVED' WHERE "id" = ${id}`;
  await prisma.$executeRaw(Prisma.sql`INSERT INTO "ApplicationStage" ("id", "applicationId", "status", "stage") VALUES (${id}, ${id}, 'APPROVED', 'registered')`);
  const r = initialStatus(APPLICATION, 'REGISTERED');
  if (r.ok) {
    // from the table: not a bypass
    await prisma.serviceApplication.update({ where: { id }, data: { status: r.status } });
    await prisma.$executeRaw`UPDATE "ServiceApplication" SET "status" = ${r.status}::"ApplicationStatus" WHERE "id" = ${id} AND "status" = 'DRAFT'`;
  }
}
