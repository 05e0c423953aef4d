// Every use case runs inside one database transaction and writes its audit record in it: the change and its
// record commit together or not at all. A use case that writes no audit record is a programming error.
import { Prisma, type Database } from '@oryndau/db';
import type { Viewer } from '../auth/viewer.ts';
import type { CalendarService } from '../services/calendar.ts';
import { claimKey, completeKey, type IdempotencyOption } from './idempotency.ts';

export type Tx = Prisma.TransactionClient;

/**
 * What every use case is given: the database, the clock, the working calendar, and who asks. A use case that
 * needs more of the services names the slice (`UseCaseContext & Pick<Services, 'config'>`, services.ts); the
 * request's Context and the scheduler's context hold all of them.
 */
export interface UseCaseContext {
  db: Database;
  calendar: CalendarService;
  /** the clock; tests may pin it */
  now(): Date;
  viewer: Viewer | null;
  requestId: string;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
  /** when one transaction serves several requests (group commit): whose request this record belongs to */
  actorId?: string | null;
  requestId?: string;
}

export interface Audit {
  /** Records an entry; buffered entries are written in one statement just before commit. */
  (entry: AuditEntry): Promise<void>;
  /**
   * For a use case that writes its change in one statement: the statement inserts the audit records itself
   * (`INSERT … ${audit.inline(when, entries)}` as one of its CTEs), in the same transaction, saving a round trip;
   * only when the condition `when` holds (the statement's own guard), so that a statement that writes nothing
   * records nothing.
   */
  inline(when: Prisma.Sql, entries: AuditEntry[]): Prisma.Sql;
}

/** The INSERT of audit rows, for the buffered entries and for `audit.inline`. */
function insertAuditRows(ctx: UseCaseContext, entries: AuditEntry[], when: Prisma.Sql = Prisma.sql`true`): Prisma.Sql {
  const rows = JSON.stringify(entries.map((e) => ({ actorId: ctx.viewer?.id ?? null, requestId: ctx.requestId, ...e })));
  return Prisma.sql`
    INSERT INTO "AuditLog" ("actorId", "action", "entityType", "entityId", "data", "requestId")
    SELECT e->>'actorId', e->>'action', e->>'entityType', e->>'entityId', coalesce(e->'data', '{}'::jsonb), e->>'requestId'
    FROM jsonb_array_elements(${rows}::jsonb) AS e WHERE ${when}`;
}

export async function inTransaction<T>(
  ctx: UseCaseContext,
  fn: (tx: Tx, audit: Audit) => Promise<T>,
  options: { isolationLevel?: Prisma.TransactionIsolationLevel; timeoutMs?: number; idempotency?: IdempotencyOption<T> } = {},
): Promise<T> {
  return ctx.db.prisma.$transaction(
    async (tx) => {
      const entries: AuditEntry[] = [];
      let inlined = 0;
      const audit: Audit = Object.assign(
        async (entry: AuditEntry) => {
          entries.push(entry);
        },
        {
          inline(when: Prisma.Sql, more: AuditEntry[]) {
            inlined += more.length;
            return insertAuditRows(ctx, more, when);
          },
        },
      );
      // exactly once: the key row is claimed in this transaction, before the effect (./idempotency.ts)
      const claim = options.idempotency ? await claimKey(tx, ctx, options.idempotency) : null;
      if (claim?.replay) return claim.value;
      const result = await fn(tx, audit);
      if (claim) await completeKey(tx, claim.id, options.idempotency!, result);
      if (entries.length === 0 && inlined === 0) throw new Error('A use case committed no audit record; every change must write one.');
      if (entries.length) await tx.$executeRaw`${insertAuditRows(ctx, entries)}`;
      return result;
    },
    { isolationLevel: options.isolationLevel, timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 },
  );
}

/**
 * The audit of a use case that is one statement (no transaction of its own: the statement is its transaction),
 * such as the Chamber's optimistic group commit: only `inline` is available.
 */
export function statementAudit(ctx: UseCaseContext): Audit {
  return Object.assign(
    async () => {
      throw new Error('This use case writes in one statement: its audit records go in it (audit.inline).');
    },
    { inline: (when: Prisma.Sql, entries: AuditEntry[]) => insertAuditRows(ctx, entries, when) },
  );
}
