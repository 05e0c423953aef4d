// The scheduler's job for the state systems (L2, A3): every request left WAITING (the system was down or too slow)
// is asked again when its next attempt is due; when the last one is answered the application records the stage
// "state-systems-checked" and goes on (for an automatic reissue, L8: the reissue job picks it up). Safe on several
// API instances at once: an application is taken with FOR UPDATE SKIP LOCKED.
import { APPLICATION, unchangedStatus, type StateSystemName } from '@oryndau/domain';
import type { Services } from '../services.ts';
import { inTransaction, type UseCaseContext } from '../usecases/transaction.ts';
import { callStateSystems, recordStateAnswers } from './checks.ts';

export type StateRetryContext = UseCaseContext & Pick<Services, 'stateSystems'>;

/** `only`: just these applications (the A13 hand-over asks its licence part's systems right after its commit). */
export async function retryWaitingStateQueries(ctx: StateRetryContext, limit = 50, only?: readonly string[]): Promise<Array<{ applicationId: string; stillWaiting: StateSystemName[] }>> {
  const now = ctx.now();
  const due = await ctx.db.prisma.stateSystemQuery.findMany({
    where: { status: 'WAITING', nextAttemptAt: { lte: now }, ...(only ? { applicationId: { in: [...only] } } : {}) },
    select: { applicationId: true },
    distinct: ['applicationId'],
    take: limit,
  });
  const out: Array<{ applicationId: string; stillWaiting: StateSystemName[] }> = [];
  for (const { applicationId } of due) {
    const waiting = await ctx.db.prisma.stateSystemQuery.findMany({ where: { applicationId, status: 'WAITING' }, select: { system: true } });
    const app = await ctx.db.prisma.serviceApplication.findUnique({ where: { id: applicationId }, select: { applicant: { select: { person: { select: { iin: true } } } } } });
    const iin = app?.applicant.person?.iin;
    if (!iin) continue;
    const asked = await callStateSystems(ctx.stateSystems, ctx.db.prisma, applicationId, iin, waiting.map((w) => w.system as StateSystemName));
    const result = await inTransaction(ctx, async (tx, audit) => {
      const locked = await tx.$queryRaw<{ status: string }[]>`SELECT "status" FROM "ServiceApplication" WHERE "id" = ${applicationId} FOR UPDATE SKIP LOCKED`;
      if (!locked.length) {
        await audit({ action: 'stateSystem.retrySkipped', entityType: 'ServiceApplication', entityId: applicationId });
        return null;
      }
      const current = await tx.serviceApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { id: true, status: true } });
      const states = await recordStateAnswers(tx, audit, current, asked, now, ctx.viewer?.id ?? null);
      const stillWaiting = states.filter((s) => s.status === 'WAITING').map((s) => s.system);
      if (!stillWaiting.length) {
        await tx.applicationStage.create({
          data: { applicationId, status: unchangedStatus(APPLICATION, current.status), stage: 'STATE_SYSTEMS_CHECKED', actorId: ctx.viewer?.id, at: now, note: 'Every state system has answered (L2).' },
        });
      }
      return { applicationId, stillWaiting };
    });
    if (result) out.push(result);
  }
  return out;
}
