// Who may read what: one policy, used both to filter lists and to authorise single records (`node`), so the
// two can never disagree. Applicants see only their own records (personal data included); staff see what
// their role and its region or chamber cover; Ministry and quality-control inspectors read everything.
import type { AvailabilityKind, Channel, DocumentRouting, Prisma, Role } from '@oryndau/db';
import type { Viewer } from './auth/viewer.ts';
import { DomainError } from './errors.ts';
import { MATRIX, RELATIONSHIPS, rank, type Level, type NodeType, type Relationship, type RoleKey } from './access-matrix.ts';

const READ_ALL_ROLES = new Set(['MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR']);

export function readsEverything(viewer: Viewer | null): boolean {
  return !!viewer?.grants.some((g) => READ_ALL_ROLES.has(g.role));
}

/** The applications a viewer may read (at least `level`), as a Prisma filter: from the matrix. */
export function applicationScope(viewer: Viewer | null, level: Level = 'INTERNAL'): Prisma.ServiceApplicationWhereInput {
  return scopeWhere('ServiceApplication', viewer, level) as Prisma.ServiceApplicationWhereInput;
}

export function isApplicantOf(viewer: Viewer | null, record: { applicantId: string }): boolean {
  return !!viewer && viewer.id === record.applicantId;
}

/** Executive documents a viewer may read (at least `level`; PERSONAL: with the parties' IIN/BIN and address). */
export function documentScope(viewer: Viewer | null, level: Level = 'INTERNAL'): Prisma.ExecutiveDocumentWhereInput {
  return scopeWhere('ExecutiveDocument', viewer, level) as Prisma.ExecutiveDocumentWhereInput;
}

/** Proceedings a viewer may read. */
export function proceedingScope(viewer: Viewer | null, level: Level = 'INTERNAL'): Prisma.EnforcementProceedingWhereInput {
  return scopeWhere('EnforcementProceeding', viewer, level) as Prisma.EnforcementProceedingWhereInput;
}

// ---------------------------------------------------------------- relationships, as Prisma filters

type Where = Record<string, unknown>;
const PAPER_CHANNELS = ['JUSTICE_OFFICE', 'STATE_CORPORATION'];
const ATTESTATION_KINDS = ['ATTESTATION', 'ATTESTATION_AND_LICENCE'];
const LICENCE_KINDS = ['LICENCE', 'ATTESTATION_AND_LICENCE', 'LICENCE_REISSUE'];

/** The viewer in one role, as the relationships see them. */
export interface Subject {
  role: RoleKey;
  userId: string | null;
  regionId: string | null;
  chamberId: string | null;
}

export function subjectsOf(viewer: Viewer | null): Subject[] {
  if (!viewer) return [{ role: 'ANONYMOUS', userId: null, regionId: null, chamberId: null }];
  // every signed-in user is, for their own records, an applicant (whatever else they are, or without any grant)
  const own: Subject = { role: 'APPLICANT', userId: viewer.id, regionId: null, chamberId: null };
  return [own, ...viewer.grants.filter((g) => g.role !== 'APPLICANT').map((g) => ({ role: g.role, userId: viewer.id, regionId: g.chamberRegionId ?? g.regionId, chamberId: g.chamberId }))];
}

/** The bailiff's chamber, from their user (a private bailiff's grant names no chamber). */
const myChamber = (s: Subject): Where => ({ bailiffs: { some: { userId: s.userId } } });

