// The public status check's access codes (issue 10): generated for the applicant, shown once, stored hashed.
import { randomBytes } from 'node:crypto';
import { accessCodeFrom, accessCodeHash } from '@oryndau/domain';
import type { Tx } from './transaction.ts';

export const hashAccessCode = accessCodeHash;

/** Issues (or replaces) the access code of an application or a complaint; returns the code in clear, once. */
export async function issueAccessCode(tx: Tx, item: { number: string; applicationId?: string; complaintId?: string }): Promise<string> {
  const code = accessCodeFrom(randomBytes(16));
  const codeHash = hashAccessCode(item.number, code);
  await tx.statusAccessCode.upsert({
    where: { number: item.number },
    create: { number: item.number, applicationId: item.applicationId ?? null, complaintId: item.complaintId ?? null, codeHash },
    update: { codeHash, createdAt: new Date() },
  });
  return code;
}
