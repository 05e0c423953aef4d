import type { Tx } from './transaction.ts';

/** Next number of a series ("ENF-2026" → "ENF-2026-000042"), gap-free within committed transactions. */
export async function nextNumber(tx: Tx, series: string, width = 6): Promise<string> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "NumberSequence" ("key", "value") VALUES (${series}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "NumberSequence"."value" + 1
    RETURNING "value"`;
  return `${series}-${String(rows[0]!.value).padStart(width, '0')}`;
}
