// English UI strings shared by every Oryndau app. kk.ts and ru.ts must have exactly these keys
// (checked by the compiler through `UiMessages`).
//
// `enum` names every value of the schema's enums: each group is an exhaustive `Record` over the enum
// (../vocabulary/enums.ts), so a value the schema gains fails the typecheck here, and then in kk.ts and
// ru.ts, until all three languages name it. `errorMessage` is the text of each user-error `key` of the API
// ("input.required" → errorMessage.input.required), interpolating its `params` and `{{field}}`, the label of
// the field at fault.
import type { Role } from '@oryndau/client';
import type * as E from '../vocabulary/enums.ts';
// legal assistance (issue 12, area: legal)
import { LEGAL_ERROR_MESSAGES, LEGAL_INPUT_MESSAGES, LEGAL_ROLE_LABELS } from './legal-assistance.ts';
// handover (issue 9, A5): the desk's refusal of admission
import { ADMISSION_MESSAGES } from './admission.ts';

import { enumLabels } from './en-enums.ts';

/** The text of each user-error key of the API; `{{field}}` is the label of the field at fault. */
const errorMessages = {
  // attestation (issue 9)
  attestation: {
    notAttestation: 'This is not an attestation application.',
    sessionUnknown: 'Unknown attestation session.',
    heldOnWorkingDay: 'An attestation is held on a working day; {{date}} is not one.',
    kindInvalid: 'Apply for attestation, or for attestation and the licence.',
    testAlreadyRecorded: 'The test result is already recorded.',
    testInApp: 'The candidate is taking the test in the app; the score is recorded automatically.',
    bankTooSmall: 'The question bank in this language has fewer than 100 questions.',
    testFinished: 'This test is finished.',
    questionNotInTest: 'This question is not in your test.',
    testNotStarted: 'The test has not been started.',
    candidateAppeared: 'The candidate took the test.',
    notYetHeld: 'A no-show is recorded on the day of the attestation.',
    noHearing: 'No hearing is pending.',
    interviewAlreadyRecorded: 'The interview is already recorded.',
    test: {
      OVERTIME: 'The test lasts at most 90 minutes: the sheet is not valid.',
      INVALID_SCORE: 'The number of correct answers must be between 0 and the number of questions.',
      WRONG_QUESTION_COUNT: 'The test has 100 questions.',
      INVALID_LANGUAGE: 'The test is in Kazakh or Russian.',
    },
    applicationTooLate: 'Applications for this attestation closed on {{lastDay}}, 5 working days before it.',
    suspendedRecently: 'You were suspended from an attestation on {{suspendedOn}} for using aids; you may apply again from {{firstAdmissibleDate}}.',
    sessionNotOpen: 'This attestation no longer takes applications.',
    alreadyApplied: 'You have already applied for this attestation ({{number}}).',
    formFieldRequired: 'Fill in “{{field}}”.',
    abstentionNotAllowed: 'Members of the Commission may not abstain: vote “passed” or “not passed”.',
    onlyChair: 'Only the chair of the Commission may do this.',
    testNotOpen: 'The test opens on the day of the attestation, at its announced time.',
    tooFewQuestions: 'The interview has at least {{min}} questions.',
    testNotPassed: 'Only a candidate who passed the test is interviewed.',
    reasonRequired: 'State the reasons.',
    undecidedCandidates: '{{count}} candidate(s) have no result yet: {{numbers}}.',
    wrongStage: 'Not possible at this stage of the application.',
    announcedTooLate: 'Announce at least 5 working days ahead: from {{earliest}}.',
    chairNotMember: 'The chair must be a member of the region’s attestation commission.',
    noInterview: 'The Commission votes after the interview.',
    alreadyDecided: 'The Commission has already decided.',
    vote: {
      NO_CHAIR: 'The chair has not voted.',
      NOT_A_MEMBER: '{{member}} is not a member of the Commission.',
      NO_VOTES: 'Nobody has voted yet.',
      MEMBER_DID_NOT_VOTE: '{{member}} has not voted yet: every member votes.',
    },
  },
  // legal assistance (issue 12, area: legal)
  legal: LEGAL_ERROR_MESSAGES.en,
  // inspections (issue 10)
  inspection: {
    anonymousAppeal: 'Unscheduled inspections are not carried out on anonymous appeals.',
    notALawfulGround: 'Choose one of the five grounds of an unscheduled inspection.',
    reasonRequired: 'State the reasons (at least 10 characters).',
    noPlanCriterion: 'The subject meets none of the criteria of the plan.',
    onePerYear: 'The subject already has a scheduled inspection in {{year}} (from {{startsOn}}): at most one a year.',
    startOutsidePlan: 'The start must be between {{from}} and {{to}}.',
    planPeriod: 'A plan is for a year and a half-year (1 or 2).',
    tooLong: 'The inspection may last until {{latest}} at the latest.',
    noticeTooLate: 'The notice had to be sent by {{latest}}: move the start.',
    noticeIncomplete: 'The notice lacks: {{missing}}.',
    notYetStartDay: 'The inspection starts on {{startsOn}}, as notified.',
    invalidCannotStart: 'The inspection is invalid ({{violations}}) and cannot start.',
    objectionsPeriodRunning: 'The subject may object until {{dueOn}}: record its answer or wait.',
    objectionsLate: 'Objections were due by {{dueOn}}.',
    recommendationRequired: 'Confirmed violations require a recommendation.',
    recommendationWithoutViolations: 'A recommendation follows confirmed violations only.',
    noGrossViolation: 'Name the gross violation.',
    planApproved: 'The plan is already approved.',
    planEmpty: 'An empty plan cannot be approved.',
    notYourBody: 'Only the inspectors of the conducting body may change this inspection.',
    ministrySubjects: 'The Ministry inspects only its territorial justice bodies.',
    planQualityOnly: 'Only quality-control inspectors plan inspections.',
    notAnInspector: 'Only inspectors open inspections.',
    startTooSoon: 'An unscheduled inspection starts tomorrow at the earliest.',
    findingsRequired: 'Record the findings (at least 10 characters).',
    measuresRequired: 'Record the measures taken (at least 10 characters).',
    objectionsRequired: 'Record the objections, or that there are none.',
    decisionInFuture: 'A decision cannot be dated in the future.',
    beforeStart: 'This cannot precede the start.',
    resumeBeforeSuspension: 'The resumption cannot precede the suspension.',
    periodOrder: 'The period under inspection ends before it begins.',
    over: 'The inspection is over.',
    noDraft: 'Objections answer a draft certificate that was sent.',
    objectionsRecorded: 'The subject has answered already.',
    noRecommendation: 'Only a completed inspection’s recommendation is followed up.',
    resultRecorded: 'The result is recorded already.',
    consideredBeforeReceipt: 'Considered before it was received.',
  },
  transition: {
    invalid: 'This step is no longer possible: the record has moved on. Reload the page to see where it stands.',
  },
  identity: {
    claimantNotViewer: 'On the portal you act as yourself or the organisation you represent.',
  },
  idempotency: {
    keyInvalid: 'The request key is malformed (8 to {{max}} letters and digits). Reload the page and try again.',
    keyReused: 'This request key was already used for a different request. Reload the page and submit again.',
  },
  document: {
    originalAlreadyReceived: 'The original was already received.',
  },
  monitoring: {
    dateInFuture: 'This cannot be dated after today ({{today}}).',
    dueNotAfterIssue: 'The due day must come after the day of issue ({{issuedOn}}).',
    implementedBeforeIssue: 'An implementation cannot precede the recommendation (issued {{issuedOn}}).',
    alreadyImplemented: 'The implementation is recorded already ({{implementedOn}}).',
    fineAmount: 'The amount is a whole number of tenge from 1 to {{max}}.',
    textRequired: 'Fill this in (at least {{min}} characters).',
    textTooLong: 'At most {{max}} characters.',
  },
  input: {
    ...LEGAL_INPUT_MESSAGES.en,
    required: 'Fill in “{{field}}”.',
    tooLong: '“{{field}}” is too long: at most {{max}} characters.',
    choose: 'Choose “{{field}}”.',
    tooShort: '“{{field}}” is too short: at least {{min}} characters.',
    idNumberInvalid: 'The IIN/BIN must be 12 digits with a valid control digit.',
    dateFormat: 'Enter the full date: day, month and year.',
    dateInFuture: '“{{field}}” cannot be later than today, {{today}}.',
    endBeforeStart: 'The end cannot be before the start.',
    amountNegative: 'The amount cannot be negative.',
    forbiddenCharacters: '“{{field}}” contains characters that are not allowed (control characters or malformed text).',
    tooDeep: '“{{field}}” is nested too deeply.',
    outOfRange: '“{{field}}” is out of range: at most {{max}}.',
    tooMany: '“{{field}}” has too many entries: at most {{max}}.',
    date: '“{{field}}” is not a date.',
  },
  enforcement: {
    duplicateClaim: 'This executive document is already registered for this claimant in application {{number}}, still open: follow that application.',
    debtorIsClaimant: 'The debtor cannot be the claimant.',
    noAmountForNonProperty: 'A non-property decision has no amount.',
    amountPositive: 'Enter the amount to recover: a positive number of tenge.',
    amountDecimals: 'The amount has at most two digits after the comma (tiyn).',
    districtUnknown: 'Unknown enforcement district: choose it from the list.',
    districtOutsideRegion: 'A justice officer registers applications for the districts of their own region only.',
    receivedAtOnPortal: 'The portal records the time of receipt itself.',
  },
  availability: {
    overlapping: 'A record of the same kind overlaps these dates; end it first.',
  },
  breach: {
    effectiveBeforeDecided: 'A decision takes effect on or after the day it is made.',
  },
  licence: {
    reissuedOnlyByReissue: 'A licence becomes “Reissued” only by a reissue.',
    noBasis: 'Give one basis: the labour record or the attestation decision.',
    moreThanOneBasis: 'Give exactly one basis, not both.',
    labourEntryInvalid: 'An entry of the labour record is not valid.',
    attestationDecisionIncomplete: 'The attestation decision needs its number, date and region (missing: {{missing}}).',
    portalApplicantOnly: 'Only a signed-in individual applies for a licence, on the portal.',
    unknownPackageItem: 'Unknown items of the package: {{items}}.',
    completenessAlreadyChecked: 'The completeness was already checked.',
    notLicenceApplication: 'This is not a licence application.',
    notIndividual: 'The applicant is not an individual.',
    waitingForStateSystems: 'Waiting for the state systems: {{systems}}.',
    feeNotPaid: 'The fee of {{fee}} tenge is not paid.',
    groundsToResolve: 'The checks support a refusal ({{grounds}}): send the preliminary decision and hold the hearing first.',
    noActiveLicence: 'You hold no active licence to reissue.',
    reissueUnderWay: 'A reissue is already under way.',
    unknownNumber: 'No licence has this number.',
    notActive: 'The licence is not active ({{status}}): its holder cannot act.',
  },
  refusal: {
    reasonRequired: 'A refusal must state its reasons.',
    groundInvalid: 'Choose a ground for the refusal.',
    groundRequired: 'Choose at least one ground.',
    unknownGround: '{{ground}} is not a ground for this service (allowed: {{allowed}}).',
    duplicateGround: '{{ground}} is cited twice.',
  },
  // licence area (issue 9)
  hearing: {
    notForService: 'This service is refused without a hearing.',
    noServicePeriod: 'The application has no service period yet.',
    noticeTooLate: 'The hearing notice had to go out by {{noticeLatestOn}} (3 working days before {{serviceDueOn}}).',
    dayOutOfRange: 'The hearing must be on a working day from {{earliest}} to {{latestOn}}.',
    alreadyHeld: 'This hearing was already held or decided.',
    alreadyDecided: 'This hearing was already decided.',
    tooLate: 'The hearing had to be held by {{latestOn}}.',
    tooEarly: 'The hearing is held after the day of the notice ({{noticeOn}}).',
    notHeld: 'Hold the hearing first.',
    groundNotHeard: 'The applicant was not heard on {{grounds}}: send a new preliminary decision.',
  },
  service: {
    notProvider: 'Only the provider of this service may do this.',
  },
  payment: {
    noMci: 'No monthly calculation index is recorded for {{year}}.',
    gatewayUnavailable: 'The payment gateway does not answer now; nothing was charged. Try again in a few minutes.',
    declined: 'The payment was declined.',
    receiptUnknown: 'The treasury does not know this receipt.',
    amountTooLow: 'The receipt is for {{paid}} tenge; the fee is {{fee}} tenge.',
    alreadyPaid: 'The fee is already paid.',
    applicationClosed: 'The application is already decided.',
  },
  bailiff: {
    alreadyMember: 'The holder is already a member of a chamber.',
    districtOutsideRegion: 'A district is not of the chamber’s region.',
    licenceOtherRegion: 'The holder was attested in another region ({{licenceRegion}}): the chamber of that region admits them.', // admit
  },
  proceeding: {
    initiateWithGround: 'A decision to initiate has no ground for refusal.',
  },
  measure: {
    beforeInitiation: 'A measure cannot precede the initiation of the proceedings ({{initiatedOn}}).',
  },
  // complaints (issue 10)
  complaint: {
    applicantsOnly: 'Only applicants file complaints, about their own applications and cases.',
    itemRequired: 'Choose the application (or, for a bailiff’s action, the case) the complaint is about.',
    noPrivateBailiff: 'No private bailiff acts in this case: complain to the provider about the state bailiff.',
    addresseeNotOnPlatform: 'Complaints to the State Corporation are filed at its offices; choose another addressee.',
    noProvider: 'This item has no provider yet: address the complaint to the Ministry or the quality-control body.',
    notHandler: 'Only the staff of the body the complaint is addressed to may do this.',
    alreadyExtended: 'The term was already extended once ({{extendedDueOn}}); a second extension is not allowed.',
    extensionTooLong: 'An extension is at most {{max}} working days.',
    extensionLength: 'An extension is a whole number of working days, at least 1.',
    extensionGround: 'Choose a lawful ground: additional study, check on site or more information.',
    termExpired: 'The term has ended: it can no longer be extended.',
    mayNotExtend: 'This body may not extend the term.',
    extensionReasonRequired: 'Write the reasons the complainant will be told.',
    reasonsRequired: 'A decision states its reasons: at least {{min}} characters.',
    proposalsNotAllowed: 'Proposals to restore rights follow an upheld complaint to the quality-control body.',
  },
  statusCheck: {
    rateLimited: 'Too many checks. Try again in {{retryAfterSeconds}} seconds.',
    notFound: 'No application or complaint matches this number and access code.',
    oneItem: 'Choose one application or one complaint.',
  },
};

