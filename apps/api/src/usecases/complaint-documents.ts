// complaints (issue 10) — G1, C3, C4: what the two signed documents of a complaint (the notice of the extended
// term and the decision) name first, read in the use case's transaction, in the complainant's language.
import { almatyDate } from '@oryndau/domain';
import type { ComplaintHead } from '../documents/content.ts';
import type { Tx } from './transaction.ts';

/** The complaint with what its documents name: the complainant (and their language) and the item complained about. */
export function complaintForDocuments(tx: Tx, complaintId: string) {
  return tx.complaint.findUniqueOrThrow({
    where: { id: complaintId },
    include: { complainant: { select: { displayName: true, locale: true } }, application: { select: { number: true } }, proceeding: { select: { number: true } } },
  });
}

export function complaintHeadOf(c: Awaited<ReturnType<typeof complaintForDocuments>>): ComplaintHead {
  return {
    complaintNumber: c.number, complainantName: c.complainant.displayName, addressee: c.addressee, subject: c.subject,
    itemNumber: c.proceeding?.number ?? c.application?.number ?? null, registeredOn: almatyDate(c.registeredAt),
  };
}
