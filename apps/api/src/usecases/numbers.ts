import { randomUUID } from 'node:crypto';
import type { Tx } from './transaction.ts';

/** The next value of a series (1, 2, …), gap-free within committed transactions. */
export async function nextInSeries(tx: Tx, series: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "NumberSequence" ("key", "value") VALUES (${series}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "NumberSequence"."value" + 1
    RETURNING "value"`;
  return rows[0]!.value;
}

/** Next number of a series ("ENF-2026" → "ENF-2026-000042"), gap-free within committed transactions. */
export async function nextNumber(tx: Tx, series: string, width = 6): Promise<string> {
  return `${series}-${String(await nextInSeries(tx, series)).padStart(width, '0')}`;
}

/** A new record id (32 hex digits). */
export function newId(): string {
  return randomUUID().replace(/-/g, '');
}
