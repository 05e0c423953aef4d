// complaints (issue 10) — G2, beyond peers: anyone, without signing in, learns the stage and the due date of an
// application or a complaint from its number and its access code — nothing else (no names, no IIN/BIN, no
// form, no text). Rate-limited in fixed windows per client address and per number (STATUS_CHECK_LIMITS), the
// counters in PostgreSQL so that every API process counts alike; a wrong number and a wrong code answer alike.
import { STATUS_CHECK_LIMITS, almatyDate, currentComplaintDueOn, normaliseAccessCode, statusCheckWindow, withinLimit } from '@oryndau/domain';
import type { Database } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { isoDate } from '../dates.ts';
import { hashAccessCode } from './status-access-code.ts';

export interface PublicStatus {
  number: string;
  itemKind: 'APPLICATION' | 'COMPLAINT';
  stage: string;
  stageAt: Date;
  dueOn: string | null;
  decided: boolean;
  overdue: boolean;
}

const FINAL_APPLICATION = ['APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'];
const FINAL_COMPLAINT = ['UPHELD', 'PARTLY_UPHELD', 'REJECTED', 'WITHDRAWN'];

async function countCheck(db: Database, key: string, windowStart: Date): Promise<number> {
  const rows = await db.prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "StatusCheckCounter" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "StatusCheckCounter"."count" + 1
    RETURNING "count"`;
  return rows[0]!.count;
}

export async function publicStatusCheck(ctx: { db: Database; now(): Date; clientIp?: string | null }, input: { number: string; accessCode: string }): Promise<PublicStatus> {
  const number = input.number.trim().toUpperCase();
  const now = ctx.now();
  const { start, retryAfterSeconds } = statusCheckWindow(now);
  const address = ctx.clientIp ?? 'unknown';
  // both counters count every attempt (a refused one too), so that guessing costs the same as checking
  const [byAddress, byNumber] = await Promise.all([countCheck(ctx.db, `ip:${address}`, start), countCheck(ctx.db, `number:${number}`, start)]);
  for (const [scope, count, limit] of [['address', byAddress, STATUS_CHECK_LIMITS.perAddress], ['number', byNumber, STATUS_CHECK_LIMITS.perNumber]] as const) {
    if (!withinLimit(count, limit)) {
      throw new DomainError('RATE_LIMITED', `Too many status checks from this ${scope === 'address' ? 'address' : 'number'}; try again in ${retryAfterSeconds} s.`, null, {
        key: 'statusCheck.rateLimited',
        params: { scope, limit, windowSeconds: STATUS_CHECK_LIMITS.windowSeconds, retryAfterSeconds },
      });
    }
  }
  const notFound = () => new DomainError('NOT_FOUND', 'No item with this number and access code.', ['accessCode'], { key: 'statusCheck.notFound' });
  if (!number || !input.accessCode.trim()) throw notFound();
  const code = await ctx.db.prisma.statusAccessCode.findUnique({ where: { number } });
  if (!code || code.codeHash !== hashAccessCode(number, normaliseAccessCode(input.accessCode))) throw notFound();
  const today = almatyDate(now);
  if (code.applicationId) {
    const a = await ctx.db.prisma.serviceApplication.findUniqueOrThrow({
      where: { id: code.applicationId },
      select: { number: true, status: true, dueOn: true, stages: { orderBy: [{ at: 'desc' }, { seq: 'desc' }], take: 1, select: { stage: true, at: true } } },
    });
    const decided = FINAL_APPLICATION.includes(a.status);
    const due = a.dueOn ? isoDate(a.dueOn) : null;
    return { number: a.number, itemKind: 'APPLICATION', stage: a.stages[0]?.stage ?? 'REGISTERED', stageAt: a.stages[0]?.at ?? now, dueOn: due, decided, overdue: !decided && !!due && due < today };
  }
  const c = await ctx.db.prisma.complaint.findUniqueOrThrow({
    where: { id: code.complaintId! },
    select: { number: true, status: true, dueOn: true, extendedDueOn: true, registeredAt: true, stages: { orderBy: { seq: 'desc' }, take: 1, select: { stage: true, at: true } } },
  });
  const decided = FINAL_COMPLAINT.includes(c.status);
  const due = currentComplaintDueOn({ dueOn: isoDate(c.dueOn), extendedDueOn: c.extendedDueOn ? isoDate(c.extendedDueOn) : null });
  return { number: c.number, itemKind: 'COMPLAINT', stage: c.stages[0]?.stage ?? 'REGISTERED', stageAt: c.stages[0]?.at ?? c.registeredAt, dueOn: due, decided, overdue: !decided && due < today };
}
