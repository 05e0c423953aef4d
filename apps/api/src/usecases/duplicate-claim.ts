// A second application for the same executive document by the same claimant, while the first is still open, is
// refused (issue 8): a careful official does not register the same writ twice — two registrations would open two
// proceedings against one debtor for one debt. The refusal names the open application, so the claimant follows
// that one. "The same executive document": the issuing court, the case number and the issue date, normalised
// (case and spacing of the court's name, spaces in the case number); "open": its document is not CLOSED. An
// application refused at acceptance (E3) registered no document and does not count.
import { Prisma } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import type { Tx } from './transaction.ts';

export const normaliseCourt = (court: string) => court.trim().replace(/\s+/g, ' ').toLowerCase();
export const normaliseCaseNumber = (caseNumber: string) => caseNumber.replace(/\s+/g, '').toUpperCase();

export async function refuseDuplicateClaim(
  tx: Tx,
  input: { claimant: { idNumber: string }; executiveDocument: { court: string; caseNumber: string; issuedOn: string } },
): Promise<void> {
  const court = normaliseCourt(input.executiveDocument.court);
  const caseNumber = normaliseCaseNumber(input.executiveDocument.caseNumber);
  const claim = `${input.claimant.idNumber}|${court}|${caseNumber}|${input.executiveDocument.issuedOn}`;
  // concurrent submissions of one claim (with different keys) wait for one another here, so one of them sees the other
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`claim:${claim}`}, 0))`;
  const [open] = await tx.$queryRaw<{ number: string }[]>(Prisma.sql`
    SELECT a."number" FROM "ExecutiveDocument" d JOIN "ServiceApplication" a ON a."id" = d."applicationId"
    WHERE d."claimantIdNumber" = ${input.claimant.idNumber}
      AND d."status" <> 'CLOSED'
      AND d."issuedOn" = ${input.executiveDocument.issuedOn}::date
      AND upper(regexp_replace(d."caseNumber", '\\s+', '', 'g')) = ${caseNumber}
      AND lower(regexp_replace(btrim(d."court"), '\\s+', ' ', 'g')) = ${court}
    LIMIT 1`);
  if (open) {
    throw new DomainError(
      'CONFLICT',
      `This executive document is already registered for this claimant in application ${open.number}, which is still open; follow that application.`,
      ['input', 'executiveDocument', 'caseNumber'],
      { key: 'enforcement.duplicateClaim', params: { number: open.number } },
    );
  }
}
