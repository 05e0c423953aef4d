// LA1–LA4: the deadlines of legal assistance, to the day and across holidays; what an outgoing order names;
// the languages it carries; the life cycles.
import { describe, expect, it } from 'vitest';
import {
  checkOutgoingSending,
  checkRecognitionFiling,
  departmentDueOn,
  earliestHearingFor,
  forwardDueOn,
  INCOMING_ORDER,
  incomingExecutionDueOn,
  informAuthorityDueOn,
  latestSendOn,
  missingOrderItems,
  OUTGOING_ORDER,
  RECOGNITION_PETITION,
  recognitionFilingDueOn,
  requiredTranslation,
  transition,
  weekday,
  WorkingCalendar,
  type OutgoingOrderDraft,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('LA1: an incoming order is executed within one month of its receipt', () => {
  it('LA1: received on 15 April, due 15 May (the day of receipt is not counted, T6)', () => {
    expect(incomingExecutionDueOn('2026-04-15', cal)).toBe('2026-05-15');
  });

  it('LA1: across Nauryz — received Monday 23 February, the month ends on 23 March, a holiday (21–25 March off): due Thursday 26 March', () => {
    expect(cal.isWorkingDay('2026-03-23')).toBe(false);
    expect(cal.isWorkingDay('2026-03-25')).toBe(false);
    expect(incomingExecutionDueOn('2026-02-23', cal)).toBe('2026-03-26');
  });

  it('LA1: end of month — received 31 March, due 30 April (April has no 31st); 31 August → 30 September; 31 January 2028 → 29 February (leap year)', () => {
    expect(incomingExecutionDueOn('2026-03-31', cal)).toBe('2026-04-30');
    expect(incomingExecutionDueOn('2027-08-31', cal)).toBe('2027-09-30');
    expect(incomingExecutionDueOn('2028-01-31', cal)).toBe('2028-02-29');
  });

  it('LA1: end of month on a day off — received 31 December 2026, the month ends Sunday 31 January 2027: due Monday 1 February', () => {
    expect(weekday('2027-01-31')).toBe(0);
    expect(incomingExecutionDueOn('2026-12-31', cal)).toBe('2027-02-01');
  });

  it('LA1: a treaty that sets its own period (data) replaces the month', () => {
    expect(incomingExecutionDueOn('2026-04-15', cal, 2)).toBe('2026-06-15');
  });

  it('LA1: 5 business (working, T1) days to forward — received Monday 14 December, Independence Day (16 December) not counted: due Tuesday 22 December', () => {
    expect(cal.isWorkingDay('2026-12-16')).toBe(false);
    expect(forwardDueOn('2026-12-14', cal)).toBe('2026-12-22');
    // a calendar-day reading would have given 19 December, a Saturday: working days are the rule (T5)
  });

  it('LA1: 5 business days to inform the competent authority of the forwarding — forwarded Friday 11 December: due Monday 21 December (16 December off)', () => {
    expect(informAuthorityDueOn('2026-12-11', cal)).toBe('2026-12-21');
  });

  it('LA1: a government transfer (a Saturday made a working day) counts as a working day', () => {
    const moved = cal.withCorrections([{ date: '2026-12-19', kind: 'WORKING_DAY', name: 'Transfer' }]);
    expect(forwardDueOn('2026-12-14', moved)).toBe('2026-12-21');
  });
});

describe('LA2: the Departments deal with originals within 10 working days', () => {
  it('LA2: originals received Thursday 5 March 2026: the 9 March substitute day, 16 March and Nauryz (23–25 March) are not counted: due 26 March', () => {
    expect(departmentDueOn('2026-03-05', cal)).toBe('2026-03-26');
    expect(cal.workingDaysBetween('2026-03-05', '2026-03-26')).toBe(10);
  });

  it('LA2: received on a Monday without holidays: due the Monday two weeks later', () => {
    expect(departmentDueOn('2026-11-02', cal)).toBe('2026-11-16');
  });
});

describe('LA3: an outgoing order is sent no later than 6 months before the hearing', () => {
  it('LA3: sent on 2 December 2026 for a hearing on 2 June 2027 (exactly 6 months): accepted', () => {
    expect(checkOutgoingSending('2026-12-02', '2027-06-02', cal)).toBeNull();
    expect(latestSendOn('2027-06-02', cal)).toBe('2026-12-02');
  });

  it('LA3: sent on 2 December 2026 for a hearing 5 months 29 days later (31 May 2027): refused, with the latest sending day and the earliest hearing', () => {
    const r = checkOutgoingSending('2026-12-02', '2027-05-31', cal);
    expect(r).toEqual({ rule: 'LA3', latestSendOn: '2026-11-30', earliestHearingOn: '2027-06-02' });
  });

  it('LA3: when 6 months before the hearing is a day off, the latest sending day is the working day before it', () => {
    // hearing Monday 13 September 2027 → 13 March 2027 is a Saturday → Friday 12 March
    expect(weekday('2027-03-13')).toBe(6);
    expect(latestSendOn('2027-09-13', cal)).toBe('2027-03-12');
    expect(checkOutgoingSending('2027-03-12', '2027-09-13', cal)).toBeNull();
    expect(checkOutgoingSending('2027-03-13', '2027-09-13', cal)?.rule).toBe('LA3');
  });

  it('LA3: end of month — a hearing on 31 August 2027 may be prepared for until 26 February 2027 (28 February a Sunday)', () => {
    expect(latestSendOn('2027-08-31', cal)).toBe('2027-02-26');
    expect(earliestHearingFor('2027-02-26', cal)).toBe('2027-08-26');
  });

  const draft: OutgoingOrderDraft = {
    requestedInstitution: 'Tashkent City Civil Court',
    requestingCourt: 'Specialised Inter-District Economic Court of Almaty',
    caseName: 'Recovery of a debt under a supply contract',
    caseNumber: '7594-26-00-2/1234',
    plaintiff: 'KazLogistics LLP',
    defendant: 'Samarkand Trade LLC',
    persons: [
      { role: 'DEFENDANT', kind: 'ENTITY', name: 'Samarkand Trade LLC', legalAddress: 'Amir Temur st 12, Tashkent', bankDetails: 'UZ 0123', fiscalCode: '301234567', representatives: [{ name: 'B. Karimov', address: 'Navoi st 3, Tashkent' }] },
      { role: 'WITNESS', kind: 'INDIVIDUAL', name: 'Aliev Rustam', birthDate: '1985-04-02', birthPlace: 'Tashkent', residence: 'Chilanzar 5-17, Tashkent', citizenship: 'UZ' },
    ],
    request: 'Serve the statement of claim and the notice of the hearing on the defendant.',
    serviceOfDocuments: true,
    recipientAddress: 'Amir Temur st 12, Tashkent',
    documentToServe: 'Statement of claim; notice of the hearing of 2 June 2027',
  };

  it('LA3: an order naming every item of 004 p.22 is complete', () => {
    expect(missingOrderItems(draft)).toEqual([]);
  });

  it('LA3: each missing item is named by its field and the item of p.22 it belongs to', () => {
    const bad: OutgoingOrderDraft = {
      ...draft,
      defendant: ' ',
      persons: [{ role: 'WITNESS', kind: 'INDIVIDUAL', name: 'Aliev Rustam', birthDate: null, birthPlace: 'Tashkent', residence: 'x', citizenship: 'UZ', representatives: [{ name: 'Lawyer', address: '' }] }],
      documentToServe: null,
    };
    expect(missingOrderItems(bad)).toEqual([
      { field: ['defendant'], item: '3' },
      { field: ['persons', '0', 'birthDate'], item: '4' },
      { field: ['persons', '0', 'representatives', '0', 'address'], item: '5' },
      { field: ['documentToServe'], item: '6' },
    ]);
    expect(missingOrderItems({ ...draft, persons: [] })).toEqual([{ field: ['persons'], item: '4' }]);
  });

  it('LA3 (004 p.24): an order in Russian to a Minsk Convention party needs no translation; to a state without a treaty, into its official language', () => {
    expect(requiredTranslation('ru', { stateLanguages: ['uz'], treatyAcceptedLanguages: ['ru'] })).toBeNull();
    expect(requiredTranslation('kk', { stateLanguages: ['uz'], treatyAcceptedLanguages: ['ru'] })).toBe('uz');
    expect(requiredTranslation('ru', { stateLanguages: ['de'], treatyAcceptedLanguages: null })).toBe('de');
    expect(requiredTranslation('ru', { stateLanguages: ['ru', 'be'] })).toBeNull();
  });
});

describe('LA4: a petition to recognise a foreign judgment is filed within 3 years of its entry into force', () => {
  it('LA4: entry into force 10 November 2023: the last day is 10 November 2026; filed that day it stands, a day later it is refused unless the period is to be restored', () => {
    expect(recognitionFilingDueOn('2023-11-10', cal)).toBe('2026-11-10');
    expect(checkRecognitionFiling('2026-11-10', '2023-11-10', false, cal)).toEqual({ dueOn: '2026-11-10', late: false, refused: false });
    expect(checkRecognitionFiling('2026-11-11', '2023-11-10', false, cal)).toEqual({ dueOn: '2026-11-10', late: true, refused: true });
    expect(checkRecognitionFiling('2026-11-11', '2023-11-10', true, cal)).toEqual({ dueOn: '2026-11-10', late: true, refused: false });
  });

  it('LA4: the 3 years ending on a holiday run to the next working day — entry into force 16 December 2023, last day Thursday 17 December 2026', () => {
    expect(recognitionFilingDueOn('2023-12-16', cal)).toBe('2026-12-17');
  });

  it('LA4: entry into force on 29 February 2024 — the last day is 1 March 2027 (28 February a Sunday)', () => {
    expect(recognitionFilingDueOn('2024-02-29', cal)).toBe('2027-03-01');
  });

  it('LA4: a late petition is recognised only once the court restored the period', () => {
    expect(transition(RECOGNITION_PETITION, 'FILED', 'RECOGNISED', { late: true, periodRestored: false })).toMatchObject({ ok: false, error: { rule: 'LA4' } });
    expect(transition(RECOGNITION_PETITION, 'FILED', 'RECOGNISED', { late: true, periodRestored: true }).ok).toBe(true);
    expect(transition(RECOGNITION_PETITION, 'FILED', 'RECOGNISED', { late: false }).ok).toBe(true);
    expect(transition(RECOGNITION_PETITION, 'RECOGNISED', 'IN_ENFORCEMENT').ok).toBe(true);
    expect(transition(RECOGNITION_PETITION, 'FILED', 'IN_ENFORCEMENT').ok).toBe(false);
  });
});

describe('the life cycles of legal assistance (G2)', () => {
  it('LA1: a court forwards an order to another court; an order is sent back only from the Department', () => {
    expect(transition(INCOMING_ORDER, 'AT_COURT', 'AT_COURT').ok).toBe(true);
    expect(transition(INCOMING_ORDER, 'AT_COURT', 'RESULT_SENT').ok).toBe(false);
    expect(transition(INCOMING_ORDER, 'RESULT_AT_DEPARTMENT', 'RESULT_SENT').ok).toBe(true);
  });

  it('LA3: the table refuses to send an order too late, naming the rule', () => {
    const r = transition(OUTGOING_ORDER, 'PREPARED', 'AT_DEPARTMENT', { tooLate: 'Less than 6 months before the hearing' });
    expect(r).toMatchObject({ ok: false, error: { rule: 'LA3', code: 'INVALID_TRANSITION' } });
    expect(transition(OUTGOING_ORDER, 'PREPARED', 'AT_DEPARTMENT', { tooLate: null }).ok).toBe(true);
  });
});
