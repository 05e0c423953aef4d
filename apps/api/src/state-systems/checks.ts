// Asking the state systems for an application and keeping their answers (StateSystemQuery): what the form shows
// as "pulled from" (A3, L2). The systems are called outside the database transaction (a slow registry must not
// hold a transaction open); the answers are then written in the use case's transaction. A system that does not
// answer leaves its request WAITING with the next attempt's time: the application waits (stage
// "waiting-for-state-system", naming the system), the scheduler asks again (retry.ts), nothing is lost.
import { APPLICATION, STATE_QUERY, nextStateQueryAttempt, unchangedStatus, type StateAnswerSummary, type StateSystemName } from '@oryndau/domain';
import type { ApplicationStatus, Prisma, StateSystem } from '@oryndau/db';
import { createAs, moveTo } from '../transitions.ts';
import type { Audit, Tx } from '../usecases/transaction.ts';
import { registerCheck, type StateAnswer, type StateSystems } from './types.ts';

export interface Asked {
  system: StateSystemName;
  answer: StateAnswer<unknown>;
}

/** Calls every system of `systems` not yet answered for the application (no transaction). */
export async function callStateSystems(
  stateSystems: StateSystems,
  prisma: { stateSystemQuery: { findMany: Tx['stateSystemQuery']['findMany'] } },
  applicationId: string,
  iin: string,
  systems: readonly StateSystemName[],
): Promise<Asked[]> {
  const answered = new Set(
    (await prisma.stateSystemQuery.findMany({ where: { applicationId, status: 'ANSWERED' }, select: { system: true } })).map((q) => q.system as StateSystemName),
  );
  const out: Asked[] = [];
  for (const system of systems) {
    if (answered.has(system)) continue;
    const call = registerCheck(stateSystems, system);
    if (!call) continue;
    let answer: StateAnswer<unknown>;
    try {
      answer = await call(iin);
    } catch (e) {
      // an adapter that throws is a system that did not answer: the application waits, it is not lost
      answer = { ok: false, system, error: 'UNAVAILABLE', message: (e as Error).message };
    }
    out.push({ system, answer });
  }
  return out;
}

/** Writes the answers (and the waits) in the transaction; returns every system's state for the application. */
export async function recordStateAnswers(
  tx: Tx,
  audit: Audit,
  app: { id: string; status: ApplicationStatus },
  asked: readonly Asked[],
  now: Date,
  actorId: string | null,
): Promise<StateAnswerSummary[]> {
  const waitingNow: Asked[] = [];
  for (const { system, answer } of asked) {
    const existing = await tx.stateSystemQuery.findUnique({ where: { applicationId_system: { applicationId: app.id, system: system as StateSystem } } });
    if (existing?.status === 'ANSWERED') continue;
    if (answer.ok) {
      const data = {
        negative: answer.negative,
        found: answer.found,
        answer: answer.data as Prisma.InputJsonValue,
        answeredAt: now,
        source: answer.source,
        lastError: null,
        nextAttemptAt: null,
      };
      if (existing) {
        await tx.stateSystemQuery.update({ where: { id: existing.id }, data: { ...data, status: moveTo(STATE_QUERY, existing.status, 'ANSWERED'), attempts: existing.attempts + 1 } });
      } else {
        await tx.stateSystemQuery.create({ data: { ...data, applicationId: app.id, system: system as StateSystem, status: createAs(STATE_QUERY, 'ANSWERED'), askedAt: now } });
      }
      await audit({ action: 'stateSystem.answered', entityType: 'ServiceApplication', entityId: app.id, data: { system, found: answer.found, negative: answer.negative, source: answer.source } });
    } else {
      const attempts = (existing?.attempts ?? 0) + 1;
      const retry = { lastError: answer.error, nextAttemptAt: nextStateQueryAttempt(now, attempts), attempts };
      if (existing) {
        await tx.stateSystemQuery.update({ where: { id: existing.id }, data: retry });
      } else {
        await tx.stateSystemQuery.create({ data: { ...retry, applicationId: app.id, system: system as StateSystem, status: createAs(STATE_QUERY, 'WAITING'), found: false, askedAt: now } });
        waitingNow.push({ system, answer });
      }
      await audit({ action: 'stateSystem.unavailable', entityType: 'ServiceApplication', entityId: app.id, data: { system, error: answer.error, attempts } });
    }
  }
  if (waitingNow.length) {
    await tx.applicationStage.create({
      data: {
        applicationId: app.id,
        status: unchangedStatus(APPLICATION, app.status),
        stage: 'WAITING_FOR_STATE_SYSTEM',
        actorId,
        at: now,
        note: `Waiting for ${waitingNow.map((w) => w.system).join(', ')}: the system did not answer (${waitingNow.map((w) => (w.answer.ok ? '' : w.answer.error)).join(', ')}); asked again automatically (L2).`,
      },
    });
  }
  return summaries(tx, app.id);
}

export async function summaries(tx: Pick<Tx, 'stateSystemQuery'>, applicationId: string): Promise<StateAnswerSummary[]> {
  const rows = await tx.stateSystemQuery.findMany({ where: { applicationId }, select: { system: true, status: true, negative: true, found: true } });
  return rows.map((r) => ({ system: r.system as StateSystemName, status: r.status, negative: r.negative, found: r.found }));
}
