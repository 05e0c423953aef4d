// Who may read what: one policy, used both to filter lists and to authorise single records (`node`), so the
// two can never disagree. Applicants see only their own records (personal data included); staff see what
// their role and its region or chamber cover; Ministry and quality-control inspectors read everything.
import type { AvailabilityKind, Channel, DocumentRouting, Prisma, PrismaClient, Role } from '@oryndau/db';
import type { Viewer } from './auth/viewer.ts';
import { DomainError } from './errors.ts';

const READ_ALL_ROLES = new Set(['MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR']);

export function readsEverything(viewer: Viewer | null): boolean {
  return !!viewer?.grants.some((g) => READ_ALL_ROLES.has(g.role));
}

/** The applications a viewer may read, as a Prisma filter. */
export function applicationScope(viewer: Viewer): Prisma.ServiceApplicationWhereInput {
  if (readsEverything(viewer)) return {};
  const or: Prisma.ServiceApplicationWhereInput[] = [{ applicantId: viewer.id }];
  for (const g of viewer.grants) {
    switch (g.role) {
      case 'LICENSING_OFFICER':
        or.push({ kind: { in: ['LICENCE', 'ATTESTATION_AND_LICENCE', 'LICENCE_REISSUE'] } });
        break;
      case 'JUSTICE_OFFICER':
        if (g.regionId) or.push({ providerRegionId: g.regionId });
        break;
      case 'COMMISSION_MEMBER':
        if (g.regionId) or.push({ providerRegionId: g.regionId, kind: { in: ['ATTESTATION', 'ATTESTATION_AND_LICENCE'] } });
        break;
      case 'STATE_BAILIFF':
        if (g.regionId) or.push({ providerRegionId: g.regionId, kind: 'ENFORCEMENT_INITIATION', document: { routing: 'STATE_BAILIFF' } });
        break;
      case 'CHAMBER_OFFICIAL':
        if (g.chamberRegionId) or.push({ kind: 'ENFORCEMENT_INITIATION', document: { routing: 'CHAMBER', district: { regionId: g.chamberRegionId } } });
        break;
      case 'PRIVATE_BAILIFF':
        or.push({ document: { assignments: { some: { activeDocumentId: { not: null }, bailiff: { userId: viewer.id } } } } });
        break;
      default:
        break;
    }
  }
  return { OR: or };
}

export function isApplicantOf(viewer: Viewer | null, record: { applicantId: string }): boolean {
  return !!viewer && viewer.id === record.applicantId;
}

/** Executive documents (with the parties' IIN/BIN and addresses) a viewer may read. */
export function documentScope(viewer: Viewer): Prisma.ExecutiveDocumentWhereInput {
  if (readsEverything(viewer)) return {};
  const or: Prisma.ExecutiveDocumentWhereInput[] = [{ application: { applicantId: viewer.id } }];
  for (const g of viewer.grants) {
    if (g.role === 'CHAMBER_OFFICIAL' && g.chamberRegionId) or.push({ routing: 'CHAMBER', district: { regionId: g.chamberRegionId } });
    if ((g.role === 'JUSTICE_OFFICER' || g.role === 'STATE_BAILIFF') && g.regionId) or.push({ district: { regionId: g.regionId } });
    if (g.role === 'PRIVATE_BAILIFF') or.push({ assignments: { some: { bailiff: { userId: viewer.id } } } });
  }
  return { OR: or };
}

/** Proceedings a viewer may read: those of the documents they may read. */
export function proceedingScope(viewer: Viewer): Prisma.EnforcementProceedingWhereInput {
  return readsEverything(viewer) ? {} : { document: documentScope(viewer) };
}

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

/**
 * Who may see an assignment, and so verify it: the chamber's officials and inspectors (the pool included), the
 * bailiff it appointed, and whoever may read its document.
 */
export async function maySeeAssignment(prisma: PrismaClient, viewer: Viewer | null, assignment: { id: string; chamberId: string }): Promise<boolean> {
  return canSeeChamber(viewer, assignment.chamberId) || (!!viewer && (await assignmentInScope(prisma, viewer, assignment.id)));
}

/** The assignment is the viewer's as its bailiff, or of a document they may read. */
export async function assignmentInScope(prisma: PrismaClient, viewer: Viewer, id: string): Promise<boolean> {
  return (await prisma.assignment.count({ where: { id, OR: [{ bailiff: { userId: viewer.id } }, { document: documentScope(viewer) }] } })) > 0;
}
