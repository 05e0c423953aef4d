// Anyone can check a document (verifyDocument, no sign-in): the stored envelope is serialised again, its hash
// compared and its Ed25519 signature verified with the key named in it (the platform's current key, or a former
// one kept in PlatformKey). A document changed after signing — its content, number, date or key — fails.
import { createPublicKey, verify } from 'node:crypto';
import type { PrismaClient, SignedDocument } from '@oryndau/db';
import type { SigningKey } from '../audit/keys.ts';
import { canonicalJson, envelopeOf, sha256Hex } from './sign.ts';

export type VerificationProblem = 'NOT_FOUND' | 'HASH_MISMATCH' | 'BAD_SIGNATURE' | 'UNKNOWN_KEY' | 'QR_MISMATCH';

export interface Verification {
  valid: boolean;
  problems: VerificationProblem[];
  document: SignedDocument | null;
}

export async function verifySignedDocument(prisma: PrismaClient, key: SigningKey, id: string, expectHashPrefix?: string | null): Promise<Verification> {
  const document = await prisma.signedDocument.findUnique({ where: { id } });
  if (!document) return { valid: false, problems: ['NOT_FOUND'], document: null };
  const problems: VerificationProblem[] = [];
  const text = canonicalJson(envelopeOf(document));
  if (sha256Hex(text) !== document.contentHash) problems.push('HASH_MISMATCH');
  if (expectHashPrefix && !document.contentHash.startsWith(expectHashPrefix.toLowerCase())) problems.push('QR_MISMATCH');
  let ok: boolean;
  if (document.keyId === key.keyId) {
    ok = key.verify(text, document.signature, document.keyId);
  } else {
    const former = await prisma.platformKey.findUnique({ where: { keyId: document.keyId } });
    if (!former) {
      problems.push('UNKNOWN_KEY');
      return { valid: false, problems, document };
    }
    ok = verify(null, Buffer.from(text, 'utf8'), createPublicKey(former.publicKeyPem), Buffer.from(document.signature, 'base64'));
  }
  if (!ok) problems.push('BAD_SIGNATURE');
  return { valid: problems.length === 0, problems, document };
}

/** The portal's public check page, which the QR code on every PDF leads to. */
export function portalBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.ORYNDAU_PORTAL_URL ?? 'http://localhost:5173').replace(/\/$/, '');
}

/** The QR payload: the check page's address with the document id and the first 16 hex digits of its hash. */
export function qrPayload(document: Pick<SignedDocument, 'id' | 'contentHash'>, base = portalBaseUrl()): string {
  return `${base}/verify/${document.id}?h=${document.contentHash.slice(0, 16)}`;
}

/** Reads a QR payload (the address, or "id" / "id?h=…"): the document id and the hash prefix. */
export function parseQrPayload(payload: string): { id: string; hash: string | null } | null {
  const m = /(?:\/verify\/)?([0-9a-z]{20,40})(?:\?h=([0-9a-f]{8,64}))?\s*$/i.exec(payload.trim());
  return m ? { id: m[1]!, hash: m[2] ?? null } : null;
}