function documentRel(rel: Relationship, s: Subject): Where | null {
  switch (rel) {
    case 'OWN':
      return s.role === 'APPLICANT' ? { application: { applicantId: s.userId } } : null;
    case 'ASSIGNED_NOW':
      if (s.role === 'PRIVATE_BAILIFF') return { assignments: { some: { activeDocumentId: { not: null }, bailiff: { userId: s.userId } } } };
      if (s.role === 'STATE_BAILIFF') return { proceeding: { stateBailiffId: s.userId } };
      return null;
    case 'ASSIGNED_ONCE':
      return s.role === 'PRIVATE_BAILIFF' ? { assignments: { some: { activeDocumentId: null, bailiff: { userId: s.userId } } } } : null;
    case 'SAME_BODY':
      if (s.role === 'CHAMBER_OFFICIAL') return s.regionId ? { routing: 'CHAMBER', district: { regionId: s.regionId } } : null;
      if (s.role === 'PRIVATE_BAILIFF') return { routing: 'CHAMBER', district: { region: { chamber: myChamber(s) } } };
      if (s.role === 'STATE_BAILIFF') return s.regionId ? { routing: 'STATE_BAILIFF', district: { regionId: s.regionId } } : null;
      if (s.role === 'JUSTICE_OFFICER') return s.regionId ? { application: { providerRegionId: s.regionId, channel: { in: PAPER_CHANNELS } } } : null;
      return null;
    case 'SAME_REGION':
      if (s.role === 'PRIVATE_BAILIFF') return { district: { region: { chamber: myChamber(s) } } };
      return s.regionId && ['CHAMBER_OFFICIAL', 'STATE_BAILIFF', 'JUSTICE_OFFICER'].includes(s.role) ? { district: { regionId: s.regionId } } : null;
    case 'OTHER':
      return {};
  }
}

function applicationRel(rel: Relationship, s: Subject): Where | null {
  switch (rel) {
    case 'OWN':
      return s.role === 'APPLICANT' ? { applicantId: s.userId } : null;
    case 'ASSIGNED_NOW':
    case 'ASSIGNED_ONCE': {
      const d = documentRel(rel, s);
      return d ? { document: d } : null;
    }
    case 'SAME_BODY':
      if (s.role === 'LICENSING_OFFICER') return { kind: { in: LICENCE_KINDS } };
      if (!s.regionId && s.role !== 'PRIVATE_BAILIFF') return null;
      // attestation (issue 9): the territorial justice body provides the attestation (A1, A4): its officers also handle
      // the attestation applications of their region sent through the portal
      if (s.role === 'JUSTICE_OFFICER') return { providerRegionId: s.regionId, OR: [{ channel: { in: PAPER_CHANNELS } }, { kind: { in: ATTESTATION_KINDS } }] };
      if (s.role === 'COMMISSION_MEMBER') return { providerRegionId: s.regionId, kind: { in: ATTESTATION_KINDS } };
      if (s.role === 'STATE_BAILIFF' || s.role === 'CHAMBER_OFFICIAL' || s.role === 'PRIVATE_BAILIFF') return { kind: 'ENFORCEMENT_INITIATION', document: documentRel('SAME_BODY', s) };
      return null;
    case 'SAME_REGION':
      if (s.role === 'PRIVATE_BAILIFF') return { providerRegion: { chamber: myChamber(s) } };
      return s.regionId && ['CHAMBER_OFFICIAL', 'STATE_BAILIFF', 'JUSTICE_OFFICER', 'COMMISSION_MEMBER'].includes(s.role) ? { providerRegionId: s.regionId } : null;
    case 'OTHER':
      return {};
  }
}

function assignmentRel(rel: Relationship, s: Subject): Where | null {
  switch (rel) {
    case 'OWN':
      return s.role === 'APPLICANT' ? { document: { application: { applicantId: s.userId } } } : null;
    case 'ASSIGNED_NOW':
      return s.role === 'PRIVATE_BAILIFF' ? { activeDocumentId: { not: null }, bailiff: { userId: s.userId } } : null;
    case 'ASSIGNED_ONCE':
      return s.role === 'PRIVATE_BAILIFF' ? { activeDocumentId: null, bailiff: { userId: s.userId } } : null;
    case 'SAME_BODY':
      if (s.role === 'CHAMBER_OFFICIAL') return s.chamberId ? { chamberId: s.chamberId } : null;
      if (s.role === 'PRIVATE_BAILIFF') return { chamber: myChamber(s) };
      return null;
    case 'SAME_REGION':
      return null; // one chamber per region: the chamber is the region's
    case 'OTHER':
      return {};
  }
}

function bailiffRel(rel: Relationship, s: Subject, via: (w: Where) => Where): Where | null {
  switch (rel) {
    case 'OWN':
      return s.role === 'PRIVATE_BAILIFF' ? via({ userId: s.userId }) : null;
    case 'SAME_BODY':
      if (s.role === 'CHAMBER_OFFICIAL') return s.chamberId ? via({ chamberId: s.chamberId }) : null;
      if (s.role === 'PRIVATE_BAILIFF') return via({ chamber: myChamber(s) });
      return null;
    case 'SAME_REGION':
      return null; // one chamber per region: the region's bailiffs are the chamber's
    case 'OTHER':
      return {};
    default:
      return null;
  }
}

