// The read rules as data: for every object type of the schema, its fields grouped as PUBLIC, INTERNAL or
// PERSONAL; for every role (and the anonymous visitor) and every relationship between that role and a record,
// how much of the record is visible. `access.ts` turns a cell into Prisma filters (one query per type per
// request, batched), `schema/record-auth.ts` applies the field groups, and `test/access-matrix.test.ts` is
// generated from this file: it signs in as every role and checks every cell through `node`, `nodes` and edges.
import type { Role } from '@oryndau/db';

/** How much of a record is visible; each level includes the ones before it. */
export const LEVELS = ['NONE', 'PUBLIC', 'INTERNAL', 'PERSONAL'] as const;
export type Level = (typeof LEVELS)[number];
export const rank = (l: Level) => LEVELS.indexOf(l);

/**
 * How a record relates to the viewer, most specific first; a record takes the first that holds.
 * OWN: the viewer's own (their application, their user, the bailiff they are); ASSIGNED_NOW: a case assigned to
 * them now; ASSIGNED_ONCE: a case that was assigned to them and moved away; SAME_BODY: the body they work for
 * handles it (their chamber, the region's state bailiffs or justice office, the commission, Ministry licensing);
 * SAME_REGION: of their region but not their body's; OTHER: anything else.
 */
export const RELATIONSHIPS = ['OWN', 'ASSIGNED_NOW', 'ASSIGNED_ONCE', 'SAME_BODY', 'SAME_REGION', 'OTHER'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export type RoleKey = Role | 'ANONYMOUS';
export const ROLE_KEYS: RoleKey[] = [
  'ANONYMOUS', 'APPLICANT', 'JUSTICE_OFFICER', 'STATE_BAILIFF', 'COMMISSION_MEMBER', 'LICENSING_OFFICER',
  'CHAMBER_OFFICIAL', 'PRIVATE_BAILIFF', 'MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR', 'MINISTRY_ADMIN',
  // legal assistance (issue 12, area: legal)
  'COURT_OFFICER', 'JUDICIAL_DEPARTMENT_OFFICER',
];

/** Field groups of a type. A field not named here is PUBLIC when the type has public fields, else INTERNAL. */
export interface FieldGroups {
  public: string[];
  internal: string[];
  personal: string[];
  /** types without an id of their own: visible exactly when the record they hang from is */
  partOf?: string;
}

export const FIELD_GROUPS = {
  Region: { public: ['code', 'kind', 'nameKk', 'nameRu', 'nameEn', 'districts', 'chamber'], internal: [], personal: [] },
  EnforcementDistrict: { public: ['code', 'nameKk', 'nameRu', 'nameEn', 'region'], internal: [], personal: [] },
  Chamber: {
    public: ['name', 'region', 'bailiffs', 'viewerIsOfficial'],
    internal: ['queue', 'assignments', 'evenness', 'policy', 'admissibleLicences'], // admit: admissibleLicences
    personal: [],
  },
  Licence: { public: ['number', 'status', 'basis', 'activity', 'licensor', 'placeOfIssue', 'issuedAt', 'suspendedAt', 'revokedAt'], internal: [], personal: [] },
  PrivateBailiff: {
    public: ['name', 'office', 'isChamberHead', 'memberSince', 'chamber', 'licence', 'districts'],
    internal: ['availability', 'breachDecisions', 'inspections', 'openCaseCount', 'assignedThisYear'],
    personal: [],
  },
  User: { public: [], internal: ['displayName', 'login', 'locale'], personal: ['roles'] },
  ServiceApplication: {
    public: [],
    internal: ['number', 'kind', 'channel', 'status', 'receivedAt', 'registeredAt', 'dueOn', 'decidedAt', 'overdue', 'refusalGrounds', 'missingDocuments', 'executiveDocument', 'refusalReason', 'stages', 'createdAt'],
    personal: ['form', 'applicant'],
  },
  ExecutiveDocument: {
    public: [],
    internal: ['court', 'caseNumber', 'issuedOn', 'category', 'amountTenge', 'claimantName', 'debtorName', 'district', 'routing', 'status', 'receivedAt', 'originalReceivedAt', 'application', 'proceeding', 'currentAssignment', 'assignments', 'viewerCanMarkOriginalReceived', 'viewerCanAssign'],
    personal: ['claimantIdNumber', 'debtorIdNumber', 'debtorAddress'],
  },
  EnforcementProceeding: {
    public: [],
    internal: ['number', 'status', 'registeredAt', 'decisionDueOn', 'decisionOverdue', 'decidedLate', 'decidedAt', 'refusalGround', 'refusalReason', 'document', 'bailiff', 'measures', 'viewerCanDecide', 'viewerCanRecordMeasure'],
    personal: [],
  },
  Assignment: {
    public: [],
    internal: ['sequence', 'kind', 'document', 'bailiff', 'chamber', 'policy', 'reason', 'seed', 'previousHash', 'hash', 'assignedAt', 'endedAt', 'endReason', 'active', 'pool', 'leftOutBailiff', 'rule', 'tiedCount'],
    personal: [],
  },
  BreachDecision: { public: [], internal: ['authority', 'number', 'decidedOn', 'effectiveOn', 'summary', 'bailiff'], personal: [] },
  // complaints (issue 10): the complaint's text and the complainant are personal; the rest is the handlers'
  Complaint: {
    public: [],
    internal: ['number', 'about', 'addressee', 'status', 'stage', 'item', 'registeredAt', 'dueOn', 'originalDueOn', 'extended', 'extensionGround', 'extensionDays', 'extendedAt', 'extensionNotifyBy', 'extensionNotifiedAt', 'extensionNotice', 'extensionReason', 'decidedAt', 'decidedOnTime', 'decisionReasons', 'outcome', 'overdue', 'application', 'proceeding', 'stages', 'proposals', 'handledBy', 'viewerCanExtend', 'viewerCanDecide', 'viewerCanDirectProposal', 'viewerCanWithdraw', 'viewerIsComplainant'],
    personal: ['subject', 'text', 'complainant', 'complainantName', 'documents'],
  },
  ComplaintStage: { public: [], internal: ['stage', 'status', 'at', 'actorRole', 'note'], personal: [], partOf: 'Complaint' },
  ComplaintItem: { public: [], internal: ['applicationNumber', 'serviceKind', 'channel', 'applicationStatus', 'registeredAt', 'dueOn', 'overdue', 'refusalReason', 'stages', 'proceedingNumber', 'proceedingStatus', 'decisionDueOn', 'decisionOverdue', 'bailiffName', 'bailiffOffice'], personal: [], partOf: 'Complaint' },
  ComplaintItemStage: { public: [], internal: ['stage', 'at', 'actorRole'], personal: [], partOf: 'Complaint' },
  ComplaintProposal: { public: [], internal: ['id', 'text', 'directedAt', 'dueOn', 'status', 'checkedAt', 'checkNote', 'overdue', 'viewerCanCheck'], personal: [], partOf: 'Complaint' },
  Inspection: { public: [], internal: ['kind', 'ground', 'status', 'subjectName', 'subjectBailiff', 'reason', 'startsOn', 'endsOn', 'findings', 'breachFound'], personal: [] },
  // parts of a record: visible with it
  RoleGrant: { public: [], internal: ['role', 'region', 'chamber'], personal: [], partOf: 'User' },
  ApplicationStage: { public: [], internal: ['status', 'stage', 'actorRole', 'at', 'note'], personal: [], partOf: 'ServiceApplication' },
  EnforcementMeasure: { public: [], internal: ['id', 'kind', 'description', 'amountTenge', 'takenOn'], personal: [], partOf: 'EnforcementProceeding' },
  BailiffAvailability: { public: [], internal: ['id', 'kind', 'startsOn', 'endsOn', 'reason'], personal: [], partOf: 'PrivateBailiff' },
  AssignmentPolicy: { public: [], internal: ['version', 'config', 'activeFrom'], personal: [], partOf: 'Chamber' },
  AssignmentPoolEntry: { public: [], internal: ['bailiff', 'count', 'weight', 'eligible', 'exclusions', 'chosen'], personal: [], partOf: 'Assignment' },
  AssignmentVerification: { public: [], internal: ['ok', 'problems', 'explanation', 'assignment', 'recomputedBailiff'], personal: [], partOf: 'Assignment' },
  EvennessReport: { public: [], internal: ['year', 'rows', 'all', 'receiving', 'assignmentsChecked', 'failed'], personal: [], partOf: 'Chamber' },
  EvennessRow: { public: [], internal: ['bailiff', 'name', 'count', 'canReceiveNow'], personal: [], partOf: 'Chamber' },
  CountSpread: { public: [], internal: ['min', 'max', 'spread', 'mean', 'stddev'], personal: [], partOf: 'Chamber' },
  // reference data anyone reads
  CalendarDay: { public: ['date', 'working', 'reason', 'name'], internal: [], personal: [] },
  CalendarCorrection: { public: ['date', 'kind', 'name', 'createdAt'], internal: [], personal: [] },
  RegistrationPreview: { public: ['registeredOn', 'registeredAt', 'periodStartsAfter', 'afterHours'], internal: [], personal: [] },
  // attestation (issue 9): announced sessions are public (A1); their candidates are reached through
  // ServiceApplication edges (filtered by its cells), the attestation side of an application is its `attestation`
  // field (INTERNAL like the rest of the application)
  AttestationSession: {
    public: ['region', 'heldAt', 'heldOn', 'place', 'applicationsCloseOn', 'status', 'open', 'commission', 'candidateCount', 'applications', 'minutes', 'viewerCanApply', 'viewerIsStaff', 'viewerCanSignMinutes'],
    internal: [],
    personal: [],
  },
  // legal assistance (issue 12, area: legal): courts, departments, states and treaties are reference data; an
  // order's persons, what is asked and what was found are personal; its stages and deadlines internal
  Court: { public: ['code', 'nameKk', 'nameRu', 'nameEn', 'department'], internal: [], personal: [] },
  JudicialDepartment: { public: ['code', 'kind', 'nameKk', 'nameRu', 'nameEn', 'courts'], internal: [], personal: [] },
  ForeignState: { public: ['code', 'nameKk', 'nameRu', 'nameEn', 'languages', 'treaties'], internal: [], personal: [] },
  LegalAssistanceTreaty: { public: ['code', 'titleKk', 'titleRu', 'titleEn', 'concludedOn', 'acceptedLanguages', 'executionMonths', 'directCommunication', 'parties'], internal: [], personal: [] },
  IncomingOrder: {
    public: [],
    internal: ['number', 'status', 'receivedBy', 'department', 'requestingState', 'treaty', 'requestingCourt', 'foreignCaseNumber', 'language', 'hasTranslation', 'court', 'previousCourt', 'receivedOn', 'departmentDueOn', 'courtReceivedOn', 'executionDueOn', 'forwardDueOn', 'forwardedOn', 'authorityInformDueOn', 'authorityInformedOn', 'executedOn', 'outcome', 'resultReceivedOn', 'resultDueOn', 'sentBackOn', 'resultDocuments', 'overdue', 'deadlines', 'stages', 'createdAt', 'viewerCanForward', 'viewerCanRecordExecution', 'viewerCanSendResult'],
    personal: ['caseName', 'persons', 'request', 'result'],
  },
  OutgoingOrder: {
    public: [],
    internal: ['number', 'status', 'court', 'department', 'requestedState', 'treaty', 'requestedInstitution', 'caseNumber', 'language', 'translationLanguage', 'hearingOn', 'latestSendOn', 'sentOn', 'departmentDueOn', 'departmentReturnReason', 'sentAbroadOn', 'answeredOn', 'answerExecuted', 'attachments', 'overdue', 'deadlines', 'stages', 'createdAt', 'viewerCanSend', 'viewerCanHandle'],
    personal: ['caseName', 'plaintiff', 'defendant', 'persons', 'request', 'recipientAddress', 'documentToServe', 'answer'],
  },
  RecognitionPetition: {
    public: [],
    internal: ['number', 'status', 'court', 'department', 'state', 'treaty', 'foreignCourt', 'foreignCaseNumber', 'judgmentDate', 'entryIntoForceOn', 'filingDueOn', 'filedOn', 'late', 'periodRestored', 'category', 'decidedOn', 'decisionNumber', 'executiveDocument', 'overdue', 'deadlines', 'stages', 'createdAt', 'viewerCanDecide', 'viewerCanEnforce'],
    personal: ['petitionerName', 'petitionerIdNumber', 'petitionerAddress', 'debtorName', 'debtorIdNumber', 'debtorAddress', 'amountTenge', 'subject', 'restorationReason', 'decisionReason'],
  },
  // state quality control (issue 10; Q1): the subjects are public reference data; the plan and the records it
  // is built from (art. 465 fines — an official's name —, monitoring recommendations) are the inspectors'
  ServiceProvider: { public: ['code', 'kind', 'nameKk', 'nameRu', 'nameEn', 'location', 'serviceKinds', 'channels', 'viewerCanKeepPlanRecords'], internal: ['fines', 'monitoringRecommendations'], personal: [] },
  InspectionPlan: { public: [], internal: ['year', 'half', 'approvalDueOn', 'approvedAt', 'approvedLate', 'inspections', 'viewerCanApprove'], personal: [] },
  ProviderFine: { public: [], internal: ['provider', 'article', 'official', 'decidedOn', 'amountTenge', 'note', 'createdAt'], personal: [] },
  MonitoringRecommendation: { public: [], internal: ['provider', 'text', 'issuedOn', 'dueOn', 'implementedOn', 'state', 'viewerCanRecordImplementation', 'createdAt'], personal: [] },
  LegalAssistanceStage: { public: [], internal: ['stage', 'status', 'actorRole', 'at', 'on', 'dueOn', 'rule', 'note'], personal: [], partOf: 'IncomingOrder' },
  LegalAssistanceDeadline: { public: [], internal: ['kind', 'rule', 'dueOn', 'metOn', 'overdue', 'late'], personal: [], partOf: 'IncomingOrder' },
} satisfies Record<string, FieldGroups>;

export type MatrixType = keyof typeof FIELD_GROUPS;
/** The types with an id (reached through `node`), whose cells the matrix holds. */
export const NODE_TYPES = ['Region', 'EnforcementDistrict', 'Chamber', 'Licence', 'PrivateBailiff', 'User', 'ServiceApplication', 'ExecutiveDocument', 'EnforcementProceeding', 'Assignment', 'BreachDecision', 'Inspection', 'AttestationSession',
  // legal assistance (issue 12, area: legal)
  'Court', 'JudicialDepartment', 'ForeignState', 'LegalAssistanceTreaty', 'IncomingOrder', 'OutgoingOrder', 'RecognitionPetition',
  // complaints (issue 10)
  'Complaint',
  // state quality control (issue 10; Q1)
  'ServiceProvider', 'InspectionPlan', 'ProviderFine', 'MonitoringRecommendation'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * The matrix. Each cell: `RELATIONSHIP:LEVEL`, with `-` none, `U` public, `I` internal, `P` personal. A
 * relationship not listed does not exist between that role and that type (e.g. nothing is ever "assigned" to
 * an applicant). Levels never grow from a more specific relationship to a less specific one.
 *
 * Notes on the choices:
 * - the register of bailiffs, licences, regions, districts and chambers' names is public, to anyone;
 *   bailiffs' case counts, availability, breaches and inspections are their chamber's (and inspectors');
 * - a state bailiff reads the documents routed to state bailiffs in their region (and those whose proceedings
 *   they hold), never the Chamber's; a justice officer reads the applications (and documents) their office
 *   registered: received on paper (justice office or State Corporation) for their region;
 * - a bailiff whose case moved away keeps what the law makes theirs to keep: their own assignment record, the
 *   case's number, court, dates and the proceeding's measures (what they did, for their records and any
 *   liability); no longer the parties' IIN/BIN and address, nor the claimant's application form;
 * - a chamber official reads their own chamber's breach decisions and inspections only;
 * - Ministry and quality-control inspectors read everything, personal data included: their reads are logged;
 * - users (login, roles) are visible to themselves and to inspectors only.
 */
const CELLS: Record<NodeType, Record<RoleKey, string>> = {
  Region: everyone('OTHER:U'),
  AttestationSession: everyone('OTHER:U'), // attestation (issue 9): announced sessions are public (A1)
  EnforcementDistrict: everyone('OTHER:U'),
  Licence: everyone('OTHER:U'),
  Chamber: {
    ...everyone('OTHER:U'),
    CHAMBER_OFFICIAL: 'SAME_BODY:I OTHER:U',
    PRIVATE_BAILIFF: 'SAME_BODY:U OTHER:U',
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  PrivateBailiff: {
    ...everyone('OTHER:U'),
    CHAMBER_OFFICIAL: 'SAME_BODY:I OTHER:U',
    PRIVATE_BAILIFF: 'OWN:I SAME_BODY:U OTHER:U',
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  User: {
    ...everyone('OWN:P OTHER:-'),
    ANONYMOUS: 'OTHER:-',
    MINISTRY_INSPECTOR: 'OWN:P OTHER:P',
    QUALITY_INSPECTOR: 'OWN:P OTHER:P',
  },
  ServiceApplication: {
    ...everyone('OTHER:-'),
    APPLICANT: 'OWN:P OTHER:-',
    JUSTICE_OFFICER: 'SAME_BODY:P SAME_REGION:- OTHER:-',
    STATE_BAILIFF: 'ASSIGNED_NOW:P SAME_BODY:P SAME_REGION:- OTHER:-',
    COMMISSION_MEMBER: 'SAME_BODY:P SAME_REGION:- OTHER:-',
    LICENSING_OFFICER: 'SAME_BODY:P OTHER:-',
    CHAMBER_OFFICIAL: 'SAME_BODY:P SAME_REGION:- OTHER:-',
    PRIVATE_BAILIFF: 'ASSIGNED_NOW:P ASSIGNED_ONCE:- SAME_BODY:- SAME_REGION:- OTHER:-',
    MINISTRY_INSPECTOR: 'OTHER:P',
    QUALITY_INSPECTOR: 'OTHER:P',
  },
  ExecutiveDocument: {
    ...everyone('OTHER:-'),
    APPLICANT: 'OWN:P OTHER:-',
    JUSTICE_OFFICER: 'SAME_BODY:P SAME_REGION:- OTHER:-',
    STATE_BAILIFF: 'ASSIGNED_NOW:P SAME_BODY:P SAME_REGION:- OTHER:-',
    CHAMBER_OFFICIAL: 'SAME_BODY:P SAME_REGION:- OTHER:-',
    PRIVATE_BAILIFF: 'ASSIGNED_NOW:P ASSIGNED_ONCE:I SAME_BODY:- SAME_REGION:- OTHER:-',
    MINISTRY_INSPECTOR: 'OTHER:P',
    QUALITY_INSPECTOR: 'OTHER:P',
  },
  EnforcementProceeding: {
    ...everyone('OTHER:-'),
    APPLICANT: 'OWN:I OTHER:-',
    JUSTICE_OFFICER: 'SAME_BODY:I SAME_REGION:- OTHER:-',
    STATE_BAILIFF: 'ASSIGNED_NOW:I SAME_BODY:I SAME_REGION:- OTHER:-',
    CHAMBER_OFFICIAL: 'SAME_BODY:I SAME_REGION:- OTHER:-',
    PRIVATE_BAILIFF: 'ASSIGNED_NOW:I ASSIGNED_ONCE:I SAME_BODY:- SAME_REGION:- OTHER:-',
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  Assignment: {
    ...everyone('OTHER:-'),
    APPLICANT: 'OWN:I OTHER:-',
    CHAMBER_OFFICIAL: 'SAME_BODY:I OTHER:-',
    PRIVATE_BAILIFF: 'ASSIGNED_NOW:I ASSIGNED_ONCE:I SAME_BODY:- OTHER:-',
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  BreachDecision: {
    ...everyone('OTHER:-'),
    CHAMBER_OFFICIAL: 'SAME_BODY:I OTHER:-',
    PRIVATE_BAILIFF: 'OWN:I SAME_BODY:- OTHER:-',
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  Inspection: {
    ...everyone('OTHER:-'),
    CHAMBER_OFFICIAL: 'SAME_BODY:I OTHER:-',
    PRIVATE_BAILIFF: 'OWN:I SAME_BODY:- OTHER:-',
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  // legal assistance (issue 12, area: legal). Only the staff of the courts and departments concerned see an
  // order in full: the court that executes it (or forwarded it), the Department that handles it and the body
  // that received it; an applicant sees their own petition. Inspectors see stages, deadlines and outcomes
  // (the dashboards' figures), never the persons or what is asked.
  Court: everyone('OTHER:U'),
  JudicialDepartment: everyone('OTHER:U'),
  ForeignState: everyone('OTHER:U'),
  LegalAssistanceTreaty: everyone('OTHER:U'),
  IncomingOrder: {
    ...everyone('OTHER:-'),
    COURT_OFFICER: 'SAME_BODY:P OTHER:-',
    JUDICIAL_DEPARTMENT_OFFICER: 'SAME_BODY:P OTHER:-',
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  OutgoingOrder: {
    ...everyone('OTHER:-'),
    COURT_OFFICER: 'SAME_BODY:P OTHER:-',
    JUDICIAL_DEPARTMENT_OFFICER: 'SAME_BODY:P OTHER:-',
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  RecognitionPetition: {
    ...everyone('OTHER:-'),
    APPLICANT: 'OWN:P OTHER:-',
    COURT_OFFICER: 'SAME_BODY:P OTHER:-',
    JUDICIAL_DEPARTMENT_OFFICER: 'SAME_BODY:P OTHER:-',
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  // complaints (issue 10): the complainant and the staff of the body it is addressed to (C1); Ministry
  // inspectors read every complaint; another body's staff — the quality-control body's included — nothing
  Complaint: {
    ...everyone('OTHER:-'),
    APPLICANT: 'OWN:P OTHER:-',
    JUSTICE_OFFICER: 'SAME_BODY:P OTHER:-',
    LICENSING_OFFICER: 'SAME_BODY:P OTHER:-',
    CHAMBER_OFFICIAL: 'SAME_BODY:P OTHER:-',
    MINISTRY_INSPECTOR: 'SAME_BODY:P OTHER:P',
    QUALITY_INSPECTOR: 'SAME_BODY:P OTHER:-',
  },
  // state quality control (issue 10; Q1): the subjects are public; the plan and its records inspectors' only
  ServiceProvider: {
    ...everyone('OTHER:U'),
    MINISTRY_INSPECTOR: 'OTHER:I',
    QUALITY_INSPECTOR: 'OTHER:I',
  },
  InspectionPlan: inspectorsOnly(),
  ProviderFine: inspectorsOnly(),
  MonitoringRecommendation: inspectorsOnly(),
};

function inspectorsOnly(): Record<RoleKey, string> {
  return { ...everyone('OTHER:-'), MINISTRY_INSPECTOR: 'OTHER:I', QUALITY_INSPECTOR: 'OTHER:I' };
}

function everyone(cell: string): Record<RoleKey, string> {
  return Object.fromEntries(ROLE_KEYS.map((r) => [r, cell])) as Record<RoleKey, string>;
}

const LETTER: Record<string, Level> = { '-': 'NONE', U: 'PUBLIC', I: 'INTERNAL', P: 'PERSONAL' };

export type Cells = Partial<Record<Relationship, Level>>;
/** The matrix, parsed: MATRIX[type][role][relationship] = level (absent: the relationship does not exist). */
export const MATRIX: Record<NodeType, Record<RoleKey, Cells>> = Object.fromEntries(
  NODE_TYPES.map((type) => [
    type,
    Object.fromEntries(
      ROLE_KEYS.map((role) => [
        role,
        Object.fromEntries(
          CELLS[type][role].split(/\s+/).map((c) => {
            const [rel, letter] = c.split(':') as [Relationship, string];
            if (!RELATIONSHIPS.includes(rel) || !LETTER[letter]) throw new Error(`access matrix: bad cell ${type}/${role}: ${c}`);
            return [rel, LETTER[letter]];
          }),
        ),
      ]),
    ),
  ]),
) as never;

/** The group of a field of a type. */
export function fieldGroup(type: string, field: string): 'PUBLIC' | 'INTERNAL' | 'PERSONAL' | null {
  const g = (FIELD_GROUPS as Record<string, FieldGroups>)[type];
  if (!g || field === 'id' && !g.partOf) return null;
  if (g.personal.includes(field)) return 'PERSONAL';
  if (g.internal.includes(field)) return 'INTERNAL';
  if (g.public.includes(field)) return 'PUBLIC';
  return g.public.length ? 'PUBLIC' : 'INTERNAL';
}

/** The least level at which a record of the type is visible at all. */
export function visibleFrom(type: NodeType): Level {
  return FIELD_GROUPS[type].public.length ? 'PUBLIC' : 'INTERNAL';
}

/** The number of cells (role × type × relationship that exists). */
export function cellCount(): number {
  return NODE_TYPES.reduce((n, t) => n + ROLE_KEYS.reduce((m, r) => m + Object.keys(MATRIX[t][r]).length, 0), 0);
}

// ---------------------------------------------------------------- licence area (issue 9)
// The signed documents, the state systems' answers and the hearings of an application are personal (a licence
// holds the IIN; the registers' answers are about the person): visible to whoever may read the application whole.
FIELD_GROUPS.ServiceApplication.personal.push('documents', 'stateQueries', 'hearings');
FIELD_GROUPS.ServiceApplication.personal.push('payments', 'suggestedRefusalGrounds');
FIELD_GROUPS.ServiceApplication.internal.push('viewerCanSendPreliminaryDecision', 'deadlines', 'feeTenge', 'feePaid', 'issuedLicence', 'viewerCanPayFee', 'viewerCanCheckCompleteness', 'viewerCanIssueLicence');
FIELD_GROUPS.Licence.public.push('holderName', 'previousNumber', 'nextNumber');
