// Licence area (issue 9): the scheduler's jobs of the state systems and the automatic services, every 30 seconds
// (the automatic reissue must finish within 20 minutes of a working day, L8). Their state is in the database
// (StateSystemQuery, ServiceApplication), so a restart of the API loses nothing: the next run picks up what was
// waiting. Each job is idempotent and safe on several instances (rows taken with FOR UPDATE SKIP LOCKED).
import { randomUUID } from 'node:crypto';
import type { Services } from './services.ts';
import { SYSTEM_VIEWER } from './auth/system.ts';
import { retryWaitingStateQueries } from './state-systems/retry.ts';
import { processWaitingReissues } from './usecases/process-automatic-reissue.ts';

export type LicenceJob = (ctx: Services & { viewer: typeof SYSTEM_VIEWER; requestId: string }) => Promise<void>;

/** The jobs, in order: the automatic reissues first (L8: 20 minutes), then the other applications' retries. */
export const LICENCE_JOBS: Array<{ name: string; run: LicenceJob }> = [
  {
    name: 'automatic reissues',
    run: async (ctx) => {
      for (const r of await processWaitingReissues(ctx)) {
        if (r.outcome !== 'WAITING') console.log(`[oryndau] scheduler: reissue ${r.applicationId}: ${r.outcome}`);
      }
    },
  },
  {
    name: 'state-system retries',
    run: async (ctx) => {
      for (const r of await retryWaitingStateQueries(ctx)) {
        if (!r.stillWaiting.length) console.log(`[oryndau] scheduler: every state system answered for application ${r.applicationId}`);
      }
    },
  },
];

/** One run of every job (the scheduler's tick; tests call it directly). */
export async function runLicenceJobs(services: Services): Promise<void> {
  for (const job of LICENCE_JOBS) {
    try {
      await job.run({ ...services, viewer: SYSTEM_VIEWER, requestId: `scheduler-${randomUUID()}` });
    } catch (e) {
      console.error(`[oryndau] scheduler: ${job.name} failed (will retry)`, e);
    }
  }
}

export function startLicenceJobs(services: Services, everyMs = 30_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runLicenceJobs(services);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 1_500);
  const timer = setInterval(() => void tick(), everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
