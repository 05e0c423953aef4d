// LA1–LA4: legal assistance with foreign courts (004: the Supreme Court administration's Instruction of
// 11 May 2016 No. 6001-16-7-6/196, as amended 17 July 2025). Pure rules: the deadlines of every order and
// petition, by the working calendar (T1, T5, T6), the items an outgoing order must carry (LA3), the language
// an order must be translated into (data: the requested state's languages and the treaty's), and the filing
// period of a petition to recognise a foreign judgment (LA4).
//
// Interpretations written down (for the closing note):
// - "business days" (004 p.13, LA1) is the working day of T1: the Russian original says «рабочих дней», the
//   same words the translation renders "working days" in p.8 (LA2); courts keep the working calendar of the
//   Republic, so a weekend, a public holiday and a day the government moves are not counted.
// - "one month from the date of their receipt" (004 p.11, LA1) is a calendar month (Civil Code art. 175 p.1 and
//   the T6 reading: the day of receipt is not counted): it ends on the same-numbered day of the next month;
//   when that month has no such day, on its last day (received on 31 January → 28/29 February); when that day
//   is not a working day, on the next working day (the Civil Code's rule for a period ending on a day off).
//   The month runs from receipt by the court that executes it: a court that receives it by forwarding
//   (p.13) has its own month. A treaty may set another period (`executionMonths`, data).
// - "forward within 5 business days, about which the competent authority must be informed within 5 business
//   days" (p.13): both are counted in working days; the forwarding from the court's receipt, the information
//   from the forwarding (what is informed of).
// - "10 working days from the date of receipt of their originals" (p.8, LA2): working days after the day the
//   Department received the originals (T6) — for the order itself and again for the documents of its execution.
// - "no later than 6 months before the day the case shall be examined" (p.25, LA3): the latest sending day is
//   the hearing day minus 6 calendar months (the same end-of-month rule); when that is not a working day, the
//   working day before it (the Department, which receives it, does not work that day, and a later day would be
//   less than 6 months).
// - "within three years from the date of their entry into force" (p.17, LA4): 36 calendar months from the
//   entry into force (29 February → 28 February), moved to the next working day when the last day is a day off
//   (the court's registry is closed). A petition filed later is refused unless it asks to restore the period
//   for a good reason (CPC art. 126); the court decides on the restoration with the petition.
import { addDays, addMonths, compareDates, type IsoDate, type WorkingCalendar } from './calendar.ts';
import { dueOn, type DayPeriod } from './deadlines.ts';

/** The periods of legal assistance, in the units the Instruction names (T5). */
export const LEGAL_ASSISTANCE_PERIODS = {
  /** LA1 (p.11): an incoming order is executed within one month of its receipt (calendar months) */
  executionMonths: 1,
  /** LA1 (p.13): a court without jurisdiction forwards within 5 business (= working, T1) days */
  forwardWithoutJurisdiction: { unit: 'WORKING_DAYS', count: 5 },
  /** LA1 (p.13): and informs the competent authority within 5 business days */
  informCompetentAuthority: { unit: 'WORKING_DAYS', count: 5 },
  /** LA2 (p.8): the Departments deal with orders, petitions and resulting documents within 10 working days */
  departmentHandling: { unit: 'WORKING_DAYS', count: 10 },
  /** LA3 (p.25): an outgoing order is sent no later than 6 months before the hearing */
  outgoingBeforeHearingMonths: 6,
  /** LA4 (p.17, CPC art. 501): a foreign judgment is presented within 3 years of its entry into force */
  recognitionFilingMonths: 36,
} as const satisfies Record<string, DayPeriod | number>;

/** A period of `months` calendar months from `start` (T6: the start day itself is not counted), to a working day. */
export function monthsDueOn(start: IsoDate, months: number, cal: WorkingCalendar): IsoDate {
  return cal.nextWorkingDay(addMonths(start, months), { inclusive: true });
}

/** LA1: the last day to execute an incoming order received by the executing court on `courtReceivedOn`. */
export function incomingExecutionDueOn(courtReceivedOn: IsoDate, cal: WorkingCalendar, treatyMonths?: number | null): IsoDate {
  return monthsDueOn(courtReceivedOn, treatyMonths ?? LEGAL_ASSISTANCE_PERIODS.executionMonths, cal);
}

/** LA1: the last day for a court without jurisdiction to forward the order by territoriality. */
export function forwardDueOn(courtReceivedOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(courtReceivedOn, LEGAL_ASSISTANCE_PERIODS.forwardWithoutJurisdiction, cal);
}

/** LA1: the last day to inform the competent authority of a forwarding made on `forwardedOn`. */
export function informAuthorityDueOn(forwardedOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(forwardedOn, LEGAL_ASSISTANCE_PERIODS.informCompetentAuthority, cal);
}

