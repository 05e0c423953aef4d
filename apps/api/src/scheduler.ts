// Work that is due by the calendar rather than by a request: today, the redistribution of the open cases of a
// bailiff whose long absence, recorded in advance, has begun (CH2), and the signed anchors of the audit trail's
// heads. Runs at start and every few minutes; every job is idempotent and safe to run on several API instances
// at once. Its actor is SYSTEM_VIEWER (actorId "system").
import { randomUUID } from 'node:crypto';
import type { Services } from './services.ts';
import { redistributeBegunAbsences } from './usecases/redistribute-begun-absences.ts';
import { SYSTEM_VIEWER } from './auth/system.ts';
import { anchorAuditHeads } from './audit/anchors.ts';
// licence area (issue 9): state-system retries and the automatic reissue, every 30 s
import { startLicenceJobs } from './licence-jobs.ts';

export function startScheduler(services: Services, everyMs = 5 * 60_000): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const ctx = { ...services, viewer: SYSTEM_VIEWER, requestId: `scheduler-${randomUUID()}` };
      for (const r of await redistributeBegunAbsences(ctx)) {
        console.log(`[oryndau] scheduler: a long absence began; ${r.moved} open cases of bailiff ${r.bailiffId} redistributed, ${r.stranded} back in the queue`);
      }
    } catch (e) {
      console.error('[oryndau] scheduler: redistribution failed (will retry)', e);
    }
    try {
      await anchorAuditHeads(services.db.prisma, services.signing, services.now());
    } catch (e) {
      console.error('[oryndau] scheduler: anchoring the audit trail failed (will retry)', e);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), 1_000);
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  first.unref();
  // licence area (issue 9)
  const stopLicenceJobs = startLicenceJobs(services);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
    stopLicenceJobs();
  };
}
