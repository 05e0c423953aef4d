// Exactly-once mutations (issue 8, part 4), Stripe's model: a mutation that creates something accepts an
// `idempotencyKey`; the same key with the same input gives the first result again, the same key with another input
// is a typed error (CONFLICT, key "idempotency.keyReused").
//
// The key row is written in the transaction of the effect (inTransaction's `idempotency` option), first thing:
//  - a concurrent duplicate's INSERT waits on the unique index (userId, mutation, key) until the first commits,
//    then finds the row and replays its result; if the first rolled back (a user error, a crash), it goes ahead;
//  - a refused request (user errors) rolls back with its key row, so the same key may be retried;
//  - a crash after commit leaves the key row with the effect: a retry replays it.
// Keys expire after 24 hours (KEY_TTL_MS): an expired key row is taken over by the next request with that key.
import { createHash, randomUUID } from 'node:crypto';
import type { Prisma } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import type { Tx, UseCaseContext } from './transaction.ts';

export const KEY_TTL_MS = 24 * 60 * 60 * 1000;
export const MAX_KEY_LENGTH = 100;

export interface IdempotencyOption<T> {
  /** the mutation's name, e.g. "submitEnforcementApplication" */
  mutation: string;
  key: string | null | undefined;
  /** the input the key stands for (without the key itself) */
  input: unknown;
  /** the ids the payload is built from */
  save: (result: T) => Prisma.InputJsonValue;
  /** rebuilds the result from the saved ids, in the replaying transaction */
  load: (tx: Tx, saved: Prisma.JsonValue) => Promise<T>;
}

/** JSON with sorted keys (Dates as ISO strings), so that equal inputs hash equally. */
function stable(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([k, v]) => v !== undefined && k !== 'idempotencyKey');
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function inputHash(input: unknown): string {
  return createHash('sha256').update(stable(input)).digest('hex');
}

/** Checks a key's shape (the GraphQL layer also bounds it); throws the user error. */
export function assertKey(key: string | null | undefined): void {
  if (key == null) return;
  if (key.length < 8 || key.length > MAX_KEY_LENGTH || !/^[\w.:-]+$/.test(key)) {
    throw new DomainError('INVALID_INPUT', `An idempotency key is 8 to ${MAX_KEY_LENGTH} letters, digits, "-", "_", "." or ":" (e.g. a UUID).`, ['input', 'idempotencyKey'], {
      key: 'idempotency.keyInvalid',
      params: { max: MAX_KEY_LENGTH },
    });
  }
}

export type Claim<T> = { replay: true; value: T } | { replay: false; id: string };

/**
 * Claims the key in the transaction `tx`: a new (or expired) key is taken, and the caller runs the effect then
 * `complete`s it; a key already used gives the stored result (same input) or the typed error (other input).
 */
export async function claimKey<T>(tx: Tx, ctx: UseCaseContext, option: IdempotencyOption<T>): Promise<Claim<T> | null> {
  const userId = ctx.viewer?.id;
  if (!option.key || !userId) return null;
  assertKey(option.key);
  const hash = inputHash(option.input);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + KEY_TTL_MS);
  const id = randomUUID();
  const taken = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "IdempotencyKey" ("id", "userId", "mutation", "key", "inputHash", "createdAt", "expiresAt")
    VALUES (${id}, ${userId}, ${option.mutation}, ${option.key}, ${hash}, ${now}, ${expiresAt})
    ON CONFLICT ("userId", "mutation", "key") DO UPDATE
      SET "id" = EXCLUDED."id", "inputHash" = EXCLUDED."inputHash", "result" = NULL, "createdAt" = EXCLUDED."createdAt", "expiresAt" = EXCLUDED."expiresAt"
      WHERE "IdempotencyKey"."expiresAt" <= ${now}
    RETURNING "id"`;
  if (taken.length) return { replay: false, id: taken[0]!.id };
  const [row] = await tx.$queryRaw<{ inputHash: string; result: Prisma.JsonValue }[]>`
    SELECT "inputHash", "result" FROM "IdempotencyKey" WHERE "userId" = ${userId} AND "mutation" = ${option.mutation} AND "key" = ${option.key}`;
  if (!row || row.result == null) throw new Error(`idempotency: key row of ${option.mutation} vanished or has no result`);
  if (row.inputHash !== hash) {
    throw new DomainError('CONFLICT', 'This idempotency key was already used for a different request; make a new key for a new submission.', ['input', 'idempotencyKey'], {
      key: 'idempotency.keyReused',
    });
  }
  return { replay: true, value: await option.load(tx, row.result) };
}

/** Stores the effect's result on the claimed key row, in the effect's transaction. */
export async function completeKey<T>(tx: Tx, claimId: string, option: IdempotencyOption<T>, result: T): Promise<void> {
  const saved = JSON.stringify(option.save(result));
  await tx.$executeRaw`UPDATE "IdempotencyKey" SET "result" = ${saved}::jsonb WHERE "id" = ${claimId}`;
}

/** The option for a use case whose result is one created row: its id is stored, the row is read again on replay. */
export function rowById<T extends { id: string }>(
  mutation: string,
  input: { idempotencyKey?: string | null },
  find: (tx: Tx, id: string) => Promise<T>,
): IdempotencyOption<T> {
  return {
    mutation,
    key: input.idempotencyKey,
    input,
    save: (row) => ({ id: row.id }),
    load: (tx, saved) => find(tx, (saved as { id: string }).id),
  };
}