/** LA2: the last day for a Department to deal with originals (an order, a petition, resulting documents) received on `receivedOn`. */
export function departmentDueOn(receivedOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(receivedOn, LEGAL_ASSISTANCE_PERIODS.departmentHandling, cal);
}

/** LA3: the last day an outgoing order for a hearing on `hearingOn` may be sent. */
export function latestSendOn(hearingOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return cal.previousWorkingDay(addMonths(hearingOn, -LEGAL_ASSISTANCE_PERIODS.outgoingBeforeHearingMonths), { inclusive: true });
}

/** LA3: the earliest hearing day for which an order sent on `sentOn` is in time. */
export function earliestHearingFor(sentOn: IsoDate, cal: WorkingCalendar): IsoDate {
  let h = addMonths(sentOn, LEGAL_ASSISTANCE_PERIODS.outgoingBeforeHearingMonths);
  while (compareDates(latestSendOn(h, cal), sentOn) < 0) h = addDays(h, 1);
  // the first day whose latest sending day is on or after sentOn (going back while it still holds)
  while (compareDates(latestSendOn(addDays(h, -1), cal), sentOn) >= 0) h = addDays(h, -1);
  return h;
}

export interface SendingRefusal {
  rule: 'LA3';
  latestSendOn: IsoDate;
  earliestHearingOn: IsoDate;
}

/** LA3: null when an order sent on `sentOn` is in time for the hearing on `hearingOn`; else why not. */
export function checkOutgoingSending(sentOn: IsoDate, hearingOn: IsoDate, cal: WorkingCalendar): SendingRefusal | null {
  const latest = latestSendOn(hearingOn, cal);
  if (compareDates(sentOn, latest) <= 0) return null;
  return { rule: 'LA3', latestSendOn: latest, earliestHearingOn: earliestHearingFor(sentOn, cal) };
}

// ---------------------------------------------------------------- LA3: what an outgoing order names

export type LegalPersonRole = 'PLAINTIFF' | 'DEFENDANT' | 'THIRD_PARTY' | 'WITNESS' | 'OTHER';
export interface LegalPerson {
  role: LegalPersonRole;
  kind: 'INDIVIDUAL' | 'ENTITY';
  name: string;
  /** individuals (004 p.22 item 4) */
  birthDate?: string | null;
  birthPlace?: string | null;
  residence?: string | null;
  citizenship?: string | null;
  /** legal entities */
  legalAddress?: string | null;
  bankDetails?: string | null;
  fiscalCode?: string | null;
  /** item 5: representatives, with their names and addresses */
  representatives?: { name: string; address: string }[] | null;
}

export interface OutgoingOrderDraft {
  requestedInstitution: string;
  requestingCourt: string;
  caseName: string;
  caseNumber: string;
  plaintiff: string;
  defendant: string;
  persons: LegalPerson[];
  request: string;
  /** for an order to serve documents: the recipient's exact address and the document's name (p.22) */
  serviceOfDocuments?: boolean;
  recipientAddress?: string | null;
  documentToServe?: string | null;
}

export interface MissingItem {
  /** the path of the missing item in the draft, e.g. ['persons', '0', 'birthDate'] */
  field: string[];
  /** the item of 004 p.22 */
  item: string;
}

const blank = (v: string | null | undefined) => !v || v.trim().length === 0;

/** LA3 (004 p.22): the items an outgoing order lacks; empty when it names them all. */
export function missingOrderItems(d: OutgoingOrderDraft): MissingItem[] {
  const out: MissingItem[] = [];
  const need = (v: string | null | undefined, field: string[], item: string) => blank(v) && out.push({ field, item });
  need(d.requestedInstitution, ['requestedInstitution'], '1');
  need(d.requestingCourt, ['requestingCourt'], '2');
  need(d.caseName, ['caseName'], '3');
  need(d.caseNumber, ['caseNumber'], '3');
  need(d.plaintiff, ['plaintiff'], '3');
  need(d.defendant, ['defendant'], '3');
  if (!d.persons.length) out.push({ field: ['persons'], item: '4' });
  d.persons.forEach((p, i) => {
    const f = (k: string) => ['persons', String(i), k];
    need(p.name, f('name'), '4');
    if (p.kind === 'INDIVIDUAL') {
      need(p.birthDate, f('birthDate'), '4');
      need(p.birthPlace, f('birthPlace'), '4');
      need(p.residence, f('residence'), '4');
      need(p.citizenship, f('citizenship'), '4');
    } else {
      need(p.legalAddress, f('legalAddress'), '4');
      need(p.bankDetails, f('bankDetails'), '4');
      need(p.fiscalCode, f('fiscalCode'), '4');
    }
    (p.representatives ?? []).forEach((r, j) => {
      need(r.name, ['persons', String(i), 'representatives', String(j), 'name'], '5');
      need(r.address, ['persons', String(i), 'representatives', String(j), 'address'], '5');
    });
  });
  need(d.request, ['request'], '6');
  if (d.serviceOfDocuments) {
    need(d.recipientAddress, ['recipientAddress'], '6');
    need(d.documentToServe, ['documentToServe'], '6');
  }
  return out;
}

