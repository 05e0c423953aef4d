// legal assistance (issue 12, area: legal)
import { LEGAL_APP_STRINGS } from './legal-assistance.ts';
// enforcement intake (E1–E4, G2)
import { intakeEn } from '../features/enforcement/strings.ts';
// licence area (issue 9)
import { licenceEn } from '../features/licences/strings.ts';
// English strings of the services desk (under `app.`). kk.ts and ru.ts must have exactly these keys.
export const en = {
  name: 'Services desk',
  home: {
    intro: 'The desk of the staff who provide the services: territorial justice officers announce attestation sessions, check applications and register paper applications for enforcement, attestation commissions run the test, the interview and the vote, the Ministry\'s licensing officers issue and reissue private bailiffs\' licences.',
  },
  // attestation (issue 9)
  attestation: {
    nav: 'Attestation',
    sessionsTitle: 'Attestation sessions',
    sessionsLead: 'The sessions of your region: open one to run the completeness checks, the test, the interviews and the vote.',
    when: 'Date and time',
    region: 'Region',
    place: 'Place',
    status: 'Status',
    candidates: 'Candidates',
    announceTitle: 'Announce an attestation: {{region}}',
    announce: 'Announce',
    chooseChair: 'Choose the chair',
    sessionTitle: 'Attestation of {{date}}',
    back: 'All sessions',
    commission: 'Commission',
    chair: 'chair',
    minutes: 'Minutes signed: {{passed}} passed, {{notPassed}} not passed, {{noShow}} did not show up.',
    signMinutes: 'Sign the minutes',
    noCandidates: 'No applications yet.',
    test: 'Test',
    suspended: 'suspended',
    passed: 'passed',
    notPassed: 'not passed',
    interview: 'Interview',
    dissent: 'dissenting opinion',
    decision: 'Decision',
    byChair: 'a tie decided by the chair',
    complete: 'Complete',
    reason: 'Reasons of the refusal',
    incomplete: 'Refuse: incomplete',
    correct: 'Correct answers (testing centre)',
    recordTest: 'Record the result',
    noShow: 'Did not show up',
    aid: 'The aid used',
    suspend: 'Suspend (aid used)',
    interviewQuestions: 'Interview questions, one a line (at least 3)',
    recordInterview: 'Record the interview',
    vote: 'Your vote',
    dissentOptional: 'Dissenting opinion (if you disagree)',
    votePass: 'Passed',
    voteFail: 'Not passed',
    decide: 'Record the Commission’s decision',
    hearingOutcome: 'What the hearing found',
    refusalStands: 'The refusal stands',
    refusalWithdrawn: 'The objections are accepted',
    field: {
      heldAt: 'Date',
      time: 'Time',
      place: 'Place',
      chairUserId: 'Chair of the Commission',
    },
  },
  // legal assistance (issue 12, area: legal)
  legal: LEGAL_APP_STRINGS.en,
  // licence area (issue 9)
  licence: licenceEn,
  // enforcement intake at a justice office (E1–E4, G2)
  intake: intakeEn,
};
