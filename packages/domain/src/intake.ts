// Intake of an application to initiate enforcement proceedings (Order No. 69, Appendix 3).
// E2: the package — the application (Annex 2; Annex 3 when the claimant also asks to issue and send the writ
// of execution), the executive document, and identity: an identity document, or a digital document released
// with the owner's consent by one-time password. On the portal the applicant signs with an EDS, which
// establishes identity, so no identity document is asked for there (001 art. 5: nothing obtainable from
// state systems is demanded).
// E3: an incomplete package is refused at acceptance with a receipt (Annex 4) listing what is missing.

export type IntakeChannel = 'PORTAL' | 'JUSTICE_OFFICE' | 'STATE_CORPORATION';

export type IntakeDocumentKind =
  | 'APPLICATION_FORM' // Annex 2
  | 'WRIT_REQUEST' // Annex 3
  | 'EXECUTIVE_DOCUMENT'
  | 'IDENTITY_DOCUMENT'
  | 'DIGITAL_IDENTITY_OTP'
  | 'POWER_OF_ATTORNEY';

export const DOCUMENT_TITLES: Record<IntakeDocumentKind, string> = {
  APPLICATION_FORM: 'Application to initiate enforcement proceedings (Annex 2)',
  WRIT_REQUEST: 'Application to issue and send the writ of execution (Annex 3)',
  EXECUTIVE_DOCUMENT: 'The executive document',
  IDENTITY_DOCUMENT: 'An identity document, or a digital document released by one-time password',
  DIGITAL_IDENTITY_OTP: 'A digital identity document released by one-time password',
  POWER_OF_ATTORNEY: 'A power of attorney of the representative',
};

export interface IntakePackage {
  channel: IntakeChannel;
  documents: readonly IntakeDocumentKind[];
  /** the claimant also asks to issue and send the writ of execution (Annex 3) */
  requestsWrit: boolean;
  /** filed by a representative rather than the claimant */
  byRepresentative: boolean;
}

/** E2/E3: the documents missing from a package, in the order of the list in Annex 4. */
export function missingDocuments(pkg: IntakePackage): IntakeDocumentKind[] {
  const has = new Set(pkg.documents);
  const missing: IntakeDocumentKind[] = [];
  // on the portal the signed electronic form *is* the application
  if (pkg.channel !== 'PORTAL' && !has.has('APPLICATION_FORM')) missing.push('APPLICATION_FORM');
  if (pkg.requestsWrit && !has.has('WRIT_REQUEST')) missing.push('WRIT_REQUEST');
  // the writ request replaces the executive document: the court issues and sends it (Annex 3)
  if (!pkg.requestsWrit && !has.has('EXECUTIVE_DOCUMENT')) missing.push('EXECUTIVE_DOCUMENT');
  if (pkg.channel !== 'PORTAL' && !has.has('IDENTITY_DOCUMENT') && !has.has('DIGITAL_IDENTITY_OTP')) missing.push('IDENTITY_DOCUMENT');
  if (pkg.byRepresentative && !has.has('POWER_OF_ATTORNEY')) missing.push('POWER_OF_ATTORNEY');
  return missing;
}

/** E3: the receipt refusing acceptance (Annex 4) is made in two copies: one for the applicant, one kept. */
export const RECEIPT_COPIES = 2;

export const IIN_BIN_RE = /^\d{12}$/;

/** IIN/BIN control digit (weights 1..11, then 3..11,1,2 when the first pass gives 10). */
export function isValidIinBin(id: string): boolean {
  if (!IIN_BIN_RE.test(id)) return false;
  const d = [...id].map(Number);
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  let c = w1.reduce((s, w, i) => s + w * d[i]!, 0) % 11;
  if (c === 10) c = w2.reduce((s, w, i) => s + w * d[i]!, 0) % 11;
  return c !== 10 && c === d[11];
}