/** The records of a type in a relationship with the subject, as a Prisma filter; null when none can be. */
export function relationWhere(type: NodeType, rel: Relationship, s: Subject): Where | null {
  switch (type) {
    case 'ExecutiveDocument':
      return documentRel(rel, s);
    case 'EnforcementProceeding': {
      const d = documentRel(rel, s);
      return d ? (Object.keys(d).length ? { document: d } : {}) : null;
    }
    case 'ServiceApplication':
      return applicationRel(rel, s);
    case 'Assignment':
      return assignmentRel(rel, s);
    case 'PrivateBailiff':
      return bailiffRel(rel, s, (w) => w);
    case 'BreachDecision':
      return rel === 'SAME_REGION' ? null : bailiffRel(rel, s, (w) => ({ bailiff: w }));
    case 'Inspection':
      if (rel === 'OWN') return s.role === 'PRIVATE_BAILIFF' ? { subjectBailiff: { userId: s.userId } } : null;
      if (rel === 'SAME_BODY') return s.role === 'CHAMBER_OFFICIAL' && s.chamberId ? { chamberId: s.chamberId } : s.role === 'PRIVATE_BAILIFF' ? { chamber: myChamber(s) } : null;
      return rel === 'OTHER' ? {} : null;
    case 'Chamber':
      if (rel === 'SAME_BODY') return s.role === 'CHAMBER_OFFICIAL' && s.chamberId ? { id: s.chamberId } : s.role === 'PRIVATE_BAILIFF' ? myChamber(s) : null;
      return rel === 'OTHER' ? {} : null;
    case 'User':
      if (rel === 'OWN') return s.userId ? { id: s.userId } : null;
      return rel === 'OTHER' ? {} : null;
    // legal assistance (issue 12, area: legal)
    case 'IncomingOrder':
    case 'OutgoingOrder':
    case 'RecognitionPetition':
      return legalAssistanceRel(type, rel, s);
    case 'Complaint': // complaints (issue 10)
      return complaintRel(rel, s);
    default:
      return rel === 'OTHER' ? {} : null;
  }
}

// ---------------------------------------------------------------- legal assistance (issue 12, area: legal)
// A court's and a department's staff are bound to their body by JudicialStaff (data), so the filters name the
// user: an order is "the same body's" when the viewer is staff of a court or department it concerns.

const staffOf = (s: Subject): Where => ({ staff: { some: { userId: s.userId } } });

function legalAssistanceRel(type: 'IncomingOrder' | 'OutgoingOrder' | 'RecognitionPetition', rel: Relationship, s: Subject): Where | null {
  switch (rel) {
    case 'OWN':
      return type === 'RecognitionPetition' && s.role === 'APPLICANT' && s.userId ? { applicantId: s.userId } : null;
    case 'SAME_BODY':
      if (!s.userId) return null;
      if (s.role === 'COURT_OFFICER') {
        return type === 'IncomingOrder' ? { OR: [{ court: staffOf(s) }, { previousCourt: staffOf(s) }] } : { court: staffOf(s) };
      }
      if (s.role === 'JUDICIAL_DEPARTMENT_OFFICER') {
        return type === 'IncomingOrder' ? { OR: [{ department: staffOf(s) }, { receivedBy: staffOf(s) }] } : { department: staffOf(s) };
      }
      return null;
    case 'OTHER':
      return {};
    default:
      return null;
  }
}

/** The orders and petitions of legal assistance a viewer may read (at least `level`). */
export function legalAssistanceScope(type: 'IncomingOrder' | 'OutgoingOrder' | 'RecognitionPetition', viewer: Viewer | null, level: Level = 'INTERNAL'): Where {
  return scopeWhere(type, viewer, level);
}

/** The courts and departments a user is staff of (JudicialStaff rows, loaded by the use case). */
export interface JudicialBodies {
  courtIds: string[];
  departmentIds: string[];
}

