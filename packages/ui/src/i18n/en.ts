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
import { LEGAL_ENUM_LABELS, LEGAL_ERROR_MESSAGES, LEGAL_INPUT_MESSAGES, LEGAL_ROLE_LABELS } from './legal-assistance.ts';

const enumLabels = {
  // legal assistance (issue 12, area: legal)
  ...LEGAL_ENUM_LABELS.en,
  applicationStatus: {
    DRAFT: 'Draft',
    REGISTERED: 'Registered',
    IN_REVIEW: 'Under consideration',
    HEARING: 'Hearing pending',
    APPROVED: 'Service rendered',
    REFUSED: 'Refused',
    REJECTED_INCOMPLETE: 'Refused at acceptance',
    WITHDRAWN: 'Withdrawn',
  } satisfies Record<E.ApplicationStatus, string>,
  applicationStageKind: {
    DRAFT_SAVED: 'Draft saved',
    REGISTERED: 'Application registered',
    REFUSED_AT_ACCEPTANCE: 'Refused at acceptance: incomplete package',
    ROUTED_TO_CHAMBER: 'Sent to the Chamber of Private Bailiffs',
    ROUTED_TO_STATE_BAILIFF: 'Sent to the state bailiff',
    ORIGINAL_RECEIVED: 'The Chamber received the original decision',
    BAILIFF_ASSIGNED: 'Private bailiff appointed',
    BAILIFF_REASSIGNED: 'Case moved to another bailiff',
    BAILIFF_REPLACED: 'Bailiff replaced',
    SENT_TO_PRIVATE_BAILIFF: 'Sent to a private bailiff',
    WITH_STATE_BAILIFF: 'Received by the state bailiff',
    PROCEEDINGS_INITIATED: 'Enforcement proceedings initiated',
    INITIATION_REFUSED: 'Initiation refused',
    MEASURE_TAKEN: 'Enforcement measure taken',
    COMPLETENESS_CHECKED: 'Completeness checked',
    COMPLETENESS_CHECK_FAILED: 'Refused after the completeness check',
    PRELIMINARY_DECISION_SENT: 'Preliminary decision sent; hearing scheduled',
    HEARING_HELD: 'Hearing held',
    TEST_TAKEN: 'Test taken',
    INTERVIEW_HELD: 'Interview held',
    COMMISSION_DECIDED: 'Commission decided',
    RESULT_ISSUED: 'Result issued',
    REFUSED: 'Refused',
    WITHDRAWN: 'Withdrawn by the applicant',
    // licence area (issue 9)
    WAITING_FOR_STATE_SYSTEM: 'Waiting for a state information system (asked again automatically)',
    STATE_SYSTEMS_CHECKED: 'Checked against the state information systems',
    TEST_STARTED: 'Test started', // attestation (issue 9)
    CANDIDATE_SUSPENDED: 'Suspended for using aids', // attestation (issue 9)
    DID_NOT_SHOW_UP: 'Did not show up', // attestation (issue 9)
    MINUTES_SIGNED: 'Minutes signed', // attestation (issue 9)
    LICENCE_APPLICATION_CONTINUED: 'Licence application continued', // attestation (issue 9)
  } satisfies Record<E.ApplicationStageKind, string>,
  assignmentKind: {
    INITIAL: 'First appointment',
    REDISTRIBUTION: 'Redistribution: the previous bailiff can no longer act',
    REPLACEMENT: 'Replacement after a confirmed breach of duty',
    TERRITORIAL_FORWARD: 'Forwarded by territorial jurisdiction',
  } satisfies Record<E.AssignmentKind, string>,
  assignmentRule: {
    CONSOLIDATED_WITH_DEBTOR: 'Joined to an open case against the same debtor',
    LOWEST_LOAD: 'Lowest load',
    LOWEST_LOAD_TIE_DRAW: 'Lowest load, tie drawn by the seed',
  } satisfies Record<E.AssignmentRule, string>,
  availabilityKind: {
    LEAVE: 'Leave',
    SICKNESS: 'Sickness',
    SUSPENSION: 'Suspension',
    PAUSE: 'Pause in distribution',
  } satisfies Record<E.AvailabilityKind, string>,
  breachAuthority: {
    CHAMBER: 'Disciplinary commission of the chamber',
    COURT: 'Court',
  } satisfies Record<E.BreachAuthority, string>,
  calendarCorrectionKind: {
    HOLIDAY: 'Day off',
    WORKING_DAY: 'Working day',
  } satisfies Record<E.CalendarCorrectionKind, string>,
  chamberQueueStatus: {
    AWAITING_ORIGINAL: 'Awaiting the original',
    AWAITING_ASSIGNMENT: 'Ready to assign',
  } satisfies Record<E.ChamberQueueStatus, string>,
  channel: {
    PORTAL: 'E-government portal',
    JUSTICE_OFFICE: 'Territorial justice body',
    STATE_CORPORATION: 'State Corporation “Government for Citizens”',
  } satisfies Record<E.Channel, string>,
  claimCategory: {
    PRIVATE_CLAIM: 'In favour of an individual or a legal entity',
    ALIMONY: 'Alimony',
    STATE_CLAIM: 'In favour of the state',
    NON_PROPERTY: 'Non-property decision',
  } satisfies Record<E.ClaimCategory, string>,
  dayReason: {
    WEEKDAY: 'Working day',
    WEEKEND: 'Weekend',
    PUBLIC_HOLIDAY: 'Public holiday',
    SUBSTITUTE_DAY_OFF: 'Day off moved from a holiday',
    CORRECTION_HOLIDAY: 'Day off by a government transfer',
    CORRECTION_WORKING_DAY: 'Working day by a government transfer',
  } satisfies Record<E.DayReason, string>,
  documentCategory: {
    PRIVATE_CLAIM: 'In favour of an individual or a legal entity',
    ALIMONY: 'Alimony',
    STATE_CLAIM_SMALL: 'In favour of the state, up to 4.3 million tenge',
    STATE_CLAIM_LARGE: 'In favour of the state, above 4.3 million tenge',
    NON_PROPERTY: 'Non-property decision',
  } satisfies Record<E.DocumentCategory, string>,
  documentRouting: {
    CHAMBER: 'Chamber of Private Bailiffs',
    STATE_BAILIFF: 'State bailiff',
  } satisfies Record<E.DocumentRouting, string>,
  documentStatus: {
    AWAITING_ORIGINAL: 'Awaiting the original',
    AWAITING_ASSIGNMENT: 'In the queue for a bailiff',
    ASSIGNED: 'Bailiff appointed',
    WITH_STATE_BAILIFF: 'With a state bailiff',
    CLOSED: 'Enforcement ended',
  } satisfies Record<E.DocumentStatus, string>,
  enforcementDocumentKind: {
    APPLICATION_FORM: 'Application to initiate enforcement proceedings (Annex 2)',
    WRIT_REQUEST: 'Application to issue and send the writ of execution (Annex 3)',
    EXECUTIVE_DOCUMENT: 'The executive document',
    IDENTITY_DOCUMENT: 'An identity document, or a digital document released by one-time password',
    DIGITAL_IDENTITY_OTP: 'A digital identity document released by one-time password',
    POWER_OF_ATTORNEY: 'The representative’s power of attorney',
  } satisfies Record<E.EnforcementDocumentKind, string>,
  exclusionReason: {
    LICENCE_INVALID: 'No valid licence',
    SUSPENDED: 'Suspended',
    ABSENT: 'On leave or sick',
    PAUSED: 'Distribution paused',
    NOT_COMPETENT: 'Not competent for the district',
    CONFLICT_OF_INTEREST: 'Conflict of interest with a party',
    EXPELLED: 'Expelled from the chamber',
  } satisfies Record<E.ExclusionReason, string>,
  inspectionGround: {
    APPEAL_OF_PERSON: 'Appeal of an individual or a legal entity',
    APPEAL_OF_STATE_BODY: 'Appeal of a state body',
    CONTROL_OF_RECOMMENDATIONS: 'Control of the fulfilment of recommendations',
    MEDIA_REPORT: 'Report in the media',
    MONITORING_FINDINGS: 'Findings of monitoring',
    PLAN: 'Semi-annual plan',
  } satisfies Record<E.InspectionGround, string>,
  inspectionKind: {
    SCHEDULED: 'Scheduled',
    UNSCHEDULED: 'Unscheduled',
  } satisfies Record<E.InspectionKind, string>,
  inspectionStatus: {
    PLANNED: 'Planned',
    NOTIFIED: 'Notice sent',
    IN_PROGRESS: 'In progress',
    SUSPENDED: 'Suspended',
    DRAFT_CERTIFICATE_SENT: 'Draft certificate sent',
    COMPLETED: 'Completed',
    INVALID: 'Invalid',
  } satisfies Record<E.InspectionStatus, string>,
  licenceBasis: {
    ATTESTATION: 'Attestation',
    LABOUR_RECORD: 'Length of service',
  } satisfies Record<E.LicenceBasis, string>,
  licenceStatus: {
    ACTIVE: 'Valid',
    SUSPENDED: 'Suspended',
    REVOKED: 'Revoked',
    TERMINATED: 'Terminated',
    REISSUED: 'Reissued',
  } satisfies Record<E.LicenceStatus, string>,
  measureKind: {
    ATTACH_MOVABLES: 'Attachment of movable property held by the debtor',
    ATTACH_MOVABLES_THIRD_PARTY: 'Attachment of movable property held by a third party',
    ATTACH_IMMOVABLES: 'Attachment of immovable property',
    ATTACH_EARNINGS: 'Attachment of earnings',
    ATTACH_FUNDS_OWED: 'Attachment of funds owed to the debtor',
    ATTACH_INTANGIBLES: 'Attachment of intangible assets',
    ATTACH_VEHICLE: 'Attachment of a vehicle',
    ATTACH_SHIP: 'Attachment of a ship',
    ATTACH_AIRCRAFT: 'Attachment of an aircraft',
    ATTACH_CROPS: 'Attachment of crops',
    ATTACH_SAFE_CONTENTS: 'Attachment of the contents of a safe',
    EVICTION: 'Eviction',
    HANDOVER_OF_CHILD: 'Handing over of a child',
    PROVISIONAL_MEASURE: 'Provisional measure or security',
    E_AUCTION: 'Electronic auction',
    DISTRIBUTION_OF_PROCEEDS: 'Distribution of proceeds to creditors',
  } satisfies Record<E.MeasureKind, string>,
  policyPeriod: {
    CALENDAR_YEAR: 'Calendar year',
    ROLLING_365_DAYS: 'Last 365 days',
  } satisfies Record<E.PolicyPeriod, string>,
  proceedingDecision: {
    INITIATE: 'Initiate the proceedings',
    REFUSE: 'Refuse to initiate',
  } satisfies Record<E.ProceedingDecision, string>,
  proceedingRefusalGround: {
    UNRELIABLE_DATA: 'The documents submitted, or the data in them, are unreliable',
    ARTICLE_38_NONCOMPLIANCE: 'The documents do not meet article 38 of the Law on Enforcement Proceedings',
  } satisfies Record<E.ProceedingRefusalGround, string>,
  proceedingStatus: {
    AWAITING_DECISION: 'Awaiting decision',
    INITIATED: 'Initiated',
    REFUSED: 'Initiation refused',
    COMPLETED: 'Enforced',
    TERMINATED: 'Terminated',
  } satisfies Record<E.ProceedingStatus, string>,
  regionKind: {
    CITY: 'City of republican significance',
    REGION: 'Region',
  } satisfies Record<E.RegionKind, string>,
  serviceKind: {
    ATTESTATION: 'Attestation of a private-bailiff candidate',
    ATTESTATION_AND_LICENCE: 'Attestation and private-bailiff licence',
    ENFORCEMENT_INITIATION: 'Initiation of enforcement proceedings',
    LICENCE: 'Private-bailiff licence',
    LICENCE_REISSUE: 'Reissue of the private-bailiff licence',
  } satisfies Record<E.ServiceKind, string>,
  auditProblem: {
    ANCHOR_MISMATCH: 'The anchored head does not match the chain',
    ANCHOR_SIGNATURE: 'An anchor is not signed by the platform key',
    HASH_MISMATCH: 'A record’s hash does not match its content',
    HEAD_MISMATCH: 'The stream’s head does not match its last record',
    PREV_MISMATCH: 'A record does not link to the previous one',
    SEQ_GAP: 'A record is missing from the sequence',
  } satisfies Record<E.AuditProblem, string>,
  // licence area (issue 9)
  stateSystem: {
    IDENTITY: 'Identity documents',
    INDIVIDUALS: '“Individuals” database: changes of name',
    CRIMINAL_RECORD: 'Criminal records',
    CORRUPTION_OFFENCES: 'Corruption offences',
    NEGATIVE_DISMISSALS: 'Dismissals for negative reasons',
    LICENCE_DEPRIVATION: 'Earlier deprivation of the licence',
    MENTAL_HEALTH_REGISTER: 'Mental-health register',
    NARCOLOGY_REGISTER: 'Narcology register',
    PAYMENT_GATEWAY: 'E-gov payment gateway',
  } satisfies Record<E.StateSystem, string>,
  stateQueryStatus: {
    ANSWERED: 'Answered',
    WAITING: 'Waiting for the system',
  } satisfies Record<E.StateQueryStatus, string>,
  signedDocumentKind: {
    LICENCE: 'Licence',
    PRELIMINARY_DECISION: 'Preliminary decision and notice of hearing',
    REFUSAL: 'Reasoned refusal',
    INCOMPLETE_REFUSAL: 'Refusal: incomplete package',
    ATTESTATION_DECISION: 'Attestation decision',
    HEARING_RECORD: 'Record of the hearing',
  } satisfies Record<E.SignedDocumentKind, string>,
  documentProblem: {
    NOT_FOUND: 'No such document',
    HASH_MISMATCH: 'The content was changed after signing',
    BAD_SIGNATURE: 'The signature does not verify',
    UNKNOWN_KEY: 'Signed with a key the platform never had',
    QR_MISMATCH: 'The QR code belongs to another version of the document',
  } satisfies Record<E.DocumentProblem, string>,
  hearingDecision: {
    REFUSE: 'Refuse',
    RECONSIDER: 'Withdraw the preliminary decision',
  } satisfies Record<E.HearingDecision, string>,
  // attestation (issue 9)
  attestationSessionStatus: {
    ANNOUNCED: 'Announced',
    HELD: 'Held',
    MINUTES_SIGNED: 'Minutes signed',
  } satisfies Record<E.AttestationSessionStatus, string>,
  testLanguage: {
    KK: 'Kazakh',
    RU: 'Russian',
  } satisfies Record<E.TestLanguage, string>,
  commissionVoteValue: {
    PASS: 'Passed',
    FAIL: 'Not passed',
  } satisfies Record<E.CommissionVoteValue, string>,
  attestationDeadlineKind: {
    APPLICATIONS_CLOSE: 'Last day to apply',
    REGISTRATION: 'Registration',
    COMPLETENESS_CHECK: 'Completeness check',
    HEARING_NOTICE: 'Hearing notice, at the latest',
    HEARING: 'Hearing',
    SIGNING: 'Signing of the result',
    SERVICE_PERIOD: 'End of the service period',
  } satisfies Record<E.AttestationDeadlineKind, string>,
 userErrorCode: {
    INVALID_INPUT: 'Invalid input',
    NOT_FOUND: 'Not found',
    FORBIDDEN: 'Not allowed',
    CONFLICT: 'Conflicts with the current data',
    INVALID_STATE: 'Not possible in the current state',
    INVALID_TRANSITION: 'This change of status is not allowed',
    DEADLINE_PASSED: 'The deadline has passed',
    UNKNOWN_USER: 'Unknown user',
    NO_ELIGIBLE_BAILIFF: 'No private bailiff can take this case now',
  } satisfies Record<E.UserErrorCode, string>,
};

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
  },
  enforcement: {
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
  proceeding: {
    initiateWithGround: 'A decision to initiate has no ground for refusal.',
  },
  measure: {
    beforeInitiation: 'A measure cannot precede the initiation of the proceedings ({{initiatedOn}}).',
  },
};

export const en = {
  brand: {
    name: 'Oryndau',
    tagline: 'Enforcement proceedings services',
    home: 'Oryndau: home page',
  },
  common: {
    loading: 'Loading…',
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
