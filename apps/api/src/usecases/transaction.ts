// Every use case runs inside one database transaction and writes its audit record in it: the change and its
// record commit together or not at all. A use case that writes no audit record is a programming error.
import type { Prisma } from '@oryndau/db';
import type { Services, Viewer } from '../context.ts';

export type Tx = Prisma.TransactionClient;

export interface UseCaseContext extends Services {
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

export type Audit = (entry: AuditEntry) => Promise<void>;

export async function inTransaction<T>(
  ctx: UseCaseContext,
  fn: (tx: Tx, audit: Audit) => Promise<T>,
  options: { isolationLevel?: Prisma.TransactionIsolationLevel; timeoutMs?: number } = {},
): Promise<T> {
  return ctx.db.prisma.$transaction(
    async (tx) => {
      // audit records are buffered and written in one statement just before commit, inside the transaction
      const entries: AuditEntry[] = [];
      const audit: Audit = async (entry) => {
        entries.push(entry);
      };
      const result = await fn(tx, audit);
      if (entries.length === 0) throw new Error('A use case committed no audit record; every change must write one.');
      await tx.$executeRaw`
        INSERT INTO "AuditLog" ("actorId", "action", "entityType", "entityId", "data", "requestId")
        SELECT e->>'actorId', e->>'action', e->>'entityType', e->>'entityId', coalesce(e->'data', '{}'::jsonb), e->>'requestId'
        FROM jsonb_array_elements(${JSON.stringify(entries.map((e) => ({ actorId: ctx.viewer?.id ?? null, requestId: ctx.requestId, ...e })))}::jsonb) AS e`;
      return result;
    },
    { isolationLevel: options.isolationLevel, timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 },
  );
}
