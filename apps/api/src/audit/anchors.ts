// Anchors: each audit stream's head (seq and hash), signed with the platform's Ed25519 key (keys.ts) and stored
// in "AuditAnchor". Whoever rewrites a stream and recomputes its hashes, or deletes its tail, cannot produce the
// anchors' signatures: verifyAuditTrail finds the row an anchor names changed or gone. Written every few minutes
// by the scheduler (only for the streams that moved since their last anchor) and on demand. Each anchor is also
// logged, so that a copy lives outside the database.
import type { PrismaClient } from '@oryndau/db';
import type { SigningKey } from './keys.ts';

/** What an anchor's signature covers. */
export function anchorMessage(a: { stream: string; seq: bigint | string | number; hash: string; at: Date }): string {
  return `oryndau-audit-anchor/1\n${a.stream}\n${String(a.seq)}\n${a.hash}\n${a.at.toISOString()}`;
}

export interface AnchorRow {
  stream: string;
  seq: string;
  hash: string;
  at: Date;
}

/** Signs and stores the head of every stream that moved since its last anchor; returns the anchors written. */
export async function anchorAuditHeads(prisma: PrismaClient, key: SigningKey, now: Date = new Date()): Promise<AnchorRow[]> {
  const heads = await prisma.$queryRaw<{ stream: string; seq: string; hash: string }[]>`
    SELECT h."stream", h."seq"::text AS "seq", h."hash" FROM "AuditHead" h
    WHERE NOT EXISTS (SELECT 1 FROM "AuditAnchor" a WHERE a."stream" = h."stream" AND a."seq" = h."seq")
    ORDER BY h."stream"`;
  if (!heads.length) return [];
  const at = new Date(Math.floor(now.getTime()));
  const rows = heads.map((h) => ({ ...h, at, keyId: key.keyId, signature: key.sign(anchorMessage({ ...h, at })) }));
  await prisma.$executeRaw`
    INSERT INTO "AuditAnchor" ("stream", "seq", "hash", "at", "keyId", "signature")
    SELECT e->>'stream', (e->>'seq')::bigint, e->>'hash', (e->>'at')::timestamptz, e->>'keyId', e->>'signature'
    FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS e`;
  for (const r of rows) console.log(`[oryndau] audit anchor ${r.stream} #${r.seq} ${r.hash} key ${r.keyId} ${r.signature}`);
  return rows;
}
