// Who may read what: one policy, used both to filter lists and to authorise single records (`node`), so the
// two can never disagree. Applicants see only their own records (personal data included); staff see what
// their role and its region or chamber cover; Ministry and quality-control inspectors read everything.
import type { Prisma } from '@oryndau/db';
import type { Viewer } from './context.ts';
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
      if (s.role === 'JUSTICE_OFFICER') return { providerRegionId: s.regionId, channel: { in: PAPER_CHANNELS } };
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
    default:
      return rel === 'OTHER' ? {} : null;
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
