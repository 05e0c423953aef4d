// dashperf (issue 11, found on the national data): L8 — a licence-reissue application that names no licence of the
// holder (the national generator's reissues carry no previous licence) is refused by the scheduler as a typed
// outcome (NO_LICENCE), with a signed reasoned refusal, instead of throwing on every tick; the licence of another
// holder is refused alike. Against PostgreSQL with the demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { processWaitingReissues } from '../src/usecases/process-automatic-reissue.ts';
import { SYSTEM_VIEWER } from '../src/auth/system.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 120_000);
afterAll(async () => {
  await api?.close();
});

async function openReissue(number: string, form: Record<string, unknown>) {
  const prisma = api.database.db.prisma;
  const user = await prisma.user.findUniqueOrThrow({ where: { login: 'bailiff.astana' }, select: { id: true } });
  const at = new Date(Date.now() - 60_000);
  return prisma.serviceApplication.create({ data: { number, kind: 'LICENCE_REISSUE', channel: 'PORTAL', status: 'REGISTERED', applicantId: user.id, receivedAt: at, registeredAt: at, form: form as never }, select: { id: true } });
}

describe('L8: the automatic reissue without a licence to reissue', () => {
  it('L8: the scheduler refuses an application naming no licence (NO_LICENCE) and one naming another holder’s licence, without throwing', async () => {
    const prisma = api.database.db.prisma;
    const holder = await prisma.user.findUniqueOrThrow({ where: { login: 'bailiff.astana' }, select: { personId: true } });
    const others = await prisma.licence.findFirstOrThrow({ where: { holderId: { not: holder.personId! } }, select: { id: true } });
    const none = await openReissue('LRE-TEST-NOLIC-1', {});
    const foreign = await openReissue('LRE-TEST-NOLIC-2', { licenceId: others.id });
    const out = await processWaitingReissues({ ...api.services, viewer: SYSTEM_VIEWER, requestId: 'test-reissue' });
    expect(out).toEqual(expect.arrayContaining([{ applicationId: none.id, outcome: 'NO_LICENCE' }, { applicationId: foreign.id, outcome: 'NO_LICENCE' }]));
    for (const id of [none.id, foreign.id]) {
      const app = await prisma.serviceApplication.findUniqueOrThrow({ where: { id }, select: { status: true, refusalReason: true, decidedAt: true, stages: { select: { stage: true } }, signedDocuments: { select: { kind: true, content: true } } } });
      expect(app.status).toBe('REFUSED');
      expect(app.decidedAt).not.toBeNull();
      expect(app.refusalReason).toContain('names no licence of the holder to reissue');
      expect(app.stages.map((s) => s.stage)).toContain('REFUSED');
      expect(app.signedDocuments.map((d) => d.kind)).toEqual(['REFUSAL']);
      expect((app.signedDocuments[0]!.content as { errors: string[] }).errors).toContain('NO_LICENCE_TO_REISSUE');
    }
    // decided: the next tick takes neither again
    const again = await processWaitingReissues({ ...api.services, viewer: SYSTEM_VIEWER, requestId: 'test-reissue' });
    expect(again.map((r) => r.applicationId)).not.toContain(none.id);
    expect(await prisma.licence.count({ where: { id: others.id, status: 'REISSUED' } })).toBe(0);
  });
});