/** LA1, LA3, LA4: a court's acts (execute, forward, prepare and send an order, decide a petition) are its own staff's. */
export function requireCourtStaff(viewer: Viewer | null, bodies: JudicialBodies, courtId: string, field: string[] | null = null): asserts viewer is Viewer {
  if (!viewer || !hasRole(viewer, 'COURT_OFFICER') || !bodies.courtIds.includes(courtId)) {
    throw new DomainError('FORBIDDEN', 'Only the staff of this court may do this.', field, { key: 'legal.notCourtStaff' });
  }
}

/** LA1, LA2: registering, routing and sending back orders is the staff's of the Judicial Administration or the Department concerned. */
export function requireDepartmentStaff(viewer: Viewer | null, bodies: JudicialBodies, departmentIds: string[], field: string[] | null = null): asserts viewer is Viewer {
  if (!viewer || !hasRole(viewer, 'JUDICIAL_DEPARTMENT_OFFICER') || !departmentIds.some((d) => bodies.departmentIds.includes(d))) {
    throw new DomainError('FORBIDDEN', 'Only the staff of the Judicial Administration or the Department concerned may do this.', field, { key: 'legal.notDepartmentStaff' });
  }
}

/**
 * The records of a type the viewer sees at least at `level`, as a Prisma filter: the union, over the viewer's
 * roles, of the relationships whose cell reaches the level. `{}` for everything; `{ id: { in: [] } }` for nothing.
 */
export function scopeWhere(type: NodeType, viewer: Viewer | null, level: Level): Where {
  const or: Where[] = [];
  for (const s of subjectsOf(viewer)) {
    const cells = MATRIX[type][s.role];
    for (const rel of RELATIONSHIPS) {
      const cell = cells[rel];
      if (!cell || rank(cell) < rank(level)) continue;
      const w = relationWhere(type, rel, s);
      if (!w) continue;
      if (!Object.keys(w).length) return {};
      or.push(w);
    }
  }
  return or.length ? (or.length === 1 ? or[0]! : { OR: or }) : NOTHING;
}

export const NOTHING: Where = { id: { in: [] } };

export function isChamberOfficial(viewer: Viewer | null, chamberId: string): boolean {
  return !!viewer?.grants.some((g) => g.role === 'CHAMBER_OFFICIAL' && g.chamberId === chamberId);
}

/** Chamber internals (queue, bailiffs' availability, assignment pools): its officials, its bailiffs, inspectors. */
export function canSeeChamber(viewer: Viewer | null, chamberId: string): boolean {
  return readsEverything(viewer) || isChamberOfficial(viewer, chamberId);
}

// ============================================================================================== Who may do what
// The permissions to change things. Every use case asks here before it changes anything (a refusal is a
// FORBIDDEN user error: nothing was changed), and the schema's `viewerCan…` fields ask the same questions, so
// that an app never offers what the API refuses. `require…` throws; `may…`/`is…` answer.

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer && viewer.grants.some((g) => roles.includes(g.role));
}

const NOT_AN_OFFICIAL = 'Only officials of this chamber may do this.';

/** The chamber's officials receive originals (CH3), assign (CH2), record availability and breaches (CH4) and inspect (CH5). */
export function requireChamberOfficial(viewer: Viewer | null, chamberId: string): void {
  if (!isChamberOfficial(viewer, chamberId)) throw new DomainError('FORBIDDEN', NOT_AN_OFFICIAL);
}

/** The chambers the viewer is an official of (an official of one chamber assigns there without a lookup). */
export function chambersOfficiatedBy(viewer: Viewer | null): string[] {
  const chambers = viewer?.grants.filter((g) => g.role === 'CHAMBER_OFFICIAL' && g.chamberId).map((g) => g.chamberId!) ?? [];
  if (!chambers.length) throw new DomainError('FORBIDDEN', NOT_AN_OFFICIAL);
  return [...new Set(chambers)];
}

/** Where a document the viewer assigns must be: in a district of the chamber's region. */
export function requireDocumentOfChamber(document: { regionId: string }, chamber: { regionId: string }): void {
  if (document.regionId !== chamber.regionId) throw new DomainError('FORBIDDEN', NOT_AN_OFFICIAL);
}

/** Availability is recorded by the chamber's officials; a chamber head may pause the distribution to themself (CH2). */
export function requireMayRecordAvailability(viewer: Viewer | null, bailiff: { chamberId: string; userId: string | null; isChamberHead: boolean }, kind: AvailabilityKind): void {
  const ownPause = kind === 'PAUSE' && bailiff.userId === viewer?.id && bailiff.isChamberHead;
  if (!ownPause) requireChamberOfficial(viewer, bailiff.chamberId);
}