export const en = {
  // handover (issue 9, A5): the desk's refusal of admission
  admission: ADMISSION_MESSAGES.en,
  brand: {
    name: 'Oryndau',
    tagline: 'Enforcement proceedings services',
    home: 'Oryndau: home page',
    // axe: the brand link's name begins with its visible text (WCAG 2.5.3); this part is read, not shown.
    homePage: 'home page',
  },
  common: {
    loading: 'Loading…',
    // frontend: a page loaded on demand (React.lazy) is on its way (issue 11)
    loadingPage: 'Opening the page…',
    retry: 'Try again',
    loadMore: 'Show more',
    loadingMore: 'Loading more…',
    noRecords: 'No records yet.',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
    home: 'Home',
    notFoundTitle: 'Page not found',
    notFoundText: 'The address may be mistyped, or the page has moved.',
    backHome: 'Go to the home page',
    footer: 'Oryndau is open-source software for the enforcement-proceedings public services of the Republic of Kazakhstan.',
    timeZoneNote: 'All dates and times are Astana time (UTC+5).',
  },
  // the signed documents of every area (applications, licences, complaints): SignedDocuments.tsx
  signedDocuments: {
    none: 'No documents yet.',
    download: 'Download PDF',
    verify: 'Check the signature',
    valid: 'Authentic: signed by the platform, unchanged.',
    invalid: 'Not authentic',
  },
  language: {
    label: 'Language',
    kk: 'Қазақша',
    ru: 'Русский',
    en: 'English',
  },
  user: {
    menu: 'Account',
    signedInAs: 'Signed in as {{name}}',
    logout: 'Log out',
    displayName: 'Name',
    login: 'Login',
    roles: 'Roles',
    account: 'Your account',
    region: 'Region',
    chamber: 'Chamber',
    noRoles: 'No roles assigned',
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in to continue to “{{app}}”.',
    demoTitle: 'Demo users',
    demoIntro: 'This is a development environment: choose a demo user to sign in as.',
    signInAs: 'Sign in as {{name}}',
    noDemoUsers: 'No demo user holds a role this application serves.',
    filterLabel: 'Find a demo user by name or login',
    noMatches: 'No demo user matches “{{query}}”.',
    manualTitle: 'Another demo login',
    loginLabel: 'Login',
    loginHint: 'The login of a seeded demo user.',
    submit: 'Sign in',
    signingIn: 'Signing in…',
    unavailableTitle: 'Sign-in is not available',
    unavailable:
      'Sign-in with an electronic digital signature (EDS) is not connected in this environment. Please contact the service administrator.',
  },
  access: {
    deniedTitle: 'No access to this application',
    denied: 'Your account ({{login}}) has none of the roles this application serves: {{roles}}.',
    switchAccount: 'Sign in with another account',
  },
  errors: {
    title: 'Something went wrong',
    network: 'The service could not be reached. Check your connection and try again.',
    forbidden: 'You are not allowed to see this.',
    unauthenticated: 'Your session has ended. Please sign in again.',
    generic: 'The service returned an error: {{message}}',
  },
  form: {
    errorSummary: 'There is a problem',
    optional: 'optional',
    choose: 'Choose…',
    submitting: 'Sending…',
  },
  enum: enumLabels,
  errorMessage: errorMessages,
  // admit (issue 9): whether a bailiff's licence lets them receive cases (L9, CH2), and why not
  licenceEligibility: {
    eligible: 'Can receive cases',
    notEligible: 'Cannot receive cases',
    reason: {
      NONE: 'No licence is recorded.',
      SUSPENDED: 'The licence is suspended (since {{date}}).',
      REVOKED: 'The licence was revoked on {{date}}.',
      TERMINATED: 'The licence was terminated.',
      REISSUED: 'The licence was reissued: the new licence is not recorded for this bailiff.',
    } satisfies Record<Exclude<E.LicenceStatus, 'ACTIVE'> | 'NONE', string>,
  },
  deadline: {
    due: 'Due {{date}}',
    dueToday: 'Due today, {{date}}',
    overdue: 'Overdue: was due {{date}}',
  },
  home: {
    welcome: 'Welcome, {{name}}',
  },
  role: {
    // legal assistance (issue 12, area: legal)
    ...LEGAL_ROLE_LABELS.en,
    APPLICANT: 'Applicant',
    JUSTICE_OFFICER: 'Justice body officer',
    STATE_BAILIFF: 'State bailiff',
    COMMISSION_MEMBER: 'Attestation commission member',
    LICENSING_OFFICER: 'Licensing officer',
    CHAMBER_OFFICIAL: 'Chamber of Private Bailiffs official',
    PRIVATE_BAILIFF: 'Private bailiff',
    MINISTRY_INSPECTOR: 'Ministry of Justice inspector',
    QUALITY_INSPECTOR: 'State-services quality inspector',
    MINISTRY_ADMIN: 'Ministry of Justice reference-data administrator',
  } satisfies Record<Role, string>,
};

/** The same tree with every leaf a string: the shape every language must fill. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type UiMessages = Messages<typeof en>;
