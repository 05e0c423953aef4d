// Verification of the audit trail: recomputes every record's hash (the same expression as the chain trigger's
// "audit_row_hash", written here so that replacing the database's function changes nothing this trusts),
// follows each stream's sequence and links, checks the anchors' signatures and that each anchored record is
// still what was anchored, and that the stream's head is its last record. Reports, per stream, the first
// broken record and what is wrong with it.
import { Prisma, type PrismaClient } from '@oryndau/db';
import { anchorMessage } from './anchors.ts';
import type { SigningKey } from './keys.ts';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditProblem = 'HASH_MISMATCH' | 'SEQ_GAP' | 'PREV_MISMATCH' | 'ANCHOR_MISMATCH' | 'ANCHOR_SIGNATURE' | 'HEAD_MISMATCH';

export interface AuditBreak {
  /** the AuditLog record (null when it is missing: an anchor or the head names a record no longer there) */
  id: string | null;
  stream: string;
  seq: string;
  problem: AuditProblem;
  detail: string;
}

export interface AuditVerification {
  ok: boolean;
  /** records whose hash was recomputed */
  checked: number;
  anchorsChecked: number;
  streams: number;
  /** the first broken record of the first broken stream (streams in name order) */
  firstBroken: AuditBreak | null;
  /** the first broken record of every broken stream */
  broken: AuditBreak[];
}

interface Row {
  id: string;
  seq: string;
  prevHash: string;
  hash: string;
  recomputed: string;
}

const PAGE = 5_000;

/** The canonical hash of a record, in SQL (see migration audit_chain). */
const recomputed = Prisma.sql`encode(sha256(convert_to(l."prevHash" || jsonb_build_object(
    'id', l."id"::text, 'stream', l."stream", 'seq', l."seq"::text,
    'at', to_char(l."at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'actorId', l."actorId", 'action', l."action", 'entityType', l."entityType", 'entityId', l."entityId",
    'data', l."data", 'requestId', l."requestId")::text, 'UTF8')), 'hex')`;

export async function verifyAuditTrail(prisma: PrismaClient, key: SigningKey, input: { stream?: string | null; from?: Date | null } = {}): Promise<AuditVerification> {
  const streams = input.stream
    ? [input.stream]
    : (
        await prisma.$queryRaw<{ stream: string }[]>`
          SELECT "stream" FROM "AuditHead" UNION SELECT "stream" FROM "AuditAnchor" UNION SELECT DISTINCT "stream" FROM "AuditLog" ORDER BY 1`
      ).map((r) => r.stream);
  const result: AuditVerification = { ok: true, checked: 0, anchorsChecked: 0, streams: streams.length, firstBroken: null, broken: [] };
  for (const stream of streams) {
    const found = await verifyStream(prisma, key, stream, input.from ?? null, result);
    if (found) result.broken.push(found);
  }
  result.ok = result.broken.length === 0;
  result.firstBroken = result.broken[0] ?? null;
  return result;
}

async function verifyStream(prisma: PrismaClient, key: SigningKey, stream: string, from: Date | null, totals: AuditVerification): Promise<AuditBreak | null> {
  // where to start: the first record (seq 1, linked to the genesis hash), or the first one at or after `from`,
  // linked to the record before it
  let prev: { seq: bigint; hash: string } = { seq: 0n, hash: GENESIS_HASH };
  if (from) {
    const [start] = await prisma.$queryRaw<{ seq: string }[]>`
      SELECT min("seq")::text AS "seq" FROM "AuditLog" WHERE "stream" = ${stream} AND "at" >= ${from}`;
    if (start?.seq) {
      const [before] = await prisma.$queryRaw<{ seq: string; hash: string }[]>`
        SELECT l."seq"::text AS "seq", l."hash" FROM "AuditLog" l WHERE l."stream" = ${stream} AND l."seq" < ${BigInt(start.seq)} ORDER BY l."seq" DESC LIMIT 1`;
      if (before) prev = { seq: BigInt(before.seq), hash: before.hash };
    }
  }
  const startSeq = prev.seq;
  const anchors = await prisma.$queryRaw<{ id: string; seq: string; hash: string; at: Date; keyId: string; signature: string }[]>`
    SELECT a."id"::text AS "id", a."seq"::text AS "seq", a."hash", a."at", a."keyId", a."signature" FROM "AuditAnchor" a
    WHERE a."stream" = ${stream} AND a."seq" > ${startSeq} ORDER BY a."seq", a."id"`;
  const anchorsAt = new Map<bigint, typeof anchors>();
  for (const a of anchors) {
    totals.anchorsChecked++;
    if (!key.verify(anchorMessage({ stream, seq: a.seq, hash: a.hash, at: a.at }), a.signature, a.keyId)) {
      return { id: null, stream, seq: a.seq, problem: 'ANCHOR_SIGNATURE', detail: `anchor ${a.id} is not signed by the platform's key ${key.keyId} (key ${a.keyId})` };
    }
    const list = anchorsAt.get(BigInt(a.seq)) ?? [];
    list.push(a);
    anchorsAt.set(BigInt(a.seq), list);
  }

  let after = startSeq;
  for (;;) {
    const rows = await prisma.$queryRaw<Row[]>`
      SELECT l."id"::text AS "id", l."seq"::text AS "seq", l."prevHash", l."hash", ${recomputed} AS "recomputed"
      FROM "AuditLog" l WHERE l."stream" = ${stream} AND l."seq" > ${after} ORDER BY l."seq" LIMIT ${PAGE}`;
    for (const r of rows) {
      totals.checked++;
      const seq = BigInt(r.seq);
      const at = (problem: AuditProblem, detail: string): AuditBreak => ({ id: r.id, stream, seq: r.seq, problem, detail });
      if (r.recomputed !== r.hash) return at('HASH_MISMATCH', `the record's content does not hash to its stored hash (stored ${r.hash}, recomputed ${r.recomputed})`);
      if (seq !== prev.seq + 1n) return at('SEQ_GAP', `seq ${r.seq} follows seq ${prev.seq}: ${seq - prev.seq - 1n} record(s) missing`);
      if (r.prevHash !== prev.hash) return at('PREV_MISMATCH', `prevHash ${r.prevHash} is not the previous record's hash ${prev.hash}`);
      for (const a of anchorsAt.get(seq) ?? []) {
        if (a.hash !== r.hash) return at('ANCHOR_MISMATCH', `anchor ${a.id} signed hash ${a.hash} for this seq; the record's hash is ${r.hash}`);
      }
      anchorsAt.delete(seq);
      prev = { seq, hash: r.hash };
    }
    if (rows.length < PAGE) break;
    after = prev.seq;
  }
  // anchors beyond the last record: its tail was deleted
  const missing = [...anchorsAt.values()].flat().sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1))[0];
  if (missing) return { id: null, stream, seq: missing.seq, problem: 'ANCHOR_MISMATCH', detail: `anchor ${missing.id} signed seq ${missing.seq}, but the stream ends at seq ${prev.seq}` };
  const [head] = await prisma.$queryRaw<{ seq: string; hash: string }[]>`SELECT "seq"::text AS "seq", "hash" FROM "AuditHead" WHERE "stream" = ${stream}`;
  if (head && (BigInt(head.seq) !== prev.seq || head.hash !== prev.hash) && BigInt(head.seq) >= startSeq) {
    return { id: null, stream, seq: head.seq, problem: 'HEAD_MISMATCH', detail: `the stream's head is seq ${head.seq} (${head.hash}), its last record seq ${prev.seq} (${prev.hash})` };
  }
  return null;
}