/** A period is ended by the chamber's officials; a pause also by the bailiff it pauses. */
export function requireMayEndAvailability(viewer: Viewer | null, period: { kind: AvailabilityKind; bailiff: { chamberId: string; userId: string | null } }): void {
  const ownPause = period.kind === 'PAUSE' && period.bailiff.userId === viewer?.id;
  if (!ownPause) requireChamberOfficial(viewer, period.bailiff.chamberId);
}

/** Licences are suspended, revoked, terminated or restored by Ministry licensing staff (L9). */
export function requireLicensingOfficer(viewer: Viewer | null): void {
  if (!hasRole(viewer, 'LICENSING_OFFICER')) throw new DomainError('FORBIDDEN', 'Only Ministry licensing staff change a licence.');
}

/** The working calendar is corrected by Ministry administrators (T1). */
export function requireMinistryAdmin(viewer: Viewer | null): void {
  if (!hasRole(viewer, 'MINISTRY_ADMIN')) throw new DomainError('FORBIDDEN', 'Only Ministry administrators correct the working calendar.');
}

/** E1: applicants file on the portal; justice officers register the paper channels (justice office, State Corporation). */
export function requireMayFileEnforcement(viewer: Viewer | null, channel: Channel): asserts viewer is Viewer {
  if (!viewer) throw new DomainError('FORBIDDEN', 'Sign in to apply.');
  if (channel === 'PORTAL' && !hasRole(viewer, 'APPLICANT')) throw new DomainError('FORBIDDEN', 'Only applicants file through the portal.');
  if (channel !== 'PORTAL' && !hasRole(viewer, 'JUSTICE_OFFICER')) {
    throw new DomainError('FORBIDDEN', 'Paper applications (justice office, State Corporation) are registered by justice officers.', ['input', 'channel']);
  }
}

/** E1: a justice officer registers paper applications for the districts of their own region. */
export function requireJusticeOfficerOf(viewer: Viewer, regionId: string): void {
  if (!viewer.grants.some((g) => g.role === 'JUSTICE_OFFICER' && g.regionId === regionId)) {
    throw new DomainError('FORBIDDEN', 'A justice officer registers applications for the districts of their own region.', ['input', 'executiveDocument', 'districtId']);
  }
}

/** The private bailiff appointed to a case is the viewer. */
export function isAppointedBailiff(viewer: Viewer | null, bailiff: { userId: string | null } | null): boolean {
  return !!viewer && bailiff?.userId === viewer.id;
}

/** E4–E6: the bailiff enforcing a case decides and records measures: the private bailiff assigned, or a state bailiff of the region for a state bailiff's case. */
export function requireEnforcingBailiff(
  viewer: Viewer | null,
  proceeding: { bailiffId: string | null; bailiff: { userId: string | null } | null; document: { routing: DocumentRouting; district: { regionId: string } } },
): void {
  const mine = proceeding.bailiffId
    ? proceeding.bailiff?.userId === viewer?.id
    : proceeding.document.routing === 'STATE_BAILIFF' && !!viewer?.grants.some((g) => g.role === 'STATE_BAILIFF' && g.regionId === proceeding.document.district.regionId);
  if (!mine) throw new DomainError('FORBIDDEN', 'Only the bailiff enforcing this case may do this.');
}

/** A change to one's own account needs only to be signed in. */
export function requireSignedIn(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError('FORBIDDEN', 'Sign in first.');
}


// ---------------------------------------------------------------- attestation (issue 9)

/** A8: a member of the attestation commission of the region (the commission sits at the territorial justice body). */
export function isCommissionMemberOf(viewer: Viewer | null, regionId: string): boolean {
  return !!viewer?.grants.some((g) => g.role === 'COMMISSION_MEMBER' && g.regionId === regionId);
}

export function requireCommissionMemberOf(viewer: Viewer | null, regionId: string): void {
  if (!isCommissionMemberOf(viewer, regionId)) throw new DomainError('FORBIDDEN', 'Only members of this region\'s attestation commission may do this.');
}

