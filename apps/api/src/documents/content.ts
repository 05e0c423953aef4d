// The content of each kind of document, in the document's language: what is signed and what the PDF shows.
import type { ComplaintAddressee, ComplaintExtensionGround, Locale, ServiceKind } from '@oryndau/db';
import { almatyDate, type ComplaintOutcome } from '@oryndau/domain';
import type { DocumentContent } from './pdf.ts';
import { COMPLAINT_ADDRESSEE_TEXT, COMPLAINT_EXTENSION_GROUND_TEXT, COMPLAINT_OUTCOME_TEXT, FIELD, GROUND_TEXT, SERVICE_TEXT, TEXT, TITLES, tr } from './labels.ts';

const f = (k: keyof typeof FIELD & string, locale: Locale) => tr(FIELD[k]!, locale);
const grounds = (codes: readonly string[], locale: Locale) => codes.map((c, i) => `${i + 1}. ${GROUND_TEXT[c] ? tr(GROUND_TEXT[c], locale) : c} (${c})`).join('\n');
const fullName = (p: { lastName: string; firstName: string; patronymic: string | null }) => [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ');

export interface LicenceContentInput {
  number: string;
  issuedAt: Date;
  holder: { lastName: string; firstName: string; patronymic: string | null; iin: string };
  basis: 'LABOUR_RECORD' | 'ATTESTATION';
  specialConditions: string | null;
  authorisedManager: string;
  placeOfIssue: string;
  previousNumber?: string | null;
}

/** L9 (Annex 5): date, number, holder (name, IIN), activity, special conditions, note, licensor, manager, place. */
export function licenceContent(x: LicenceContentInput, locale: Locale): DocumentContent & { data: Record<string, unknown> } {
  const lines: Array<[string, string]> = [
    [f('date', locale), almatyDate(x.issuedAt)],
    [f('number', locale), x.number],
    [f('holder', locale), fullName(x.holder)],
    [f('iin', locale), x.holder.iin],
    [f('activity', locale), tr(TEXT.activity, locale)],
    [f('specialConditions', locale), x.specialConditions ?? '—'],
    [f('note', locale), tr(TEXT.note, locale)],
    [f('licensor', locale), tr(TEXT.licensor, locale)],
    [f('authorisedManager', locale), x.authorisedManager],
    [f('placeOfIssue', locale), x.placeOfIssue],
    [f('basis', locale), tr(x.basis === 'LABOUR_RECORD' ? TEXT.basisLabour : TEXT.basisAttestation, locale)],
  ];
  if (x.previousNumber) lines.push([f('previous', locale), x.previousNumber]);
  return { title: tr(TITLES.LICENCE, locale), lines, data: { licenceNumber: x.number, holderIin: x.holder.iin, issuedOn: almatyDate(x.issuedAt), previousNumber: x.previousNumber ?? null } };
}

/** The first lines of every decision on an application: its number, the service and the applicant. */
const decisionHead = (x: Pick<DecisionContentInput, 'applicationNumber' | 'service' | 'applicantName'>, locale: Locale): Array<[string, string]> => [
  [f('application', locale), x.applicationNumber],
  [f('service', locale), tr(SERVICE_TEXT[x.service]!, locale)],
  [f('applicant', locale), x.applicantName],
];

export interface DecisionContentInput {
  applicationNumber: string;
  service: ServiceKind;
  applicantName: string;
  grounds: readonly string[];
  reason: string;
}

/** A11: the preliminary decision and the notice of the hearing. */
export function preliminaryContent(x: DecisionContentInput & { hearingOn: string; hearingLatestOn: string; serviceDueOn: string | null }, locale: Locale) {
  return {
    title: tr(TITLES.PRELIMINARY_DECISION, locale),
    lines: [
      ...decisionHead(x, locale),
      [f('grounds', locale), grounds(x.grounds, locale)],
      [f('reason', locale), x.reason],
      [f('hearingOn', locale), x.hearingOn],
      [f('hearingLatestOn', locale), x.hearingLatestOn],
      [f('serviceDueOn', locale), x.serviceDueOn ?? '—'],
    ] as Array<[string, string]>,
    paragraphs: [tr(TEXT.preliminaryBody, locale)],
    data: { grounds: [...x.grounds], hearingOn: x.hearingOn, hearingLatestOn: x.hearingLatestOn },
  };
}

/** G1 (after the hearing where A11 applies): the final reasoned refusal. */
export function refusalContent(x: DecisionContentInput & { afterHearing: boolean }, locale: Locale) {
  return {
    title: tr(TITLES.REFUSAL, locale),
    lines: [
      ...decisionHead(x, locale),
      [f('grounds', locale), grounds(x.grounds, locale)],
      [f('reason', locale), x.reason],
    ] as Array<[string, string]>,
    paragraphs: [tr(x.afterHearing ? TEXT.refusalBody : TEXT.refusalNoHearingBody, locale)],
    data: { grounds: [...x.grounds] },
  };
}

/** A4, L3: the reasoned refusal at the completeness check. */
export function incompleteContent(x: Omit<DecisionContentInput, 'grounds'> & { missing: readonly string[] }, locale: Locale) {
  return {
    title: tr(TITLES.INCOMPLETE_REFUSAL, locale),
    lines: [
      ...decisionHead(x, locale),
      [f('missing', locale), x.missing.join(', ') || '—'],
      [f('reason', locale), x.reason],
    ] as Array<[string, string]>,
    paragraphs: [tr(TEXT.incompleteBody, locale)],
    data: { missing: [...x.missing] },
  };
}

/** A11: the record of the hearing. */
export function hearingRecordContent(x: { applicationNumber: string; service: ServiceKind; applicantName: string; heldOn: string; attended: boolean; record: string }, locale: Locale) {
  return {
    title: tr(TITLES.HEARING_RECORD, locale),
    lines: [
      ...decisionHead(x, locale),
      [f('hearingOn', locale), x.heldOn],
      [f('attended', locale), f(x.attended ? 'yes' : 'no', locale)],
      [f('record', locale), x.record],
    ] as Array<[string, string]>,
    data: { heldOn: x.heldOn, attended: x.attended },
  };
}

/** What both documents of a complaint name first. */
export interface ComplaintHead {
  complaintNumber: string;
  complainantName: string;
  addressee: ComplaintAddressee;
  subject: string;
  /** the application or enforcement case complained about, when there is one */
  itemNumber: string | null;
  registeredOn: string;
}

const complaintHead = (x: ComplaintHead, locale: Locale): Array<[string, string]> => [
  [f('complaint', locale), x.complaintNumber],
  [f('complainant', locale), x.complainantName],
  [f('addressee', locale), tr(COMPLAINT_ADDRESSEE_TEXT[x.addressee], locale)],
  [f('subject', locale), x.subject],
  ...(x.itemNumber ? [[f('item', locale), x.itemNumber] as [string, string]] : []),
  [f('registeredOn', locale), x.registeredOn],
];

/** C3: the notice of the extended term, with its ground and reasons, sent to the complainant at once. */
export function complaintExtensionContent(x: ComplaintHead & { originalDueOn: string; workingDays: number; newDueOn: string; ground: ComplaintExtensionGround; reasons: string }, locale: Locale) {
  return {
    title: tr(TITLES.COMPLAINT_EXTENSION_NOTICE, locale),
    lines: [
      ...complaintHead(x, locale),
      [f('originalTerm', locale), x.originalDueOn],
      [f('extendedBy', locale), tr(TEXT.workingDays, locale).replace('{{n}}', String(x.workingDays))],
      [f('newTerm', locale), x.newDueOn],
      [f('extensionGround', locale), tr(COMPLAINT_EXTENSION_GROUND_TEXT[x.ground], locale)],
      [f('reason', locale), x.reasons],
    ] as Array<[string, string]>,
    paragraphs: [tr(TEXT.complaintExtensionBody, locale)],
    data: { complaintNumber: x.complaintNumber, originalDueOn: x.originalDueOn, newDueOn: x.newDueOn, workingDays: x.workingDays, ground: x.ground },
  };
}

export interface ComplaintDecisionContentInput extends ComplaintHead {
  /** the last day of the (extended) term (C2, C3) */
  dueOn: string;
  decidedOn: string;
  onTime: boolean;
  outcome: ComplaintOutcome;
  reasons: string;
}

/** G1, C2–C4: the decision on a complaint, with its reasons, its term and the way to court. */
export function complaintDecisionContent(x: ComplaintDecisionContentInput, locale: Locale) {
  const lines: Array<[string, string]> = complaintHead(x, locale);
  lines.push(
    [f('termEnds', locale), x.dueOn],
    [f('decidedOn', locale), x.decidedOn],
    [f('onTime', locale), f(x.onTime ? 'yes' : 'no', locale)],
    [f('outcome', locale), tr(COMPLAINT_OUTCOME_TEXT[x.outcome], locale)],
    [f('reason', locale), x.reasons],
  );
  return {
    title: tr(TITLES.COMPLAINT_DECISION, locale),
    lines,
    paragraphs: [tr(TEXT.complaintDecisionBody, locale)],
    data: { complaintNumber: x.complaintNumber, outcome: x.outcome, decidedOn: x.decidedOn, dueOn: x.dueOn, onTime: x.onTime },
  };
}
