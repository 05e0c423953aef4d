// Who may read what: one policy, used both to filter lists and to authorise single records (`node`), so the
// two can never disagree. Applicants see only their own records (personal data included); staff see what
// their role and its region or chamber cover; Ministry and quality-control inspectors read everything.
import type { Prisma } from '@oryndau/db';
import type { Viewer } from './context.ts';

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