/** A1, A4: an officer of the region's territorial justice body (the provider of the attestation). */
export function isJusticeOfficerOfRegion(viewer: Viewer | null, regionId: string): boolean {
  return !!viewer?.grants.some((g) => g.role === 'JUSTICE_OFFICER' && g.regionId === regionId);
}

export function requireJusticeOfficerOfRegion(viewer: Viewer | null, regionId: string, field: string[] | null = null): void {
  if (!isJusticeOfficerOfRegion(viewer, regionId)) throw new DomainError('FORBIDDEN', 'Only officers of this region\'s territorial justice body may do this.', field);
}

/** The provider's staff of an attestation: the region's justice officers and commission members. */
export function isAttestationStaffOf(viewer: Viewer | null, regionId: string): boolean {
  return isJusticeOfficerOfRegion(viewer, regionId) || isCommissionMemberOf(viewer, regionId);
}

export function requireAttestationStaffOf(viewer: Viewer | null, regionId: string): void {
  if (!isAttestationStaffOf(viewer, regionId)) throw new DomainError('FORBIDDEN', 'Only the region\'s justice officers and attestation commission may do this.');
}

/** A candidate applies and takes the test as themself, signed in on the portal. */
export function requireApplicantAccount(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new DomainError('FORBIDDEN', 'Sign in to apply.');
  if (!hasRole(viewer, 'APPLICANT') || !viewer.personId) throw new DomainError('FORBIDDEN', 'Only a citizen signed in on the portal applies for attestation.');
}

// ============================================================================================== dashboards (issue 11)
// The ministry's dashboards and their aggregates: Ministry and quality-control inspectors. An inspector whose
// every inspector grant names a region is region-bound: their dashboards cover only those regions (the
// aggregates carry no personal data; the open data needs no sign-in at all, schema/open-data.ts).

/** May the viewer read the dashboards? */
export function mayReadDashboards(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR');
}

/** The regions the viewer's dashboards cover: null for the whole country (a grant without a region). */
export function dashboardRegions(viewer: Viewer | null): string[] | null {
  const grants = viewer?.grants.filter((g) => g.role === 'MINISTRY_INSPECTOR' || g.role === 'QUALITY_INSPECTOR') ?? [];
  if (!grants.length) return [];
  if (grants.some((g) => !g.regionId)) return null;
  return [...new Set(grants.map((g) => g.regionId!))];
}

// ---------------------------------------------------------------- inspections (issue 10): who writes quality-control inspections
// The authorised body for quality control (QUALITY_INSPECTOR) plans and runs the state quality-control
// inspections (Q1–Q5). Ministry inspectors read everything and write only inspections: the Ministry's own
// unscheduled inspections of its territorial justice bodies (departmental control on a Q2 ground), never the
// semi-annual plan (approved by the authorised body, art. 27-1 p.3), never an inspection of the Ministry's own
// licensing unit or of the State Corporation, and never an inspection another body conducts.
export type InspectingBodyKey = 'QUALITY_CONTROL_BODY' | 'MINISTRY';

export function inspectingBodyOf(viewer: Viewer | null): InspectingBodyKey | null {
  if (hasRole(viewer, 'QUALITY_INSPECTOR')) return 'QUALITY_CONTROL_BODY';
  if (hasRole(viewer, 'MINISTRY_INSPECTOR')) return 'MINISTRY';
  return null;
}

/** The region of the viewer's territorial division of the inspecting body; null: its central office (any region). */
export function inspectingRegionOf(viewer: Viewer | null, body: InspectingBodyKey): string | null {
  const role = body === 'QUALITY_CONTROL_BODY' ? 'QUALITY_INSPECTOR' : 'MINISTRY_INSPECTOR';
  const grants = viewer?.grants.filter((g) => g.role === role) ?? [];
  return grants.length && grants.every((g) => g.regionId) ? grants[0]!.regionId : null;
}

export function mayWriteInspection(viewer: Viewer | null, inspection: { conductedBy: InspectingBodyKey; chamberId: string | null }): boolean {
  if (inspection.chamberId) return false; // CH5: the chamber's own, written by its officials
  return inspection.conductedBy === 'QUALITY_CONTROL_BODY' ? hasRole(viewer, 'QUALITY_INSPECTOR') : hasRole(viewer, 'MINISTRY_INSPECTOR');
}