// ---------------------------------------------------------------- languages (004 p.12, p.24, p.31): data

export interface LanguageRules {
  /** the requested state's official languages, the first the one translations are made into */
  stateLanguages: readonly string[];
  /** the languages the treaty accepts without translation (none without a treaty: reciprocity) */
  treatyAcceptedLanguages?: readonly string[] | null;
}

/** The languages an order of a Kazakh court may be written in (p.24): the state language and/or Russian. */
export const ORDER_LANGUAGES = ['kk', 'ru'] as const;

/**
 * p.24, p.31: an order (or petition) written in `language` goes with a certified translation into the official
 * language of the requested state, unless the treaty accepts that language or it is the state's own; null when
 * no translation is needed.
 */
export function requiredTranslation(language: string, rules: LanguageRules): string | null {
  if (rules.stateLanguages.includes(language)) return null;
  if (rules.treatyAcceptedLanguages?.includes(language)) return null;
  return rules.stateLanguages[0] ?? null;
}

// ---------------------------------------------------------------- LA4: the petition's filing period

/** LA4: the last day to present a foreign judgment that entered into force on `entryIntoForceOn`. */
export function recognitionFilingDueOn(entryIntoForceOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return monthsDueOn(entryIntoForceOn, LEGAL_ASSISTANCE_PERIODS.recognitionFilingMonths, cal);
}

export interface FilingCheck {
  dueOn: IsoDate;
  late: boolean;
  /** refused: late without a request to restore the period (LA4) */
  refused: boolean;
}

/** LA4: is a petition filed on `filedOn` in time; if late, does it stand (only with a request to restore the period)? */
export function checkRecognitionFiling(filedOn: IsoDate, entryIntoForceOn: IsoDate, restorationRequested: boolean, cal: WorkingCalendar): FilingCheck {
  const due = recognitionFilingDueOn(entryIntoForceOn, cal);
  const late = compareDates(filedOn, due) > 0;
  return { dueOn: due, late, refused: late && !restorationRequested };
}

// ---------------------------------------------------------------- G2: the stages, for the monitoring and the dashboards

/** Every stage an order or petition passes, by the Instruction's paragraphs; each recorded with who (role), when and its deadline. */
export const LEGAL_ASSISTANCE_STAGES = {
  'incoming-registered': 'p.7, p.9: received by the Judicial Administration or a Department and registered (LA2 runs)',
  'incoming-sent-to-court': 'p.9: sent to the court that executes it (LA1: one month from its receipt)',
  'incoming-forwarded': 'p.13: forwarded by a court without jurisdiction (LA1: 5 working days)',
  'incoming-authority-informed': 'p.13: the competent authority informed of the forwarding (LA1: 5 working days)',
  'incoming-executed': 'p.10–16: executed (or not) and the documents sent to the Department (LA2 runs)',
  'incoming-returned-to-court': 'p.16: the Department returned the documents to remove deficiencies',
  'incoming-result-sent': 'p.8, p.16: the Department sent the result to the competent authority',
  'incoming-returned': 'p.7, p.15: returned unexecuted to the competent authority',
  'outgoing-prepared': 'p.21–24: prepared and signed by the court (LA3)',
  'outgoing-sent-to-department': 'p.25–26: sent to the Department, 6 months before the hearing (LA3; LA2 runs)',
  'outgoing-returned-to-court': 'p.26: returned to the court to remove deficiencies',
  'outgoing-sent-abroad': 'p.26: sent to the competent authority of the foreign state',
  'outgoing-answered': 'the answer of the foreign state received',
  'petition-filed': 'p.17: filed with the court (LA4: 3 years from the entry into force)',
  'petition-recognised': 'p.18: recognised and execution permitted',
  'petition-refused': 'p.19: recognition refused, or the missed period not restored (LA4)',
  'petition-returned': 'p.20: returned to the petitioner',
  'petition-in-enforcement': 'LA4: the recognised judgment entered enforcement as an executive document (CH1)',
} as const;
export type LegalAssistanceStageKind = keyof typeof LEGAL_ASSISTANCE_STAGES;
