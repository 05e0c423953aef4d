// Every decision is a document signed by the platform (issue 9): its content and identifying fields form an
// envelope, serialised canonically (keys sorted, no spaces), hashed with sha256 and signed with the platform's
// Ed25519 key — the one of audit/keys.ts (ORYNDAU_SIGNING_KEY, PKCS#8 PEM; in dev mode a key generated into the
// data folder). The key id is in the document; every key ever used is kept in
// PlatformKey, so that a document signed before a key rotation still verifies.
import { createHash } from 'node:crypto';
import type { Locale, Prisma, SignedDocument, SignedDocumentKind } from '@oryndau/db';
import type { SigningKey } from '../audit/keys.ts';
import { newId, nextNumber } from '../usecases/numbers.ts';
import type { Tx } from '../usecases/transaction.ts';

/** JSON with object keys sorted at every level: the one serialisation that is signed and verified. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

export interface Envelope {
  v: 1;
  id: string;
  number: string;
  kind: SignedDocumentKind;
  locale: Locale;
  applicationId: string | null;
  licenceId: string | null;
  /** only in a complaint's document: the envelopes signed before complaints had documents stay as they were */
  complaintId?: string;
  signedAt: string;
  keyId: string;
  content: unknown;
}

export function envelopeOf(d: Pick<SignedDocument, 'id' | 'number' | 'kind' | 'locale' | 'applicationId' | 'licenceId' | 'complaintId' | 'signedAt' | 'keyId' | 'content'>): Envelope {
  return {
    v: 1,
    id: d.id,
    number: d.number,
    kind: d.kind,
    locale: d.locale,
    applicationId: d.applicationId,
    licenceId: d.licenceId,
    ...(d.complaintId ? { complaintId: d.complaintId } : {}),
    signedAt: d.signedAt.toISOString(),
    keyId: d.keyId,
    content: d.content,
  };
}

export const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const SERIES: Record<SignedDocumentKind, string> = {
  LICENCE: 'LIC-DOC',
  PRELIMINARY_DECISION: 'PRE',
  REFUSAL: 'REF',
  INCOMPLETE_REFUSAL: 'INC',
  ATTESTATION_DECISION: 'ATT',
  HEARING_RECORD: 'HRG',
  COMPLAINT_DECISION: 'CMP-DEC',
  COMPLAINT_EXTENSION_NOTICE: 'CMP-EXT',
};

export interface DocumentToSign {
  kind: SignedDocumentKind;
  locale: Locale;
  applicationId?: string | null;
  licenceId?: string | null;
  complaintId?: string | null;
  /** what the document says: title, parties, decision, dates, grounds … (plain JSON; shown on the PDF) */
  content: object;
  /** the document's number; default: the next of its kind's series for the year */
  number?: string;
}

/** Signs and stores a document in the use case's transaction. */
export async function signDocument(tx: Tx, key: SigningKey, doc: DocumentToSign, now: Date): Promise<SignedDocument> {
  const id = newId();
  const number = doc.number ?? (await nextNumber(tx, `${SERIES[doc.kind]}-${now.getUTCFullYear()}`));
  // the content round-trips through JSON, as the database keeps it (jsonb), so that what is signed is what is read back
  const content = JSON.parse(canonicalJson(doc.content)) as Prisma.InputJsonObject;
  const envelope = envelopeOf({ id, number, kind: doc.kind, locale: doc.locale, applicationId: doc.applicationId ?? null, licenceId: doc.licenceId ?? null, complaintId: doc.complaintId ?? null, signedAt: now, keyId: key.keyId, content: content as Prisma.JsonObject });
  const text = canonicalJson(envelope);
  await tx.platformKey.upsert({ where: { keyId: key.keyId }, create: { keyId: key.keyId, publicKeyPem: key.publicKeyPem }, update: {} });
  return tx.signedDocument.create({
    data: {
      id,
      number,
      kind: doc.kind,
      locale: doc.locale,
      applicationId: doc.applicationId ?? null,
      licenceId: doc.licenceId ?? null,
      complaintId: doc.complaintId ?? null,
      content,
      contentHash: sha256Hex(text),
      signature: key.sign(text),
      keyId: key.keyId,
      signedAt: now,
    },
  });
}