export function requireMayWriteInspection(viewer: Viewer | null, inspection: { conductedBy: InspectingBodyKey; chamberId: string | null }): void {
  if (!mayWriteInspection(viewer, inspection)) {
    throw new DomainError('FORBIDDEN', 'Only inspectors of the body conducting this inspection may change it.', null, { key: 'inspection.notYourBody' });
  }
}

/** Q1: the semi-annual plan is the authorised body's: only quality-control inspectors build and approve it and keep its records (fines, monitoring recommendations). */
export const mayKeepPlanRecords = (viewer: Viewer | null): boolean => hasRole(viewer, 'QUALITY_INSPECTOR');
export function requireQualityInspector(viewer: Viewer | null): void {
  if (!mayKeepPlanRecords(viewer)) throw new DomainError('FORBIDDEN', 'Only quality-control inspectors plan inspections (Q1).', null, { key: 'inspection.planQualityOnly', rule: 'Q1' });
}

/** Which subjects a body may open an unscheduled inspection of: the Ministry only its territorial justice bodies. */
export function mayInspectSubject(body: InspectingBodyKey, providerKind: string): boolean {
  return body === 'QUALITY_CONTROL_BODY' || providerKind === 'TERRITORIAL_JUSTICE_BODY';
}

// ============================================================================================== complaints (issue 10)
// C1: a complaint is handled by the staff of the body it is addressed to, and by nobody else (see
// `complaintHandler` in packages/domain/src/complaints.ts for who that is for each addressee).

/** The handler columns of a complaint, as a Prisma filter for one grant. */
function complaintHandlerWhere(s: Subject): Where | null {
  switch (s.role) {
    case 'JUSTICE_OFFICER':
      return s.regionId ? { handlerRole: 'JUSTICE_OFFICER', handlerRegionId: s.regionId } : null;
    case 'CHAMBER_OFFICIAL':
      return s.chamberId ? { handlerRole: 'CHAMBER_OFFICIAL', handlerChamberId: s.chamberId } : null;
    case 'LICENSING_OFFICER':
    case 'MINISTRY_INSPECTOR':
    case 'QUALITY_INSPECTOR':
      return { handlerRole: s.role };
    default:
      return null;
  }
}

/** The complaints of a relationship with the subject (the access matrix's `Complaint` row). */
export function complaintRel(rel: Relationship, s: Subject): Where | null {
  if (rel === 'OWN') return s.role === 'APPLICANT' ? { complainantId: s.userId } : null;
  if (rel === 'SAME_BODY') return complaintHandlerWhere(s);
  return rel === 'OTHER' ? {} : null;
}

/** Is the viewer one of the complaint's handlers? */
export function isComplaintHandler(viewer: Viewer | null, c: { handlerRole: Role | null; handlerRegionId: string | null; handlerChamberId: string | null }): boolean {
  if (!viewer || !c.handlerRole) return false;
  return viewer.grants.some(
    (g) => g.role === c.handlerRole && (c.handlerRegionId === null || g.regionId === c.handlerRegionId) && (c.handlerChamberId === null || g.chamberId === c.handlerChamberId),
  );
}

/** C2–C4: only the handlers extend, decide, direct proposals and control them. */
export function requireComplaintHandler(viewer: Viewer | null, c: { handlerRole: Role | null; handlerRegionId: string | null; handlerChamberId: string | null }): void {
  if (!isComplaintHandler(viewer, c)) throw new DomainError('FORBIDDEN', 'Only the staff of the body this complaint is addressed to may do this (C1).', null, { key: 'complaint.notHandler', rule: 'C1' });
}

/** The role the viewer acts in on a complaint (for the stage history, G2): the handler's role, or the complainant's. */
export function complaintActorRole(viewer: Viewer | null, c: { complainantId: string; handlerRole: Role | null }): Role | null {
  if (!viewer) return null;
  if (viewer.id === c.complainantId) return 'APPLICANT';
  return c.handlerRole && viewer.grants.some((g) => g.role === c.handlerRole) ? c.handlerRole : (viewer.grants[0]?.role ?? null);
}

/** Complaints a viewer may read (at least `level`), as a Prisma filter: from the matrix. */
export function complaintScope(viewer: Viewer | null, level: Level = 'INTERNAL'): Prisma.ComplaintWhereInput {
  return scopeWhere('Complaint', viewer, level) as Prisma.ComplaintWhereInput;
}
